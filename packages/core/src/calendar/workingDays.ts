import { describeValue } from '../definition/jsonInput';
import { requireWholeNumber } from './addToDate';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, requireBankHolidayYears } from './bankHolidays';
import { CalendarError } from './CalendarError';
import { fromDayNumber, requireIsoDate, toDayNumber } from './isoDate';

/** The bank holidays to skip, as ISO dates. */
export type HolidayList = readonly string[];

/**
 * How the day a notice or report is sent counts:
 * - `after` (default): the sending day is day 0; the period ends at the end of the n-th working day after it.
 * - `beginning-with`: the sending day is day 1 when it is itself a working day.
 */
export type WorkingDayCounting = 'after' | 'beginning-with';

/** The counting conventions, for checks and documentation. */
export const WORKING_DAY_COUNTINGS: readonly WorkingDayCounting[] = ['after', 'beginning-with'];

/** The most working days one call may step over (about 380 years): keeps every call quick. */
export const MAX_WORKING_DAYS = 100_000;

const holidaySets = new WeakMap<HolidayList, ReadonlySet<number>>();

function holidaySet(holidays: HolidayList): ReadonlySet<number> {
  if (!Array.isArray(holidays)) {
    throw new CalendarError(
      `The bank holidays ${describeValue(holidays)} are not a list.`,
      'Pass a list of YYYY-MM-DD dates.',
    );
  }
  let set = holidaySets.get(holidays);
  if (!set) {
    set = new Set(holidays.map((h) => toDayNumber(h)));
    holidaySets.set(holidays, set);
  }
  return set;
}

const isWeekend = (dayNumber: number) => {
  const weekday = (((dayNumber + 3) % 7) + 7) % 7; // 0 Monday ... 6 Sunday
  return weekday >= 5;
};

const isWorkingDayNumber = (dayNumber: number, holidays: ReadonlySet<number>) =>
  !isWeekend(dayNumber) && !holidays.has(dayNumber);

/** True when the date is a Monday to Friday that is not a bank holiday. */
export function isWorkingDay(date: string, holidays: HolidayList = ENGLAND_AND_WALES_BANK_HOLIDAYS): boolean {
  if (holidays === ENGLAND_AND_WALES_BANK_HOLIDAYS) requireBankHolidayYears(date, date);
  return isWorkingDayNumber(toDayNumber(date), holidaySet(holidays));
}

function requireSpan(n: unknown): number {
  const whole = requireWholeNumber(n, 'The number of working days');
  if (Math.abs(whole) > MAX_WORKING_DAYS) {
    throw new CalendarError(
      `${whole} working days is more than the ${MAX_WORKING_DAYS} one calculation may count.`,
      'Use a smaller number.',
    );
  }
  return whole;
}

/**
 * The date `n` working days after `date` (before it, for negative `n`), skipping weekends and bank
 * holidays. With the default `after` counting the sending day is day 0, so a notice sent on Friday
 * 19 December 2025 with 10 working days to reply runs to Wednesday 7 January 2026, and one sent on a
 * Saturday counts from the next working day.
 */
export function addWorkingDays(
  date: string,
  n: number,
  holidays: HolidayList = ENGLAND_AND_WALES_BANK_HOLIDAYS,
  counting: WorkingDayCounting = 'after',
): string {
  let remaining = requireSpan(n);
  if (counting !== 'after' && counting !== 'beginning-with') {
    throw new CalendarError(
      `${describeValue(counting)} is not a way of counting working days.`,
      'Use "after" or "beginning-with".',
    );
  }
  const set = holidaySet(holidays);
  let day = toDayNumber(date);
  if (counting === 'beginning-with' && remaining > 0 && isWorkingDayNumber(day, set)) remaining -= 1;
  const step = remaining < 0 ? -1 : 1;
  while (remaining !== 0) {
    day += step;
    if (isWorkingDayNumber(day, set)) remaining -= step;
  }
  const due = fromDayNumber(day);
  if (holidays === ENGLAND_AND_WALES_BANK_HOLIDAYS) requireBankHolidayYears(date, due);
  return due;
}

/**
 * Working days after `from` up to and including `to`; when `to` is earlier, minus the working days from
 * `to` up to (not including) `from`. So `countWorkingDays(d, addWorkingDays(d, n)) === n` for any `n`.
 */
export function countWorkingDays(
  from: string,
  to: string,
  holidays: HolidayList = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (Math.abs(end - start) > MAX_WORKING_DAYS * 2) {
    throw new CalendarError(
      `${from} to ${to} is too long a span to count working days in.`,
      'Use dates closer together.',
    );
  }
  if (holidays === ENGLAND_AND_WALES_BANK_HOLIDAYS) requireBankHolidayYears(from, to);
  const set = holidaySet(holidays);
  let count = 0;
  if (end >= start) {
    for (let day = start + 1; day <= end; day++) if (isWorkingDayNumber(day, set)) count++;
    return count;
  }
  for (let day = end; day < start; day++) if (isWorkingDayNumber(day, set)) count++;
  return 0 - count;
}

/** Checks a host's bank-holiday list: every entry must be an ISO date. Returns a frozen, sorted copy. */
export function checkHolidayList(holidays: readonly unknown[]): HolidayList {
  if (!Array.isArray(holidays)) {
    throw new CalendarError(
      `The bank holidays ${describeValue(holidays)} are not a list.`,
      'Pass a list of YYYY-MM-DD dates.',
    );
  }
  for (const [i, h] of holidays.entries()) requireIsoDate(h, `Bank holiday ${i + 1},`);
  return Object.freeze([...(holidays as string[])].sort());
}
