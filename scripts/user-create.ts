/**
 * `npm run user:create -- --username somchai --name "นายสมชาย ใจดี" --role admin
 *   [--role executive] [--role group_leader:<group-code>] [--office spp-demo]`
 * creates an account; the password is read from standard input (typed, or piped), never from
 * the command line where it would stay in the shell's history. This is how the first
 * administrator is made; later ones can be made on the admin pages.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Role, type RoleGrant } from '$lib/domain';
import { AccountError, createAccount } from '$lib/server/auth/users';
import { runWithStore, UsageError } from './cli-store';

const usage =
	'usage: npm run user:create -- --username <name> --name <display name> --role <admin|executive|supervisor|group_leader:<group-code>> [--role …] [--office <office-id>]';

await runWithStore('user:create', async (store, where) => {
	let values: { username?: string; name?: string; role?: string[]; office?: string };
	try {
		({ values } = parseArgs({
			options: {
				username: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string', multiple: true },
				office: { type: 'string' }
			},
			strict: true
		}));
	} catch (error) {
		throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	}
	if (!values.username || !values.name || !values.role?.length) throw new UsageError(usage);

	const offices = await store.offices.list();
	const officeId = values.office ?? (offices.length === 1 ? offices[0]!.id : undefined);
	const office = offices.find((o) => o.id === officeId);
	if (office === undefined) {
		const known = offices.map((o) => o.id).join(', ') || 'none yet';
		throw new UsageError(`Say which office (--office) in ${where}. Offices: ${known}.\n${usage}`);
	}
	const groups = await store.groups.list(office.id);
	const roles: RoleGrant[] = values.role.map((text) => {
		const [name, groupCode] = text.split(':');
		const role = Role.safeParse(name);
		if (!role.success) throw new UsageError(`Unknown role ${name}.\n${usage}`);
		if (role.data !== 'group_leader') return { role: role.data, groupId: null };
		const group = groups.find((g) => g.code === groupCode);
		if (group === undefined) {
			throw new UsageError(
				`group_leader needs a group code, one of: ${groups.map((g) => g.code).join(', ')}`
			);
		}
		return { role: 'group_leader', groupId: group.id };
	});

	const password = await readPassword();
	try {
		const user = await createAccount(
			store,
			{ officeId: office.id, username: values.username, displayName: values.name, password, roles },
			null
		);
		console.log(
			`Created ${user.username} (${user.displayName}) in ${office.name.th}, roles: ${values.role.join(', ')}. Store: ${where}.`
		);
	} catch (error) {
		if (error instanceof AccountError) throw new UsageError(error.text.en);
		throw error;
	}
});

/** The first line of standard input: typed after a prompt, or piped from a password manager. */
async function readPassword(): Promise<string> {
	const lines = createInterface({ input: process.stdin, terminal: false });
	if (process.stdin.isTTY) process.stdout.write('Password (at least 10 characters): ');
	for await (const line of lines) {
		lines.close();
		return line;
	}
	throw new UsageError('No password on standard input.');
}
