import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays';
import { dayOfWeek, fromDayNumber, toDayNumber } from './isoDate';
import { addWorkingDays, checkHolidayList, countWorkingDays, isWorkingDay } from './workingDays';

describe('addWorkingDays (domain.md C1 vectors; the sending day is day 0)', () => {
  it.each([
    ['Fri 19 Dec 2025', '2025-12-19', 10, '2026-01-07'],
    ['Fri 19 Dec 2025 (B12, 20 days)', '2025-12-19', 20, '2026-01-21'],
    ['Wed 24 Dec 2025', '2025-12-24', 10, '2026-01-12'],
    ['Sat 27 Dec 2025 (counts from the next working day)', '2025-12-27', 10, '2026-01-12'],
    ['Thu 2 Apr 2026 (Easter)', '2026-04-02', 10, '2026-04-20'],
    ['Thu 2 Apr 2026 (Easter, 20 days)', '2026-04-02', 20, '2026-05-05'],
    ['Fri 22 May 2026 (spring bank holiday)', '2026-05-22', 10, '2026-06-08'],
    ['Fri 24 Dec 2027 (substitute days)', '2027-12-24', 10, '2028-01-12'],
  ])('%s + %i working days', (_name, sent, n, due) => {
    expect(addWorkingDays(sent, n)).toBe(due);
  });

  it('counts the sending day as day 1 under "beginning-with" when it is a working day', () => {
    expect(addWorkingDays('2025-12-19', 10, ENGLAND_AND_WALES_BANK_HOLIDAYS, 'beginning-with')).toBe('2026-01-06');
    expect(addWorkingDays('2025-12-27', 10, ENGLAND_AND_WALES_BANK_HOLIDAYS, 'beginning-with')).toBe('2026-01-12');
  });

  it('uses the holidays it is given instead of the table', () => {
    expect(addWorkingDays('2026-05-22', 10, [])).toBe('2026-06-05');
    expect(addWorkingDays('2026-05-22', 10, [...ENGLAND_AND_WALES_BANK_HOLIDAYS, '2026-06-01'])).toBe('2026-06-09');
  });

  it('steps backwards for a negative count', () => {
    expect(addWorkingDays('2026-01-07', -10)).toBe('2025-12-19');
  });

  it('refuses a count that is not whole, or too large to be sensible', () => {
    expect(() => addWorkingDays('2026-01-07', 2.5)).toThrow('is not a whole number');
    expect(() => addWorkingDays('2026-01-07', 1e9)).toThrow('more than the 100000');
  });
});

describe('isWorkingDay and countWorkingDays', () => {
  it('knows weekends, holidays and working days', () => {
    expect(isWorkingDay('2025-12-24')).toBe(true);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2025-12-27')).toBe(false);
    expect(isWorkingDay('2027-12-28')).toBe(false);
    expect(isWorkingDay('2027-12-29')).toBe(true);
  });

  it('counts the working days after the first date up to and including the second', () => {
    expect(countWorkingDays('2025-12-19', '2026-01-07')).toBe(10);
    expect(countWorkingDays('2025-12-19', '2025-12-19')).toBe(0);
    expect(countWorkingDays('2026-01-07', '2025-12-19')).toBe(-10);
    expect(countWorkingDays('2025-12-24', '2025-12-28')).toBe(0);
    expect(Object.is(countWorkingDays('2025-12-28', '2025-12-27'), 0)).toBe(true);
  });

  it('B7: a period ending on a bank holiday ends on the next working day', () => {
    // Sent Thu 14 May 2026; the 7th working day would be Mon 25 May (spring bank holiday).
    expect(addWorkingDays('2026-05-14', 7)).toBe('2026-05-26');
  });

  it('refuses a holiday list with a date that is not a date', () => {
    expect(() => checkHolidayList(['2026-01-01', '2026-02-30'])).toThrow('Bank holiday 2, "2026-02-30"');
    expect(checkHolidayList(['2026-12-28', '2026-01-01'])).toEqual(['2026-01-01', '2026-12-28']);
  });
});

describe('working-day properties', () => {
  const start = fc.integer({ min: toDayNumber('2023-06-01'), max: toDayNumber('2031-06-01') }).map(fromDayNumber);
  const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

  it('n working days later is never a weekend or a bank holiday (n > 0)', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 400 }), (date, n) => {
        const due = addWorkingDays(date, n);
        expect(dayOfWeek(due)).toBeLessThanOrEqual(5);
        expect(holidays.has(due)).toBe(false);
        expect(due > date).toBe(true);
      }),
    );
  });

  it('n working days later counts back to n, in either direction', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(countWorkingDays(date, addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('agrees with a day-by-day count using the JavaScript calendar', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 60 }), (date, n) => {
        let day = new Date(date);
        let left = n;
        while (left > 0) {
          day = new Date(day.getTime() + 864e5);
          const weekday = day.getUTCDay();
          if (weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10))) left--;
        }
        expect(addWorkingDays(date, n)).toBe(day.toISOString().slice(0, 10));
      }),
    );
  });
});
