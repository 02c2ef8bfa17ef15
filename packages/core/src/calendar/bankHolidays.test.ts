import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectKitErrorOrResult, fuzzParameters, hostileJson, hostileString } from '../testing/hostileJson';
import { BANK_HOLIDAY_CHANGES } from './bankHolidayChanges';
import {
  BANK_HOLIDAY_YEARS,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  easterSunday,
  englandAndWalesBankHolidays,
  requireBankHolidayYears,
} from './bankHolidays';
import { CalendarError } from './CalendarError';
import { fromDayNumber } from './isoDate';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './workingDays';

// The published England and Wales table (domain.md C1; gov.uk for 2024-2027), kept as test data.
const PUBLISHED: Record<number, string[]> = {
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  // Years with one-off changes, as gov.uk published them.
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
};

// An independent working of the standing rules with the JavaScript calendar, for every vouched year.
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * 864e5);
const firstMonday = (y: number, m: number) => plus(utc(y, m, 1), (8 - utc(y, m, 1).getUTCDay()) % 7);
const lastMonday = (y: number, m: number) => {
  const last = plus(utc(y, m + 1, 1), -1);
  return plus(last, -((last.getUTCDay() + 6) % 7));
};
function standingRules(y: number, easter: Date): string[] {
  const newYear = utc(y, 1, 1).getUTCDay();
  const christmas = utc(y, 12, 25).getUTCDay();
  const christmasDays = christmas === 6 ? [27, 28] : christmas === 0 ? [26, 27] : christmas === 5 ? [25, 28] : [25, 26];
  return [
    iso(utc(y, 1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1)),
    iso(plus(easter, -2)),
    iso(plus(easter, 1)),
    iso(firstMonday(y, 5)),
    iso(lastMonday(y, 5)),
    iso(lastMonday(y, 8)),
    ...christmasDays.map((d) => iso(utc(y, 12, d))),
  ];
}

const vouchedYears = Array.from(
  { length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 },
  (_, i) => BANK_HOLIDAY_YEARS.first + i,
);

describe('England and Wales bank holidays by rule', () => {
  it.each(Object.keys(PUBLISHED).map(Number))('%i matches the published table', (year) => {
    expect(englandAndWalesBankHolidays(year)).toEqual(PUBLISHED[year]?.map((d) => `${year}-${d}`));
  });

  it('works Easter out correctly, including its earliest and latest dates', () => {
    const easters = {
      2008: '2008-03-23',
      2011: '2011-04-24',
      2038: '2038-04-25',
      2100: '2100-03-28',
      1990: '1990-04-15',
    };
    for (const [year, date] of Object.entries(easters)) expect(fromDayNumber(easterSunday(Number(year)))).toBe(date);
  });

  it('follows the standing rules in every vouched year apart from the one-off changes', () => {
    for (const year of vouchedYears) {
      const changes = BANK_HOLIDAY_CHANGES.filter((c) => c.year === year);
      const expected = new Set(standingRules(year, new Date(`${fromDayNumber(easterSunday(year))}T00:00:00Z`)));
      for (const change of changes) {
        if (change.instead) expect(expected.delete(change.instead)).toBe(true);
        expected.add(change.date);
      }
      expect(englandAndWalesBankHolidays(year)).toEqual([...expected].sort());
    }
  });

  it('keeps each one-off change: moved days leave their usual date, extra days are added', () => {
    for (const change of BANK_HOLIDAY_CHANGES) {
      const year = englandAndWalesBankHolidays(change.year);
      expect(year).toContain(change.date);
      if (change.instead) expect(year).not.toContain(change.instead);
    }
    expect(englandAndWalesBankHolidays(1999)).toContain('1999-12-31');
    expect(englandAndWalesBankHolidays(2011)).toContain('2011-04-29');
  });

  it('gives the default list every vouched year, past 2030, on weekdays only, sorted and frozen', () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(vouchedYears.flatMap((y) => englandAndWalesBankHolidays(y)));
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain('2031-01-01');
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain('2032-03-26'); // Good Friday 2032
    for (const day of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([1, 2, 3, 4, 5]).toContain(new Date(day).getUTCDay());
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
    expect(Object.isFrozen(englandAndWalesBankHolidays(2040))).toBe(true);
  });

  it('works each year out once', () => {
    expect(englandAndWalesBankHolidays(2045)).toBe(englandAndWalesBankHolidays(2045));
  });

  it('counts working days after 2030 with the bank holidays in them', () => {
    expect(isWorkingDay('2031-01-01')).toBe(false);
    expect(isWorkingDay('2032-03-29')).toBe(false); // Easter Monday 2032
    // Wednesday 24 December 2031: Thursday 25 and Friday 26 are holidays, then a weekend.
    expect(addWorkingDays('2031-12-24', 1)).toBe('2031-12-29');
    expect(countWorkingDays('2032-03-25', '2032-03-30')).toBe(1);
  });
});

describe('years the kit does not vouch for', () => {
  const { first, last } = BANK_HOLIDAY_YEARS;

  it('refuses them with a message naming the year and the way out', () => {
    for (const year of [first - 1, last + 1]) {
      expect(() => englandAndWalesBankHolidays(year)).toThrow(CalendarError);
      expect(() => englandAndWalesBankHolidays(year)).toThrow(`not for ${year}`);
      expect(() => englandAndWalesBankHolidays(year)).toThrow('bankHolidays');
    }
  });

  it('refuses a span of dates that reaches such a year, in either order', () => {
    expect(() => requireBankHolidayYears(`${last}-12-20`, `${last + 1}-01-05`)).toThrow(`not for ${last + 1}`);
    expect(() => requireBankHolidayYears('2026-01-05', `${first - 1}-12-31`)).toThrow(`not for ${first - 1}`);
    expect(() => requireBankHolidayYears(`${first}-01-01`, `${last}-12-31`)).not.toThrow();
  });

  it('refuses anything else with a KitError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, fc.integer()), (year) => {
        expectKitErrorOrResult(() => englandAndWalesBankHolidays(year as number));
      }),
      fuzzParameters(),
    );
    const date = fc.oneof(fc.constant('2026-03-27'), hostileString, hostileJson);
    fc.assert(
      fc.property(date, date, (from, to) => {
        expectKitErrorOrResult(() => requireBankHolidayYears(from as string, to as string));
      }),
      fuzzParameters(),
    );
  });
});
describe('working-day counts with the default list outside the vouched years', () => {
  const { first, last } = BANK_HOLIDAY_YEARS;
  it('say so, naming the year, instead of skipping weekends alone', () => {
    expect(() => addWorkingDays(`${last}-12-20`, 10)).toThrow(`not for ${last + 1}`);
    expect(addWorkingDays(`${last}-12-20`, 5)).toBe(`${last}-12-29`); // Christmas 2100 falls on a Saturday
    expect(() => countWorkingDays(`${first - 1}-12-20`, `${first}-01-10`)).toThrow(`not for ${first - 1}`);
    expect(() => isWorkingDay(`${last + 1}-01-03`)).toThrow(CalendarError);
  });
  it('still answer with a host list, whatever the year', () => {
    expect(isWorkingDay(`${last + 1}-01-03`, [])).toBe(true);
    expect(addWorkingDays(`${last}-12-20`, 10, [])).toBe(`${last + 1}-01-03`);
  });
});
