import { describeValue } from '../definition/jsonInput';
import { addMonths, DATE_UNITS, type DateUnit } from './addToDate';
import { CalendarError } from './CalendarError';
import { requireIsoDate, toDayNumber } from './isoDate';

/** Calendar days from `from` to `to`: positive when `to` is later, negative when earlier. */
export const diffDays = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/** Whole weeks from `from` to `to`, rounded towards zero (13 days = 1 week, -13 days = -1 week). */
export const diffWeeks = (from: string, to: string): number => Math.trunc(diffDays(from, to) / 7) + 0;

function monthsForward(from: string, to: string): number {
  const a = requireIsoDate(from);
  const b = requireIsoDate(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonths(from, months) > to ? months - 1 : months;
}

/**
 * Whole months from `from` to `to`: the most months that can be added to the earlier date (with
 * month-end clamping, as {@link addMonths}) without passing the later one. Negative when `to` is earlier.
 * 31 Jan to 28 Feb is 1 month; 15 Jan to 14 Feb is 0.
 */
export function diffMonths(from: string, to: string): number {
  if (diffDays(from, to) < 0) return 0 - monthsForward(to, from);
  return monthsForward(from, to);
}

/** Whole years from `from` to `to` (whole months / 12, rounded towards zero). */
export const diffYears = (from: string, to: string): number => Math.trunc(diffMonths(from, to) / 12) + 0;

/** The difference between two dates in a unit: the one entry point the rule operators use. */
export function diffDates(from: string, to: string, unit: DateUnit): number {
  switch (unit) {
    case 'days':
      return diffDays(from, to);
    case 'weeks':
      return diffWeeks(from, to);
    case 'months':
      return diffMonths(from, to);
    case 'years':
      return diffYears(from, to);
    default:
      throw new CalendarError(`${describeValue(unit)} is not a unit of time.`, `Use one of: ${DATE_UNITS.join(', ')}.`);
  }
}
