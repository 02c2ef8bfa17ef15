import { KitInputError, MAX_INPUT_DEPTH, tooDeepAt } from '@adoption-support/core';

/**
 * Checks for the values the CLI's API is handed by code: each names the function, the argument and
 * the JSON pointer, and says what to pass instead, as a {@link KitInputError}.
 */

/** Which function and which of its arguments a check is about. */
export interface Site {
  function: string;
  argument: string;
}

const refuse = (site: Site, pointer: string, problem: string, fix: string): never => {
  throw new KitInputError({ ...site, pointer, problem, fix });
};

/** An object (not a list, not null), else a KitInputError. */
export function needObject(site: Site, value: unknown, fix: string, pointer = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(
      site,
      pointer,
      `Expected an object, got ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}.`,
      fix,
    );
  }
  return value as Record<string, unknown>;
}

/** Text, else a KitInputError. */
export function needText(site: Site, value: unknown, fix: string, pointer = ''): string {
  if (typeof value !== 'string')
    return refuse(site, pointer, `Expected text, got ${value === null ? 'null' : typeof value}.`, fix);
  return value;
}

/** A value no deeper than the kit works to, found without recursion, else a KitInputError. */
export function needShallow(site: Site, value: unknown, pointer = ''): void {
  const at = tooDeepAt(value, MAX_INPUT_DEPTH);
  if (at !== undefined) {
    refuse(
      site,
      `${pointer}${at}`,
      `The value nests more than ${MAX_INPUT_DEPTH} levels deep.`,
      'Pass a form definition or document as the kit writes them.',
    );
  }
}
