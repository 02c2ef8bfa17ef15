import { describeValue } from '../definition/jsonInput';
import { CalendarError } from './CalendarError';
import { daysInMonth, formatIsoDate, fromDayNumber, requireIsoDate, toDayNumber, wholeNumberOrThrow } from './isoDate';

/** The units dates are added and compared in. */
export const DATE_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

/** True when the value names one of {@link DATE_UNITS}. */
export const isDateUnit = (value: unknown): value is DateUnit => DATE_UNITS.includes(value as DateUnit);

/** Throws unless `n` is a whole number; returns it. */
export function requireWholeNumber(n: unknown, what = 'The number'): number {
  return wholeNumberOrThrow(n, what);
}

/** The date `n` calendar days after (or, for negative `n`, before) `date`. */
export const addDays = (date: string, n: number): string =>
  fromDayNumber(toDayNumber(date) + requireWholeNumber(n, 'The number of days'));

/** The date `n` weeks (7n days) after `date`. */
export const addWeeks = (date: string, n: number): string =>
  addDays(date, 7 * requireWholeNumber(n, 'The number of weeks'));

/**
 * The date `n` calendar months after `date`. A day that the target month lacks is clamped to its last
 * day: 30 Nov + 3 months = 28 Feb (29 in a leap year); 31 Aug + 6 months = 28/29 Feb.
 */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = requireIsoDate(date);
  const total = year * 12 + (month - 1) + requireWholeNumber(n, 'The number of months');
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** The date `n` years after `date`, clamping 29 February to 28 February in a common year. */
export const addYears = (date: string, n: number): string =>
  addMonths(date, 12 * requireWholeNumber(n, 'The number of years'));

/** Adds `n` of a unit to a date: the one entry point the rule operators use. */
export function addToDate(date: string, n: number, unit: DateUnit): string {
  switch (unit) {
    case 'days':
      return addDays(date, n);
    case 'weeks':
      return addWeeks(date, n);
    case 'months':
      return addMonths(date, n);
    case 'years':
      return addYears(date, n);
    default:
      throw new CalendarError(`${describeValue(unit)} is not a unit of time.`, `Use one of: ${DATE_UNITS.join(', ')}.`);
  }
}
