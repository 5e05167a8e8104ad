/**
 * Test support: device databases on fake-indexeddb, master data to fill them, a clock that moves
 * forward a second at a time, and faults to inject into writes.
 */
import type { DBCore, Middleware } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import {
	newId,
	unwrap,
	parseFormDefinition,
	type FormDefinition,
	type Group,
	type Office,
	type School
} from '$lib/domain';
import { buildSatisfactionForm, fixtureIds } from '$lib/domain/testing/factories';
import { AppDB, type IndexedDbDependencies } from '../db/app-db';
import { createDeviceStore, type DeviceStore } from '../repos';

export const fakeIndexedDb: IndexedDbDependencies = { indexedDB, IDBKeyRange };

/** A second apart from 9:00 Bangkok time on a collection day, so orderings are certain. */
export function steppingClock(start = '2025-01-15T02:00:00.000Z'): () => Date {
	let time = Date.parse(start);
	return () => new Date((time += 1000));
}

export interface TestDevice {
	name: string;
	db: AppDB;
	store: DeviceStore;
	/** Closes the database and opens it again, as a reload or a browser restart does. */
	reload(faults?: Middleware<DBCore>[]): TestDevice;
}

/** A tablet with an empty database of its own; `faults` are DBCore middlewares to install. */
export function openTestDevice(
	options: { name?: string; faults?: Middleware<DBCore>[]; now?: () => Date } = {}
): TestDevice {
	const name = options.name ?? `ruamjai-test-${newId()}`;
	const now = options.now ?? steppingClock();
	const db = new AppDB(name, fakeIndexedDb);
	for (const fault of options.faults ?? []) db.use(fault);
	return {
		name,
		db,
		store: createDeviceStore(db, { now }),
		reload(faults) {
			db.close();
			return openTestDevice({ name, faults, now });
		}
	};
}

/**
 * Every write to `table` fails with `error`, as a full disk fails IndexedDB. Reads still work, and
 * the failure reaches the transaction the way IndexedDB's own does.
 */
export function failingWrites(table: string, error: () => Error): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: `failing-writes-${table}`,
		create: (down) => ({
			...down,
			table: (name) => {
				const downTable = down.table(name);
				if (name !== table) return downTable;
				return { ...downTable, mutate: () => Promise.reject(error()) };
			}
		})
	};
}

export function quotaExceeded(): DOMException {
	return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export const testOffice: Office = {
	id: fixtureIds.officeId,
	kind: 'primary_area',
	name: { th: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1', en: 'Test Primary ESAO 1' },
	province: 'น่าน',
	levelScheme: '0.5'
};

export const testGroups: Group[] = [
	{
		id: fixtureIds.groupId,
		officeId: fixtureIds.officeId,
		code: 'admin',
		name: { th: 'กลุ่มอำนวยการ', en: 'General Administration' },
		shortName: 'กลุ่มอำนวยการ',
		activeFromFy: null,
		activeToFy: null,
		sortOrder: 0
	},
	{
		id: fixtureIds.otherGroupId,
		officeId: fixtureIds.officeId,
		code: 'supervision',
		name: { th: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', en: 'Supervision' },
		shortName: 'กลุ่มนิเทศฯ',
		activeFromFy: null,
		activeToFy: null,
		sortOrder: 1
	}
];

export const testSchool: School = {
	id: '0f5e8a1c-2b3d-4e6f-9a7b-1c2d3e4f5a6b',
	officeId: fixtureIds.officeId,
	code: '1055010001',
	name: { th: 'โรงเรียนบ้านห้วยโทน', en: 'Ban Huai Thon School' },
	district: 'บ่อเกลือ'
};

const feedbackFormId = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** An opinion/complaint form in the shape the kiosk maps onto a FeedbackItem. */
export function buildFeedbackForm(): FormDefinition {
	const choice = (value: string, th: string) => ({ value, label: { th } });
	return unwrap(
		'test feedback form',
		parseFormDefinition({
			id: feedbackFormId,
			officeId: fixtureIds.officeId,
			groupId: null,
			kind: 'feedback',
			version: 1,
			title: { th: 'แบบแสดงความคิดเห็น ข้อเสนอแนะ และข้อร้องเรียน' },
			sections: [
				{
					key: 'feedback',
					title: { th: 'เรื่องที่ต้องการแจ้ง' },
					questions: [
						{
							key: 'feedback_kind',
							kind: 'single_choice',
							label: { th: 'ประเภทของเรื่อง' },
							required: true,
							options: [
								choice('opinion', 'แสดงความคิดเห็น'),
								choice('suggestion', 'ข้อเสนอแนะ'),
								choice('complaint', 'ร้องเรียน'),
								choice('compliment', 'ชมเชย')
							]
						},
						{
							key: 'topic_group',
							kind: 'single_choice',
							label: { th: 'เรื่องนี้เกี่ยวข้องกับกลุ่มงานใด' },
							options: [
								choice('whole_office', 'สำนักงานโดยภาพรวม'),
								...testGroups.map((g) => choice(g.code, g.name.th))
							]
						},
						{ key: 'subject', kind: 'short_text', label: { th: 'หัวข้อเรื่อง' } },
						{
							key: 'details',
							kind: 'long_text',
							label: { th: 'รายละเอียด' },
							required: true,
							maxLength: 5000
						}
					]
				},
				{
					key: 'contact',
					title: { th: 'การติดต่อกลับ' },
					questions: [
						{
							key: 'wants_contact',
							kind: 'single_choice',
							label: { th: 'ท่านต้องการให้ติดต่อกลับหรือไม่' },
							required: true,
							options: [choice('yes', 'ต้องการ'), choice('no', 'ไม่ต้องการ')]
						},
						{
							key: 'contact_name',
							kind: 'short_text',
							label: { th: 'ชื่อ–นามสกุล' },
							required: true,
							showIf: { question: 'wants_contact', op: 'equals', value: 'yes' }
						},
						{
							key: 'contact_phone',
							kind: 'short_text',
							label: { th: 'หมายเลขโทรศัพท์' },
							required: true,
							maxLength: 20,
							showIf: { question: 'wants_contact', op: 'equals', value: 'yes' }
						}
					]
				}
			],
			publishedAt: '2024-10-01T08:30:00+07:00'
		})
	);
}

/** A supervisor as the server confirms them, for `supervisors.add`. */
export const testSupervisor = {
	id: '0193a0c4-5d6e-7f80-9a1b-2c3d4e5f6a7b',
	officeId: fixtureIds.officeId,
	username: 'srisuda',
	displayName: 'นางสาวศรีสุดา ใจดี'
};

/**
 * Puts `testSupervisor` on the tablet as if added earlier, without a PIN: hashing one takes a
 * noticeable moment, and most tests never leave the kiosk. Tests of the PIN use `supervisors.add`.
 */
export async function putTestSupervisor(device: TestDevice): Promise<string> {
	const at = '2025-01-14T02:00:00.000Z';
	await device.db.supervisors.put({
		...testSupervisor,
		pin: null,
		addedAt: at,
		lastVerifiedAt: at
	});
	return testSupervisor.id;
}

/** A device that has pulled master data once, with a session open at a school. */
export async function deviceAtSchool(device: TestDevice = openTestDevice()) {
	const satisfaction = buildSatisfactionForm();
	const feedback = buildFeedbackForm();
	await device.store.masterData.replace({
		offices: [testOffice],
		groups: testGroups,
		schools: [testSchool],
		forms: [satisfaction, feedback]
	});
	const started = await device.store.sessions.start({
		officeId: testOffice.id,
		schoolId: testSchool.id,
		groupIds: [fixtureIds.groupId],
		formIds: [satisfaction.id, feedback.id],
		collectorId: await putTestSupervisor(device)
	});
	const session = unwrap('test session', started);
	return { device, satisfaction, feedback, session };
}
