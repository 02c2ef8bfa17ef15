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

const escaped = new WeakMap<readonly string[], string[]>();
/** `/token` for each token, escaped once per target. */
function escapedParts(tokens: readonly string[]): string[] {
  let parts = escaped.get(tokens);
  if (parts === undefined) {
    parts = tokens.map((t) => `/${escapePointerToken(t)}`);
    escaped.set(tokens, parts);
  }
  return parts;
}

/**
 * The places a target names in the data. A target without `*` names one place, whether or not the
 * data has it; each `*` names every item of the array found there (none when there is no array).
 */
export function expandTarget(tokens: readonly string[], data: unknown): TargetInstance[] {
  const found: TargetInstance[] = [];
  const parts = escapedParts(tokens);
  const walk = (from: number, start: unknown, path: string[], pointer: string, row: TargetInstance['row']): void => {
    let value = start;
    let at = pointer;
    let i = from;
    for (; i < tokens.length && tokens[i] !== ANY_ITEM; i++) {
      value = own(value, tokens[i] as string);
      path.push(tokens[i] as string);
      at += parts[i];
    }
    if (i === tokens.length) {
      found.push({ pointer: at, tokens: path, row });
      return;
    }
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      if (!Object.hasOwn(value, index)) continue; // a hole in a sparse list, as forEach skips it
      const item: unknown = value[index];
      const itemPath = [...path, String(index)];
      walk(i + 1, item, itemPath, `${at}/${index}`, { item, index, tokens: [...itemPath] });
    }
  };
  walk(0, data, [], '', undefined);
  return found;
}
