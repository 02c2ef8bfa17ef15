import { describeValue } from '../definition/jsonInput';
import { CalendarError } from './CalendarError';
import { formatIsoDate, requireIsoDate, wholeNumberOrThrow } from './isoDate';

/**
 * The school and early-education milestones the kit works out from a date of birth (England and Wales):
 * - `termAfterSecondBirthday`: funded early education for eligible two-year-olds (including children who
 *   left care through adoption) starts from the term after the 2nd birthday;
 * - `termAfterThirdBirthday` (also `nursery`): universal part-time funded early education / nursery;
 * - `reception`, `year3` (infant to junior), `year7` (secondary), `year10`: 1 September starts;
 * - `compulsorySchoolAge`: the first 31 December, 31 March or 31 August on or after the 5th birthday.
 */
export const SCHOOL_MILESTONES = [
  'termAfterSecondBirthday',
  'termAfterThirdBirthday',
  'nursery',
  'reception',
  'year3',
  'year7',
  'year10',
  'compulsorySchoolAge',
] as const;
export type SchoolMilestone = (typeof SCHOOL_MILESTONES)[number];

/** True when the value names one of {@link SCHOOL_MILESTONES}. */
export const isSchoolMilestone = (value: unknown): value is SchoolMilestone =>
  SCHOOL_MILESTONES.includes(value as SchoolMilestone);

/** Options for {@link schoolMilestone}. */
export interface SchoolMilestoneOptions {
  /**
   * The 1 September the child actually started (or will start) Reception, when educated out of their
   * year group (e.g. a summer-born child whose entry was delayed). Year 3, 7 and 10 follow from it.
   */
  receptionStartOverride?: string | null;
}

/**
 * The 1 September the child starts Reception: the school year (1 September - 31 August) that contains
 * their 5th birthday starts the year after Reception, so Y = year of the 5th birthday when born
 * September-December, else that year - 1. A 1 September birthday falls in the younger cohort.
 */
export function receptionStart(dateOfBirth: string): string {
  const { year, month } = requireIsoDate(dateOfBirth, 'The date of birth');
  const fifth = year + 5;
  return formatIsoDate({ year: month >= 9 ? fifth : fifth - 1, month: 9, day: 1 });
}

/**
 * The legal term start (1 January, 1 April or 1 September) after the n-th birthday: born January-March
 * -> 1 April; April-August -> 1 September; September-December -> 1 January of the next year.
 */
export function termAfterBirthday(dateOfBirth: string, birthday: number): string {
  const { year, month } = requireIsoDate(dateOfBirth, 'The date of birth');
  const y = year + wholeNumberOrThrow(birthday, 'The birthday');
  if (month <= 3) return formatIsoDate({ year: y, month: 4, day: 1 });
  if (month <= 8) return formatIsoDate({ year: y, month: 9, day: 1 });
  return formatIsoDate({ year: y + 1, month: 1, day: 1 });
}

/**
 * The date a child reaches compulsory school age: the first of 31 December, 31 March or 31 August on or
 * after the 5th birthday (full-time education starts the following term). A 29 February birthday gives
 * 31 March whichever way the leap day is read.
 */
export function compulsorySchoolAgeDate(dateOfBirth: string): string {
  const { year, month } = requireIsoDate(dateOfBirth, 'The date of birth');
  const y = year + 5;
  if (month <= 3) return formatIsoDate({ year: y, month: 3, day: 31 });
  if (month <= 8) return formatIsoDate({ year: y, month: 8, day: 31 });
  return formatIsoDate({ year: y, month: 12, day: 31 });
}

function yearGroupStart(dateOfBirth: string, yearGroup: number, override: string | null | undefined): string {
  let reception = receptionStart(dateOfBirth);
  if (override !== undefined && override !== null) {
    const o = requireIsoDate(override, 'The Reception start');
    if (o.month !== 9 || o.day !== 1) {
      throw new CalendarError(
        `The Reception start ${override} is not a 1 September.`,
        'Give the 1 September the child started Reception.',
      );
    }
    reception = override;
  }
  const { year } = requireIsoDate(reception);
  return formatIsoDate({ year: year + yearGroup, month: 9, day: 1 });
}

/** The date of a school milestone for a child born on `dateOfBirth` (see {@link SCHOOL_MILESTONES}). */
export function schoolMilestone(
  dateOfBirth: string,
  milestone: SchoolMilestone,
  options: SchoolMilestoneOptions = {},
): string {
  if (options === null || typeof options !== 'object') {
    throw new CalendarError(
      `The options ${describeValue(options)} are not an object.`,
      'Pass { receptionStartOverride } or nothing.',
    );
  }
  switch (milestone) {
    case 'termAfterSecondBirthday':
      return termAfterBirthday(dateOfBirth, 2);
    case 'termAfterThirdBirthday':
    case 'nursery':
      return termAfterBirthday(dateOfBirth, 3);
    case 'reception':
      return yearGroupStart(dateOfBirth, 0, options.receptionStartOverride);
    case 'year3':
      return yearGroupStart(dateOfBirth, 3, options.receptionStartOverride);
    case 'year7':
      return yearGroupStart(dateOfBirth, 7, options.receptionStartOverride);
    case 'year10':
      return yearGroupStart(dateOfBirth, 10, options.receptionStartOverride);
    case 'compulsorySchoolAge':
      return compulsorySchoolAgeDate(dateOfBirth);
    default:
      throw new CalendarError(
        `${describeValue(milestone)} is not a school milestone.`,
        `Use one of: ${SCHOOL_MILESTONES.join(', ')}.`,
      );
  }
}
