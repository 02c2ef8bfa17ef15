import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, isIsoDate, parseIsoDate, requireIsoDate, toDayNumber } from './isoDate';

describe('parseIsoDate', () => {
  it.each([
    ['2026-02-28', { year: 2026, month: 2, day: 28 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('reads %s', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '0000-01-01',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    for (const value of [null, undefined, 20260105, new Date(), ['2026-01-05']]) expect(isIsoDate(value)).toBe(false);
  });

  it('names the value and the fix when a date is required', () => {
    expect(() => requireIsoDate('2026-02-30', 'The placement date')).toThrow(
      'The placement date "2026-02-30" is not a calendar date. Write dates as YYYY-MM-DD',
    );
  });
});

describe('day numbers and weekdays', () => {
  it('counts from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(20_454)).toBe('2026-01-01');
  });

  it.each([
    ['2025-12-19', 5],
    ['2025-12-27', 6],
    ['2025-12-28', 7],
    ['2026-01-05', 1],
    ['2028-02-29', 2],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it('agrees with the JavaScript UTC calendar for every date in 1000-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }), (n) => {
        const iso = new Date(n * 864e5).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(((new Date(n * 864e5).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
