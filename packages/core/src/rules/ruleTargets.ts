import { escapePointerToken, parsePointer } from '../definition/jsonPointer';
import { ANY_ITEM } from '../definition/schemaFields';
import { isForbiddenToken } from './logicPath';

/** One place a rule is evaluated for: a concrete data pointer, and the array item it sits in, if any. */
export interface TargetInstance {
  /** The data pointer, array positions filled in: `/supportItems/2/signOff`. */
  pointer: string;
  tokens: string[];
  /** For a target with `*`: the innermost array item, its position, and the item's own path. */
  row?: { item: unknown; index: number; tokens: string[] };
}

/** Reads a target pointer into tokens; undefined when it is not a data pointer a rule may target. */
export function targetTokens(target: unknown): string[] | undefined {
  if (typeof target !== 'string' || !target.startsWith('/')) return undefined;
  const tokens = parsePointer(target);
  return tokens.some((t) => isForbiddenToken(t) || t === '') ? undefined : tokens;
}

/** True when a target names array items with `*`. */
export const hasRows = (tokens: readonly string[]): boolean => tokens.includes(ANY_ITEM);

/** The tokens up to and including the last `*`: the path of a row. */
export const rowPrefix = (tokens: readonly string[]): string[] => tokens.slice(0, tokens.lastIndexOf(ANY_ITEM) + 1);

const own = (value: unknown, token: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, token)
    ? (value as Record<string, unknown>)[token]
    : undefined;

/**
 * The places a target names in the data. A target without `*` names one place, whether or not the
 * data has it; each `*` names every item of the array found there (none when there is no array).
 */
export function expandTarget(tokens: readonly string[], data: unknown): TargetInstance[] {
  const found: TargetInstance[] = [];
  const walk = (i: number, value: unknown, path: string[], row: TargetInstance['row'] | undefined): void => {
    if (i === tokens.length) {
      found.push({ pointer: path.map((t) => `/${escapePointerToken(t)}`).join(''), tokens: path, row });
      return;
    }
    const token = tokens[i] as string;
    if (token !== ANY_ITEM) {
      walk(i + 1, own(value, token), [...path, token], row);
      return;
    }
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      const itemPath = [...path, String(index)];
      walk(i + 1, item, itemPath, { item, index, tokens: itemPath });
    });
  };
  walk(0, data, [], undefined);
  return found;
}
