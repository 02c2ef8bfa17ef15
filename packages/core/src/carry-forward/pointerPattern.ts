import { describeValue } from '../definition/jsonInput';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import { isObject, sameJson } from './json';

/** Every row of a list. */
export const EVERY_ROW = '*';
/** The last row of a list (source pointers only). */
export const LAST_ROW = '$last';
/** A new row at the end of a list (target pointers of apply mappings only). */
export const NEW_ROW = '-';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A row position token. */
export const isIndex = (token: string): boolean => /^(0|[1-9][0-9]*)$/.test(token);

/** Splits a mapping pointer into tokens. Throws a plain message when it is not a usable pointer. */
export function parsePattern(pattern: string): string[] {
  if (typeof pattern !== 'string' || !pattern.startsWith('/')) {
    throw new Error(`${describeValue(pattern)} is not a JSON pointer: it must start with "/".`);
  }
  const tokens = parsePointer(pattern);
  const bad = tokens.find((t) => FORBIDDEN.has(t));
  if (bad) throw new Error(`"${pattern}" reaches "${bad}", which no pointer may name.`);
  return tokens;
}

/** One place a source pointer matched. */
export interface PatternMatch {
  /** The concrete tokens of the place (same length as the pattern). */
  tokens: string[];
  /** The row position bound to each `*`, in order. */
  rows: number[];
  value: unknown;
}

const whereHolds = (row: unknown, where: Record<string, unknown[]>) =>
  Object.entries(where).every(([pointer, allowed]) => {
    const value = getAtPointer(row, parsePointer(pointer));
    return allowed.some((a) => sameJson(a, value));
  });

/** Every place in `data` a pattern matches, in document order. `where` filters the first `*`'s rows. */
export function expandPattern(
  data: unknown,
  pattern: readonly string[],
  where?: Record<string, unknown[]>,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  const visit = (value: unknown, i: number, tokens: string[], rows: number[]) => {
    if (value === undefined) return;
    if (i === pattern.length) {
      out.push({ tokens, rows, value });
      return;
    }
    const token = pattern[i] as string;
    if (token === EVERY_ROW) {
      if (!Array.isArray(value)) return;
      value.forEach((row, index) => {
        if (rows.length === 0 && where && !whereHolds(row, where)) return;
        visit(row, i + 1, [...tokens, String(index)], [...rows, index]);
      });
    } else if (token === LAST_ROW) {
      if (Array.isArray(value) && value.length > 0) {
        visit(value[value.length - 1], i + 1, [...tokens, String(value.length - 1)], rows);
      }
    } else if (Array.isArray(value)) {
      if (isIndex(token)) visit(value[Number(token)], i + 1, [...tokens, token], rows);
    } else if (isObject(value) && Object.hasOwn(value, token) && !FORBIDDEN.has(token)) {
      visit(value[token], i + 1, [...tokens, token], rows);
    }
  };
  visit(data, 0, [], []);
  return out;
}

/** How many `*` a pattern holds. */
export const rowWildcards = (pattern: readonly string[]): number => pattern.filter((t) => t === EVERY_ROW).length;
