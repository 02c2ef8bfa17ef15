import { addToDate, isDateUnit } from '../calendar/addToDate';
import { type AgeOptions, ageOn } from '../calendar/ageOn';
import { diffDates } from '../calendar/diffDates';
import { isIsoDate } from '../calendar/isoDate';
import { isSchoolMilestone, schoolMilestone } from '../calendar/schoolMilestones';
import { addWorkingDays, countWorkingDays, type HolidayList, type WorkingDayCounting } from '../calendar/workingDays';
import { type Operator, positional } from './standardOperators';

/** What the date operators of one engine share: its bank holidays, leap-day reading and today. */
export interface DateOperatorSettings {
  bankHolidays: HolidayList;
  leapDayBirthday: AgeOptions['leapDayBirthday'];
  /** Today's date for the evaluation under way. */
  today: () => string;
}

/** A whole number, from a number or a string of digits (answers typed into text boxes); else null. */
export function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** Nothing answered: null, missing, blank text, an empty list or an empty object. `false` and 0 are answers. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Calls a calendar function, turning any refusal (a date before birth, a span too long) into null. */
function orNull<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}

/**
 * The earliest (`later` false) or latest of the dates among the arguments, lists flattened one level;
 * null when there is none, or when one is not a date. ISO dates order as text, so no sorting is needed.
 */
function extremeDate(args: readonly unknown[], later: boolean): string | null {
  let found: string | null = null;
  for (const arg of args) {
    const values = Array.isArray(arg) ? arg : [arg];
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i];
      if (value === null || value === undefined || value === '') continue;
      if (!isIsoDate(value)) return null;
      if (found === null || (later ? value > found : value < found)) found = value;
    }
  }
  return found;
}

/**
 * The kit's own operators (docs/reference/operators.md). Each returns null, rather than throwing,
 * when an input is missing or not valid.
 */
export function dateOperators(settings: DateOperatorSettings): Record<string, Operator> {
  const { bankHolidays, leapDayBirthday } = settings;
  return {
    date_add: positional((date, count, unit) => {
      const k = wholeNumber(count);
      if (!isIsoDate(date) || k === null || !isDateUnit(unit)) return null;
      return orNull(() => addToDate(date, k, unit));
    }),
    date_diff: positional(
      (from, to, unit) => (isIsoDate(from) && isIsoDate(to) && isDateUnit(unit) ? diffDates(from, to, unit) : null),
      true,
    ),
    working_days_add: positional((date, count, counting) => {
      const k = wholeNumber(count);
      const how = counting ?? 'after';
      if (!isIsoDate(date) || k === null || (how !== 'after' && how !== 'beginning-with')) return null;
      return orNull(() => addWorkingDays(date, k, bankHolidays, how as WorkingDayCounting));
    }),
    working_days_count: positional(
      (from, to) => (isIsoDate(from) && isIsoDate(to) ? orNull(() => countWorkingDays(from, to, bankHolidays)) : null),
      true,
    ),
    age_on: positional(
      (dateOfBirth, date) =>
        isIsoDate(dateOfBirth) && isIsoDate(date) ? orNull(() => ageOn(dateOfBirth, date, { leapDayBirthday })) : null,
      true,
    ),
    school_milestone: positional((dateOfBirth, milestone, receptionStartOverride) => {
      if (!isIsoDate(dateOfBirth) || !isSchoolMilestone(milestone)) return null;
      const override = isEmptyAnswer(receptionStartOverride) ? undefined : receptionStartOverride;
      if (override !== undefined && !isIsoDate(override)) return null;
      return orNull(() => schoolMilestone(dateOfBirth, milestone, { receptionStartOverride: override }));
    }),
    today: { apply: () => settings.today() },
    date_min: { pure: true, apply: (args) => extremeDate(args, false) },
    date_max: { pure: true, apply: (args) => extremeDate(args, true) },
    is_empty: positional((value) => isEmptyAnswer(value), true),
  };
}
