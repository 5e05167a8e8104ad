import { describe, expect, it } from 'vitest';
import {
	AttendanceSignIn,
	encodeSignature,
	personKey,
	Representative,
	SignaturePath,
	summarizeAttendance
} from './participation';

const school = '0190a0b0-0000-7000-8000-000000000001';

function signIn(id: number, name: string, extra: Partial<AttendanceSignIn> = {}) {
	return {
		id: `0190a0b0-0000-7000-8000-${String(id).padStart(12, '0')}`,
		name,
		schoolId: school,
		organisation: '',
		respondentType: 'teacher' as const,
		signedAt: `2025-01-15T03:${String(id).padStart(2, '0')}:00Z`,
		...extra
	};
}

describe('a drawn signature', () => {
	it('becomes a short path of whole numbers that the schema accepts', () => {
		const path = encodeSignature([
			[
				{ x: 10.4, y: 50.6 },
				{ x: 13, y: 49 },
				{ x: 13.2, y: 49.1 },
				{ x: 17, y: 50 }
			],
			[{ x: 400, y: -5 }]
		]);
		expect(path).toBe('M10 51l3 -2 4 1M300 0l0 0');
		expect(SignaturePath.safeParse(path).success).toBe(true);
	});

	it('refuses anything else, such as markup', () => {
		expect(SignaturePath.safeParse('<script>').success).toBe(false);
		expect(SignaturePath.safeParse('M1 2l3 4"/><x').success).toBe(false);
	});
});

describe('who took part', () => {
	it('counts a person who signed twice once, and names the repeat', () => {
		const summary = summarizeAttendance([
			signIn(1, 'นางสาวสมใจ ใจดี'),
			signIn(2, 'สมใจ  ใจดี'),
			signIn(3, 'นายสมชาย รักเรียน', { respondentType: 'school_executive' }),
			signIn(4, 'สมใจ ใจดี', {
				schoolId: null,
				organisation: 'อบต.บ้านนา',
				respondentType: 'community'
			})
		]);
		expect(summary.participants).toBe(3);
		expect(summary.duplicates).toBe(1);
		expect([...summary.duplicateIds]).toEqual([signIn(2, '').id]);
		expect(summary.byRespondentType.teacher).toBe(1);
		expect(summary.byRespondentType.school_executive).toBe(1);
		expect(summary.byRespondentType.community).toBe(1);
	});

	it('keeps the earliest sign-in of a person, whatever order they arrive in', () => {
		const later = signIn(9, 'Somjai Jaidee');
		const earlier = signIn(1, 'Ms. somjai jaidee');
		const summary = summarizeAttendance([later, earlier]);
		expect([...summary.duplicateIds]).toEqual([later.id]);
	});

	it('tells people of the same name at different organisations apart', () => {
		expect(personKey({ name: 'สมใจ', schoolId: null, organisation: 'ชุมชน ก' })).not.toBe(
			personKey({ name: 'สมใจ', schoolId: null, organisation: 'ชุมชน ข' })
		);
	});
});

describe('a representative', () => {
	it('cannot have a term that ends before it starts, said in Thai', () => {
		const parsed = Representative.safeParse({
			id: '0190a0b0-0000-7000-8000-000000000001',
			officeId: 'spp-demo',
			groupId: '0190a0b0-0000-7000-8000-000000000002',
			name: 'นายตัวแทน ชุมชน',
			respondentType: 'community',
			termStart: '2025-10-01',
			termEnd: '2025-09-30'
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(['termEnd']);
	});
});
