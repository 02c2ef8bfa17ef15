import { describe, expect, it } from 'vitest';
import { ageOn } from './ageOn';

describe('ageOn', () => {
  it.each([
    ['2019-08-31', '2024-08-30', 4],
    ['2019-08-31', '2024-08-31', 5],
    ['2019-08-31', '2019-08-31', 0],
    ['2004-03-15', '2026-03-14', 21],
    ['2004-03-15', '2026-03-15', 22],
  ])('born %s is %i on %s', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });

  it('treats a 29 February birthday as 1 March in a common year by default', () => {
    expect(ageOn('2020-02-29', '2021-02-28')).toBe(0);
    expect(ageOn('2020-02-29', '2021-03-01')).toBe(1);
    expect(ageOn('2020-02-29', '2024-02-28')).toBe(3);
    expect(ageOn('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('can treat it as 28 February instead', () => {
    expect(ageOn('2020-02-29', '2021-02-28', { leapDayBirthday: 'february-28' })).toBe(1);
    expect(ageOn('2020-02-29', '2021-02-27', { leapDayBirthday: 'february-28' })).toBe(0);
  });

  it('refuses a date before the birth', () => {
    expect(() => ageOn('2020-05-01', '2020-04-30')).toThrow('is before the date of birth');
  });
});
