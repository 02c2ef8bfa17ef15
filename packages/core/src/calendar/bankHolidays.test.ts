import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays';

// An independent working of the standing rules, using the JavaScript calendar.
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * 864e5);

function easterSunday(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return utc(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

const firstMonday = (y: number, m: number) => {
  const first = utc(y, m, 1);
  return plus(first, (8 - first.getUTCDay()) % 7);
};
const lastMonday = (y: number, m: number) => {
  const last = plus(utc(y, m + 1, 1), -1);
  return plus(last, -((last.getUTCDay() + 6) % 7));
};

function standingRules(y: number): string[] {
  const newYear = utc(y, 1, 1);
  const newYearDay =
    newYear.getUTCDay() === 6 ? plus(newYear, 2) : newYear.getUTCDay() === 0 ? plus(newYear, 1) : newYear;
  const easter = easterSunday(y);
  const christmas = utc(y, 12, 25).getUTCDay();
  const christmasDays = christmas === 6 ? [27, 28] : christmas === 0 ? [26, 27] : christmas === 5 ? [25, 28] : [25, 26];
  return [
    iso(newYearDay),
    iso(plus(easter, -2)),
    iso(plus(easter, 1)),
    iso(firstMonday(y, 5)),
    iso(lastMonday(y, 5)),
    iso(lastMonday(y, 8)),
    ...christmasDays.map((d) => iso(utc(y, 12, d))),
  ];
}

describe('England and Wales bank holidays (domain.md C1)', () => {
  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])('%i follows the standing rules', (year) => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(`${year}-`))).toEqual(standingRules(year));
  });

  it('lists the substitute days the table marks', () => {
    for (const day of ['2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']) {
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(day);
    }
    for (const day of ['2026-12-26', '2027-12-25', '2028-01-01'])
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).not.toContain(day);
  });

  it('falls only on weekdays, in date order, and cannot be changed in place', () => {
    for (const day of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([1, 2, 3, 4, 5]).toContain(new Date(day).getUTCDay());
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
  });
});
