import { BANK_HOLIDAY_CHANGES } from './bankHolidayChanges';
import { CalendarError } from './CalendarError';
import { dayNumberOf, fromDayNumber, requireIsoDate, wholeNumberOrThrow } from './isoDate';

/**
 * The years for which the kit vouches for its England and Wales bank holidays (both nations share one
 * list). From 1990 the standing rules below plus the one-off changes in `BANK_HOLIDAY_CHANGES` give
 * the published dates; up to 2100 they give the days the standing rules will produce, which is as far
 * as a plan's deadlines need to reach. Years after the latest gov.uk list are projections: a future
 * one-off day is not known until it is proclaimed, so a host that must follow proclamations at once
 * passes its own list to `createRuleEngine({ bankHolidays })`, e.g. refreshed from
 * https://www.gov.uk/bank-holidays.json.
 */
export const BANK_HOLIDAY_YEARS: Readonly<{ first: number; last: number }> = Object.freeze({
  first: 1990,
  last: 2100,
});

const SATURDAY = 6;
const SUNDAY = 7;

/** Day of the week of a day number: 1 Monday ... 7 Sunday (1970-01-01 was a Thursday). */
const weekday = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
const day = (year: number, month: number, date: number) => dayNumberOf({ year, month, day: date });

/** Easter Sunday of a Gregorian year, as a day number (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return day(year, Math.floor(monthAndDay / 31), (monthAndDay % 31) + 1);
}

const firstMonday = (year: number, month: number) => {
  const first = day(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
};
const lastMonday = (year: number, month: number) => {
  const last = day(year, month + 1, 1) - 1;
  return last - (weekday(last) - 1);
};

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(year: number): number {
  const first = day(year, 1, 1);
  if (weekday(first) === SATURDAY) return first + 2;
  return weekday(first) === SUNDAY ? first + 1 : first;
}

/** Christmas Day and Boxing Day, each weekend one moved to the next weekday that is not already a holiday. */
function christmas(year: number): number[] {
  const days: number[] = [];
  for (const date of [day(year, 12, 25), day(year, 12, 26)]) {
    let observed = date;
    while (weekday(observed) >= SATURDAY || days.includes(observed)) observed += 1;
    days.push(observed);
  }
  return days;
}

/** The days the standing rules give in a year, in date order. */
function standingRules(year: number): number[] {
  const easter = easterSunday(year);
  return [
    newYear(year),
    easter - 2,
    easter + 1,
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas(year),
  ];
}

function requireVouchedYear(year: unknown): number {
  const whole = wholeNumberOrThrow(year, 'The year');
  const { first, last } = BANK_HOLIDAY_YEARS;
  if (whole < first || whole > last) {
    throw new CalendarError(
      `The kit knows England and Wales bank holidays only for ${first} to ${last}, not for ${whole}.`,
      `Use dates from ${first} to ${last}, or pass your own bankHolidays list that covers ${whole}.`,
    );
  }
  return whole;
}

const byYear = new Map<number, readonly string[]>();

/**
 * The England and Wales bank holidays of one year, as sorted ISO dates: the standing rules (New
 * Year's Day, Good Friday, Easter Monday, the early May and spring Mondays, the summer Monday,
 * Christmas and Boxing Day, with substitute weekdays) and the year's one-off changes. Worked out once
 * per year. Throws a {@link CalendarError} for a year outside {@link BANK_HOLIDAY_YEARS}.
 */
export function englandAndWalesBankHolidays(year: number): readonly string[] {
  const vouched = requireVouchedYear(year);
  const known = byYear.get(vouched);
  if (known) return known;
  const days = new Set(standingRules(vouched).map(fromDayNumber));
  for (const change of BANK_HOLIDAY_CHANGES) {
    if (change.year !== vouched) continue;
    if (change.instead) days.delete(change.instead);
    days.add(change.date);
  }
  const list = Object.freeze([...days].sort());
  byYear.set(vouched, list);
  return list;
}

/**
 * Throws a {@link CalendarError} when a span of dates (either order) reaches a year outside
 * {@link BANK_HOLIDAY_YEARS}, naming that year: a working-day count across it cannot be trusted.
 */
export function requireBankHolidayYears(from: string, to: string): void {
  const a = requireIsoDate(from, 'The first date').year;
  const b = requireIsoDate(to, 'The last date').year;
  requireVouchedYear(Math.min(a, b));
  requireVouchedYear(Math.max(a, b));
}

/**
 * Every England and Wales bank holiday the kit vouches for ({@link BANK_HOLIDAY_YEARS}), as sorted ISO
 * dates: the default list for working-day counts.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = Object.freeze(
  Array.from({ length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 }, (_, i) =>
    englandAndWalesBankHolidays(BANK_HOLIDAY_YEARS.first + i),
  ).flat(),
);
