import { KitInputError } from '../errors';

let ukDate: Intl.DateTimeFormat | undefined;

/** Today's date in the UK (Europe/London), `YYYY-MM-DD`, whatever time zone the code runs in. */
export function ukToday(now: Date = new Date()): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new KitInputError({
      function: 'ukToday',
      argument: 'now',
      pointer: '',
      problem: 'Expected a valid Date.',
      fix: 'Pass a Date, or nothing for now.',
    });
  }
  // Made on first use, so that merely importing the kit never touches time-zone data.
  ukDate ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(ukDate.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
