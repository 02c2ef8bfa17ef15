import { describe, expect, it } from 'vitest';
import { compulsorySchoolAgeDate, receptionStart, schoolMilestone, termAfterBirthday } from './schoolMilestones';

// domain.md C2 worked examples, every column.
const C2 = [
  ['2019-08-31', '2021-09-01', '2022-09-01', '2023-09-01', '2026-09-01', '2030-09-01', '2033-09-01', '2024-08-31'],
  ['2019-09-01', '2022-01-01', '2023-01-01', '2024-09-01', '2027-09-01', '2031-09-01', '2034-09-01', '2024-12-31'],
  ['2020-02-29', '2022-04-01', '2023-04-01', '2024-09-01', '2027-09-01', '2031-09-01', '2034-09-01', '2025-03-31'],
  ['2020-12-31', '2023-01-01', '2024-01-01', '2025-09-01', '2028-09-01', '2032-09-01', '2035-09-01', '2025-12-31'],
  ['2021-01-01', '2023-04-01', '2024-04-01', '2025-09-01', '2028-09-01', '2032-09-01', '2035-09-01', '2026-03-31'],
  ['2021-04-01', '2023-09-01', '2024-09-01', '2025-09-01', '2028-09-01', '2032-09-01', '2035-09-01', '2026-08-31'],
] as const;

describe('school milestones (domain.md C2)', () => {
  it.each(C2)('born %s', (dob, after2, after3, reception, year3, year7, year10, compulsory) => {
    expect(schoolMilestone(dob, 'termAfterSecondBirthday')).toBe(after2);
    expect(schoolMilestone(dob, 'termAfterThirdBirthday')).toBe(after3);
    expect(schoolMilestone(dob, 'nursery')).toBe(after3);
    expect(schoolMilestone(dob, 'reception')).toBe(reception);
    expect(schoolMilestone(dob, 'year3')).toBe(year3);
    expect(schoolMilestone(dob, 'year7')).toBe(year7);
    expect(schoolMilestone(dob, 'year10')).toBe(year10);
    expect(schoolMilestone(dob, 'compulsorySchoolAge')).toBe(compulsory);
  });

  it('puts 31 August and 1 September birthdays in different cohorts', () => {
    expect(receptionStart('2019-08-31')).toBe('2023-09-01');
    expect(receptionStart('2019-09-01')).toBe('2024-09-01');
  });

  it('uses the term anchors 1 January, 1 April and 1 September', () => {
    expect(termAfterBirthday('2021-03-31', 3)).toBe('2024-04-01');
    expect(termAfterBirthday('2021-08-31', 3)).toBe('2024-09-01');
    expect(termAfterBirthday('2021-12-31', 3)).toBe('2025-01-01');
    expect(compulsorySchoolAgeDate('2021-04-01')).toBe('2026-08-31');
  });

  it('follows a Reception start given by hand for a child out of year group', () => {
    const options = { receptionStartOverride: '2024-09-01' };
    expect(schoolMilestone('2019-08-31', 'reception', options)).toBe('2024-09-01');
    expect(schoolMilestone('2019-08-31', 'year7', options)).toBe('2031-09-01');
    expect(() => schoolMilestone('2019-08-31', 'year3', { receptionStartOverride: '2024-09-02' })).toThrow(
      'is not a 1 September',
    );
  });

  it('refuses a milestone it does not know', () => {
    expect(() => schoolMilestone('2019-08-31', 'year12' as never)).toThrow('"year12" is not a school milestone');
  });
});
