import { describeValue } from '../definition/jsonInput';
import { CalendarError } from './CalendarError';

/** A calendar date as three integers; `month` and `day` count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Day of the week, ISO numbering: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  if (typeof year !== 'number') wholeNumberOrThrow(year, 'The year');
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Throws a {@link CalendarError} unless `n` is a whole number; returns it. */
export function wholeNumberOrThrow(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new CalendarError(
      `${what} ${describeValue(n)} is not a whole number.`,
      'Use a whole number such as 28 or -3.',
    );
  }
  return n;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (typeof month !== 'number') wholeNumberOrThrow(month, 'The month');
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of an ISO date `YYYY-MM-DD`, or `null` when the value is not a real calendar date. */
export function parseIsoDate(value: unknown): CalendarDate | null {
  // Character by character rather than a regular expression: rules parse dates all the time.
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return null;
  const digits = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = value.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  };
  const year = digits(0, 4);
  const month = digits(5, 7);
  const day = digits(8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when the value is a string holding a real calendar date `YYYY-MM-DD` (years 0001-9999). */
export const isIsoDate = (value: unknown): value is string => parseIsoDate(value) !== null;

/** The parts of an ISO date; throws a {@link CalendarError} naming the value when it is not one. */
export function requireIsoDate(value: unknown, what = 'The date'): CalendarDate {
  const parsed = parseIsoDate(value);
  if (!parsed) {
    throw new CalendarError(
      `${what} ${describeValue(value)} is not a calendar date.`,
      'Write dates as YYYY-MM-DD, e.g. 2026-02-28.',
    );
  }
  return parsed;
}

/** Writes a calendar date as `YYYY-MM-DD`; throws when the year is outside 1-9999. */
export function formatIsoDate(date: CalendarDate): string {
  if (date === null || typeof date !== 'object') {
    throw new CalendarError(`${describeValue(date)} is not a calendar date.`, 'Pass { year, month, day }.');
  }
  const year = wholeNumberOrThrow(date.year, 'The year');
  const month = wholeNumberOrThrow(date.month, 'The month');
  const day = wholeNumberOrThrow(date.day, 'The day');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalendarError(`Month ${month}, day ${day} is not a day of the calendar.`, 'Use a real date.');
  }
  if (year < 1 || year > 9999) {
    throw new CalendarError(`The year ${year} is outside 1-9999.`, 'Use a date between 0001-01-01 and 9999-12-31.');
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 of a calendar date (Hinnant's civil-date algorithm: integers only, no time zones). */
export function dayNumberOf({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number (days since 1970-01-01). */
export function calendarDateOf(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of an ISO date; throws a {@link CalendarError} when it is not one. */
export const toDayNumber = (date: string): number => dayNumberOf(requireIsoDate(date));

/** The ISO date of a day number (days since 1970-01-01). */
export const fromDayNumber = (dayNumber: number): string =>
  formatIsoDate(calendarDateOf(wholeNumberOrThrow(dayNumber, 'The day number')));

/** Day of the week of an ISO date: 1 Monday ... 7 Sunday. */
export function dayOfWeek(date: string): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Compares two ISO dates: negative when `a` is earlier, 0 when equal, positive when later. */
export const compareIsoDates = (a: string, b: string): number => toDayNumber(a) - toDayNumber(b);
