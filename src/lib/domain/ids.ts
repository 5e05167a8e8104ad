import { v7 } from 'uuid';

/**
 * A new record id, made on the device so a record can be stored and synced before the server has
 * seen it. UUIDv7 starts with the time in milliseconds and the `uuid` package keeps a counter within
 * one millisecond, so ids made in order by one device sort in that order as plain strings.
 */
export function newId(): string {
	return v7();
}
