import { describeValue } from '../definition/jsonInput';
import { CalendarError } from './CalendarError';
import { isLeapYear, requireIsoDate, wholeNumberOrThrow } from './isoDate';

/**
 * When someone born on 29 February has their birthday in a common year: on 1 March (the usual
 * England and Wales reading, the default) or on 28 February.
 */
export type LeapDayBirthday = 'march-1' | 'february-28';

/** Options for {@link ageOn}. */
export interface AgeOptions {
  leapDayBirthday?: LeapDayBirthday;
}

/** The month and day of a birthday in a given year, applying the leap-day reading. */
export function birthdayIn(
  dateOfBirth: string,
  year: number,
  leapDayBirthday: LeapDayBirthday = 'march-1',
): { month: number; day: number } {
  const { month, day } = requireIsoDate(dateOfBirth, 'The date of birth');
  if (month === 2 && day === 29 && !isLeapYear(wholeNumberOrThrow(year, 'The year'))) {
    return leapDayBirthday === 'march-1' ? { month: 3, day: 1 } : { month: 2, day: 28 };
  }
  return { month, day };
}

/**
 * Age in whole years on a date. Someone born on 29 February turns a year older on 1 March in a common
 * year (or on 28 February with `leapDayBirthday: 'february-28'`). Throws when the date is before the birth.
 */
export function ageOn(dateOfBirth: string, date: string, options: AgeOptions = {}): number {
  if (options === null || typeof options !== 'object') {
    throw new CalendarError(
      `The options ${describeValue(options)} are not an object.`,
      'Pass { leapDayBirthday } or nothing.',
    );
  }
  const born = requireIsoDate(dateOfBirth, 'The date of birth');
  const on = requireIsoDate(date);
  if (date < dateOfBirth) {
    throw new CalendarError(
      `${date} is before the date of birth ${dateOfBirth}.`,
      'Check the dates: an age is worked out on or after the birth.',
    );
  }
  const birthday = birthdayIn(dateOfBirth, on.year, options.leapDayBirthday);
  const hadBirthday = on.month > birthday.month || (on.month === birthday.month && on.day >= birthday.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}
