import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addToDate, addWeeks, addYears } from './addToDate';
import { fromDayNumber, isIsoDate } from './isoDate';

const anyDate = fc.integer({ min: -200_000, max: 200_000 }).map(fromDayNumber);

describe('adding to dates', () => {
  it.each([
    ['B1 first visit: placement Sat 31 Jan 2026 + 7 days', () => addDays('2026-01-31', 7), '2026-02-07'],
    ['B2 first review: placement 31 Jan 2026 + 28 days', () => addDays('2026-01-31', 28), '2026-02-28'],
    ['B2 second review: first review 30 Nov 2025 + 3 months', () => addMonths('2025-11-30', 3), '2026-02-28'],
    ['B2 later review: review 31 Aug 2026 + 6 months', () => addMonths('2026-08-31', 6), '2027-02-28'],
    ['B0 31 Aug + 6 months in a leap year', () => addMonths('2027-08-31', 6), '2028-02-29'],
    ['B0 30 Nov + 3 months before a leap year', () => addMonths('2027-11-30', 3), '2028-02-29'],
    ['B3 change notified + 28 days', () => addDays('2026-03-10', 28), '2026-04-07'],
    ['B11 three-year end: order 15 Mar 2026 + 36 months', () => addMonths('2026-03-15', 36), '2029-03-15'],
    ['B11 notice: order 15 Mar 2026 + 30 months', () => addMonths('2026-03-15', 30), '2028-09-15'],
    ['B11 three-year end: order 29 Feb 2028 + 36 months', () => addMonths('2028-02-29', 36), '2031-02-28'],
    ['B11 notice: order 29 Feb 2028 + 30 months', () => addMonths('2028-02-29', 30), '2030-08-29'],
    ['B13 ten weeks: placement Mon 5 Jan 2026 + 10 weeks', () => addWeeks('2026-01-05', 10), '2026-03-16'],
    ['B15 first-year offer: order 29 Feb 2028 + 12 months', () => addMonths('2028-02-29', 12), '2029-02-28'],
    ['B15 the same as + 1 year', () => addYears('2028-02-29', 1), '2029-02-28'],
    ['B16 settling-in letter: placement + 6 weeks', () => addToDate('2026-01-05', 6, 'weeks'), '2026-02-16'],
    ['going back a month clamps too', () => addMonths('2026-03-31', -1), '2026-02-28'],
    ['going back across a year', () => addToDate('2026-01-15', -2, 'months'), '2025-11-15'],
    ['negative days', () => addDays('2026-03-01', -1), '2026-02-28'],
  ])('%s', (_name, run, expected) => {
    expect(run()).toBe(expected);
  });

  it('refuses counts that are not whole numbers and units it does not know', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow('is not a whole number');
    expect(() => addToDate('2026-01-01', 1, 'fortnights' as never)).toThrow('"fortnights" is not a unit of time');
    expect(() => addMonths('2026-02-30', 1)).toThrow('is not a calendar date');
  });

  it('addMonths always gives a real date, in the right month, never later than the same day number', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1200, max: 1200 }), (date, n) => {
        const result = addMonths(date, n);
        expect(isIsoDate(result)).toBe(true);
        const [y, m] = date.split('-').map(Number) as [number, number];
        const total = y * 12 + (m - 1) + n;
        expect(result.slice(0, 7)).toBe(
          `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`,
        );
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });

  it('adding days and taking them away again gives the date back', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });
});
