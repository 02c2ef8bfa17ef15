import { describe, expect, it } from 'vitest';
import { createInterpreter } from './createInterpreter';
import { isEmptyAnswer, wholeNumber } from './dateOperators';

const interpreter = createInterpreter({ clock: () => '2026-03-01' });
const run = (logic: unknown, data: unknown = {}) => interpreter.run(logic, data);

describe('the kit operators', () => {
  it.each([
    [{ date_add: ['2026-01-31', 28, 'days'] }, '2026-02-28'],
    [{ date_add: ['2026-01-05', 10, 'weeks'] }, '2026-03-16'],
    [{ date_add: ['2025-11-30', 3, 'months'] }, '2026-02-28'],
    [{ date_add: ['2028-02-29', 1, 'years'] }, '2029-02-28'],
    [{ date_add: ['2026-03-31', -1, 'months'] }, '2026-02-28'],
    [{ date_add: ['2026-01-31', '28', 'days'] }, '2026-02-28'],
    [{ date_diff: ['2026-01-05', '2026-03-16', 'weeks'] }, 10],
    [{ date_diff: ['2026-03-16', '2026-01-05', 'days'] }, -70],
    [{ date_diff: ['2025-03-10', '2026-03-09', 'years'] }, 0],
    [{ working_days_add: ['2025-12-19', 10] }, '2026-01-07'],
    [{ working_days_add: ['2025-12-19', 20] }, '2026-01-21'],
    [{ working_days_add: ['2025-12-19', 10, 'beginning-with'] }, '2026-01-06'],
    [{ working_days_count: ['2025-12-19', '2026-01-07'] }, 10],
    [{ age_on: ['2019-08-31', '2024-08-31'] }, 5],
    [{ age_on: ['2020-02-29', '2021-02-28'] }, 0],
    [{ school_milestone: ['2019-09-01', 'reception'] }, '2024-09-01'],
    [{ school_milestone: ['2019-08-31', 'year10'] }, '2033-09-01'],
    [{ school_milestone: ['2019-08-31', 'year7', '2024-09-01'] }, '2031-09-01'],
    [{ school_milestone: ['2019-08-31', 'year7', ''] }, '2030-09-01'],
    [{ school_milestone: ['2021-01-01', 'nursery'] }, '2024-04-01'],
    [{ school_milestone: ['2021-01-01', 'compulsorySchoolAge'] }, '2026-03-31'],
    [{ today: [] }, '2026-03-01'],
    [{ date_min: ['2026-05-01', null, '2026-02-01', ''] }, '2026-02-01'],
    [{ date_max: ['2026-05-01', null, '2026-02-01'] }, '2026-05-01'],
    [{ date_min: [['2027-01-01', '2026-01-01']] }, '2026-01-01'],
    [{ date_min: [null, null] }, null],
    [{ is_empty: [null] }, true],
    [{ is_empty: [' '] }, true],
    [{ is_empty: [[]] }, true],
    [{ is_empty: [false] }, false],
    [{ is_empty: [0] }, false],
  ])('%j gives %j', (logic, expected) => {
    expect(run(logic)).toEqual(expected);
  });

  it('B14: the review is a year after the earlier of support ending and the order', () => {
    const logic = { date_add: [{ date_min: [{ var: 'supportEnds' }, { var: 'order' }] }, 12, 'months'] };
    expect(run(logic, { supportEnds: '2026-02-10', order: '2026-05-01' })).toBe('2027-02-10');
    expect(run(logic, { supportEnds: null, order: '2026-05-01' })).toBe('2027-05-01');
    expect(run(logic, { supportEnds: null, order: null })).toBeNull();
  });

  it.each([
    [{ date_add: [null, 1, 'days'] }],
    [{ date_add: ['2026-02-30', 1, 'days'] }],
    [{ date_add: ['2026-01-01', 1.5, 'days'] }],
    [{ date_add: ['2026-01-01', 'three', 'days'] }],
    [{ date_add: ['2026-01-01', 1, { var: 'unit' }] }],
    [{ date_add: ['9999-12-31', 1, 'days'] }],
    [{ date_diff: ['2026-01-01', null, 'days'] }],
    [{ working_days_add: ['2026-01-01', null] }],
    [{ working_days_add: ['2026-01-01', 1e9] }],
    [{ working_days_add: ['2026-01-01', 1, { var: 'how' }] }],
    [{ working_days_count: ['2026-01-01', 'tomorrow'] }],
    [{ age_on: ['2026-01-01', '2025-01-01'] }],
    [{ age_on: [null, '2025-01-01'] }],
    [{ school_milestone: [null, 'reception'] }],
    [{ school_milestone: ['2020-01-01', { var: 'which' }] }],
    [{ school_milestone: ['2020-01-01', 'year7', '2025-09-02'] }],
    [{ school_milestone: ['2020-01-01', 'year7', 'soon'] }],
    [{ date_max: ['2026-01-01', 'next week'] }],
  ])('%j gives null rather than throwing', (logic) => {
    expect(run(logic, { unit: 'fortnights', how: 'sometime', which: 'year12' })).toBeNull();
  });

  it('reads whole numbers from numbers or digits, and knows an empty answer', () => {
    expect([wholeNumber(3), wholeNumber(' 28 '), wholeNumber('-2'), wholeNumber('2.5'), wholeNumber(1.5)]).toEqual([
      3,
      28,
      -2,
      null,
      null,
    ]);
    expect([isEmptyAnswer({}), isEmptyAnswer({ a: 1 }), isEmptyAnswer(undefined), isEmptyAnswer('x')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});
