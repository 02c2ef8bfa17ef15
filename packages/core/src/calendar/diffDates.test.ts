import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from './addToDate';
import { diffDates, diffDays, diffMonths, diffWeeks, diffYears } from './diffDates';
import { fromDayNumber } from './isoDate';

const anyDate = fc.integer({ min: -100_000, max: 100_000 }).map(fromDayNumber);

describe('differences between dates', () => {
  it.each([
    ['days', '2026-01-31', '2026-02-28', 28],
    ['days', '2026-02-28', '2026-01-31', -28],
    ['weeks', '2026-01-05', '2026-03-16', 10],
    ['weeks', '2026-01-05', '2026-03-15', 9],
    ['weeks', '2026-03-15', '2026-01-05', -9],
    ['months', '2026-01-31', '2026-02-28', 1],
    ['months', '2026-01-15', '2026-02-14', 0],
    ['months', '2026-01-15', '2026-02-15', 1],
    ['months', '2026-02-15', '2026-01-15', -1],
    ['years', '2028-02-29', '2029-02-28', 1],
    ['years', '2025-01-08', '2026-01-07', 0],
    ['years', '2025-01-08', '2026-01-08', 1],
    ['years', '2026-01-08', '2025-01-08', -1],
  ] as const)('%s from %s to %s is %i', (unit, from, to, expected) => {
    expect(diffDates(from, to, unit)).toBe(expected);
  });

  it('B19 TESSA: the day before the first anniversary of placement is not yet a year', () => {
    expect(diffYears('2025-03-10', '2026-03-09')).toBe(0);
    expect(diffMonths('2025-03-10', '2026-03-10')).toBe(12);
  });

  it('B26 a child aged exactly 42 days', () => {
    expect(diffDays('2026-01-01', '2026-02-12')).toBe(42);
    expect(diffWeeks('2026-01-01', '2026-02-12')).toBe(6);
  });

  it('whole months are the most that can be added to the earlier date without passing the later', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const months = diffMonths(from, to);
        expect(months).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, months) <= to).toBe(true);
        expect(addMonths(from, months + 1) > to).toBe(true);
        expect(diffMonths(to, from)).toBe(0 - months);
      }),
    );
  });

  it('never gives minus zero (same date, or less than a unit earlier)', () => {
    for (const unit of ['days', 'weeks', 'months', 'years'] as const) {
      expect(Object.is(diffDates('2026-03-10', '2026-03-10', unit), 0)).toBe(true);
      expect(Object.is(diffDates('2026-03-10', '2026-03-08', unit === 'days' ? 'weeks' : unit), 0)).toBe(true);
    }
  });
});
