/** Property names a variable path may never reach: they lead out of the data into JavaScript itself. */
export const FORBIDDEN_PATH_TOKENS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** True for `__proto__`, `constructor` and `prototype`. */
export const isForbiddenToken = (token: string): boolean => FORBIDDEN_PATH_TOKENS.includes(token);

/** Splits a `var` path (`data.review.date`, `1`) into its parts, as JSON-Logic does: on dots, no escapes. */
export const splitVarPath = (path: string | number): string[] => String(path).split('.');

/** The forbidden part of a path, if any. */
export const forbiddenTokenIn = (path: string | number): string | undefined =>
  splitVarPath(path).find(isForbiddenToken);
