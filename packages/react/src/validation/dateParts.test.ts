import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblem, isIsoDate, partsFromValue, valueFromParts } from './dateParts';

describe('date boxes', () => {
  it('store a real date as ISO, padding the day and month', () => {
    expect(valueFromParts({ day: '4', month: '3', year: '2026' })).toBe('2026-03-04');
    expect(valueFromParts({ day: ' 29', month: '02 ', year: '2024' })).toBe('2024-02-29');
  });

  it('store nothing for three empty boxes', () => {
    expect(valueFromParts({ day: '', month: ' ', year: '' })).toBeUndefined();
  });

  it('keep an unfinished or impossible date exactly as typed, which the date format rejects', () => {
    expect(valueFromParts({ day: '12', month: '3', year: '' })).toBe('-3-12');
    expect(valueFromParts({ day: '29', month: '2', year: '2025' })).toBe('2025-2-29');
    expect(isIsoDate('2025-2-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('give back what was typed, whatever it was (nothing typed is lost)', () => {
    const box = fc.string({ maxLength: 6 }).map((s) => s.replace(/[\s-]/g, ''));
    fc.assert(
      fc.property(box, box, box, (day, month, year) => {
        const stored = valueFromParts({ day, month, year });
        const back = partsFromValue(stored);
        if (stored === undefined) expect([day, month, year]).toEqual(['', '', '']);
        else if (/^\d{4}-\d{2}-\d{2}$/.test(stored)) expect(Number(back.day)).toBe(Number(day));
        else expect(back).toEqual({ day, month, year });
      }),
    );
  });

  it('show text that is not a date in the year box rather than dropping it', () => {
    expect(partsFromValue('31/12/2026')).toEqual({ day: '', month: '', year: '31/12/2026' });
  });
});

describe('what is wrong with the boxes', () => {
  it.each([
    [{ day: '', month: '3', year: '2026' }, 'kit.date.missing.day', ['day']],
    [{ day: '1', month: '', year: '2026' }, 'kit.date.missing.month', ['month']],
    [{ day: '1', month: '3', year: '' }, 'kit.date.missing.year', ['year']],
    [{ day: '', month: '', year: '2026' }, 'kit.date.missing.dayMonth', ['day', 'month']],
    [{ day: '', month: '3', year: '' }, 'kit.date.missing.dayYear', ['day', 'year']],
    [{ day: '1', month: '', year: '' }, 'kit.date.missing.monthYear', ['month', 'year']],
    [{ day: '1', month: '13', year: '2026' }, 'kit.date.notReal', ['month']],
    [{ day: '31', month: '4', year: '2026' }, 'kit.date.notReal', ['day']],
    [{ day: '29', month: '2', year: '2100' }, 'kit.date.notReal', ['day']],
    [{ day: 'x', month: '2', year: '2026' }, 'kit.date.notReal', ['day']],
    [{ day: '1', month: '2', year: '26' }, 'kit.date.yearDigits', ['year']],
  ])('%o gives %s on %o', (parts, key, at) => {
    expect(dateProblem(parts)).toEqual({ key, parts: at });
  });

  it('finds nothing wrong with a real date or with empty boxes', () => {
    expect(dateProblem({ day: '29', month: '2', year: '2000' })).toBeUndefined();
    expect(dateProblem({ day: '', month: '', year: '' })).toBeUndefined();
  });
});
