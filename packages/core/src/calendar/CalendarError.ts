import { KitError } from '../errors';

/** A date that is not a calendar date in the form `YYYY-MM-DD`, or a count that is not a whole number. */
export class CalendarError extends KitError {
  override name = 'CalendarError';
  constructor(
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`${reason} ${fix}`);
  }
}
