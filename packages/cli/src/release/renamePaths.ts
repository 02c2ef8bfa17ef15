import { ANY_ITEM, KitInputError, parsePointer } from '@adoption-support/core';
import { isJsonObject } from '../definition';

/** A field's move: its data path before and after (`*` for every row of a list). */
export interface FieldMove {
  from: readonly string[];
  to: readonly string[];
}

const ROW_TOKEN = /^(\*|-|\d+)$/;
const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** `/a/b`, `a.b` or `#/properties/a/properties/b` as a data path. */
export function fieldPath(given: string, fn = 'fieldPath'): string[] {
  const text = given.trim();
  const tokens = text.startsWith('/') ? parsePointer(text) : text.split('.').filter((t) => t !== '');
  if (tokens.length === 0 || tokens.some((t) => t === '' || t === '__proto__')) {
    throw new KitInputError({
      function: fn,
      pointer: '',
      problem: `"${given}" is not a field's place in the data.`,
      fix: 'Write it as a JSON pointer such as /child/dateOfBirth, or with dots: child.dateOfBirth.',
    });
  }
  return tokens;
}

/** The tokens with the moved prefix replaced, when they start with it (row tokens keep their own). */
function movedTokens(tokens: readonly string[], move: FieldMove): string[] | undefined {
  if (tokens.length < move.from.length) return undefined;
  for (const [i, expected] of move.from.entries()) {
    const token = tokens[i] as string;
    if (expected === ANY_ITEM ? !ROW_TOKEN.test(token) : token !== expected) return undefined;
  }
  const rows = tokens.filter((_t, i) => i < move.from.length && move.from[i] === ANY_ITEM);
  const head = move.to.map((t) => (t === ANY_ITEM ? (rows.shift() ?? ANY_ITEM) : t));
  return [...head, ...tokens.slice(move.from.length)];
}

/** A JSON pointer after the move, or undefined when the move does not touch it. */
export function movePointer(pointer: string, move: FieldMove): string | undefined {
  if (!pointer.startsWith('/')) return undefined;
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return undefined;
  }
  const moved = movedTokens(tokens, move);
  return moved ? `/${moved.map(escapeToken).join('/')}` : undefined;
}

/** A rule's `var` path (`data.a.b`, `derived.a.b`) after the move, or undefined when untouched. */
export function moveVar(path: string, move: FieldMove): string | undefined {
  const match = /^(data|derived)\.(.+)$/.exec(path);
  if (!match) return undefined;
  const moved = movedTokens((match[2] as string).split('.'), move);
  return moved ? `${match[1]}.${moved.join('.')}` : undefined;
}

/** A dotted i18n key (`child.name.label`) after the move, or undefined when untouched. */
export function moveI18nKey(key: string, move: FieldMove): string | undefined {
  const from = move.from.filter((t) => t !== ANY_ITEM);
  const to = move.to.filter((t) => t !== ANY_ITEM);
  const prefix = `${from.join('.')}.`;
  return key.startsWith(prefix) ? `${to.join('.')}.${key.slice(prefix.length)}` : undefined;
}

/**
 * Rewrites, in place, every string and object key of `value` that `rewrite` changes. Iterative;
 * keys keep their order and own `__proto__` keys stay own data. Returns how many it changed.
 */
export function rewriteStrings(value: unknown, rewrite: (text: string) => string | undefined): number {
  let changed = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'string') {
          const next = rewrite(item);
          if (next !== undefined && next !== item) {
            node[i] = next;
            changed += 1;
          }
        } else stack.push(item);
      });
    } else if (isJsonObject(node)) {
      const entries = Object.entries(node);
      const keysChange = entries.some(([k]) => (rewrite(k) ?? k) !== k);
      if (keysChange) for (const [k] of entries) delete node[k];
      for (const [k, v] of entries) {
        const key = keysChange ? (rewrite(k) ?? k) : k;
        if (key !== k) changed += 1;
        let next = v;
        if (typeof v === 'string') {
          const moved = rewrite(v);
          if (moved !== undefined && moved !== v) {
            next = moved;
            changed += 1;
          }
        } else stack.push(v);
        if (keysChange || next !== v)
          Object.defineProperty(node, key, { value: next, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return changed;
}

/** Pointers and rule var paths in a value, moved. */
export const movePointersAndVars = (value: unknown, move: FieldMove): number =>
  rewriteStrings(value, (text) => movePointer(text, move) ?? moveVar(text, move));

/**
 * Moves an answer inside document data (an example's `data`, a rule case's `given`), through every row
 * of the lists on the way. Returns how many answers moved.
 */
export function moveAnswer(data: unknown, move: FieldMove): number {
  let moved = 0;
  const common = move.from.findIndex((t, i) => t !== move.to[i]);
  const split = common < 0 ? move.from.length - 1 : common;
  const walk = (node: unknown, depth: number) => {
    if (depth > 100) return;
    if (depth === split) {
      const fromRest = move.from.slice(split);
      const toRest = move.to.slice(split);
      if (fromRest.includes(ANY_ITEM) || toRest.includes(ANY_ITEM) || !isJsonObject(node)) return;
      const value = take(node, fromRest);
      if (value === undefined) return;
      put(node, toRest, value);
      moved += 1;
      return;
    }
    const token = move.from[depth] as string;
    if (token === ANY_ITEM) {
      if (Array.isArray(node)) for (const row of node) walk(row, depth + 1);
    } else if (isJsonObject(node) && Object.hasOwn(node, token)) walk(node[token], depth + 1);
  };
  walk(data, 0);
  return moved;
}

function take(node: Record<string, unknown>, path: readonly string[]): unknown {
  let here: unknown = node;
  for (const token of path.slice(0, -1)) {
    if (!isJsonObject(here) || !Object.hasOwn(here, token)) return undefined;
    here = here[token];
  }
  const last = path.at(-1) as string;
  if (!isJsonObject(here) || !Object.hasOwn(here, last)) return undefined;
  const value = here[last];
  delete here[last];
  return value;
}

function put(node: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let here: Record<string, unknown> = node;
  for (const token of path.slice(0, -1)) {
    if (!isJsonObject(here[token]))
      Object.defineProperty(here, token, { value: {}, enumerable: true, writable: true, configurable: true });
    here = here[token] as Record<string, unknown>;
  }
  Object.defineProperty(here, path.at(-1) as string, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Moves the `row.` var paths of a rule whose target runs once per row of a list (`/list/*\/field`):
 * `row.x` names the data path `/list/*\/x`. Call it before the rule's target itself is moved.
 * Returns how many paths changed.
 */
export function moveRowVars(rule: unknown, move: FieldMove): number {
  if (!isJsonObject(rule) || typeof rule.target !== 'string') return 0;
  let tokens: string[];
  try {
    tokens = parsePointer(rule.target);
  } catch {
    return 0;
  }
  const star = tokens.indexOf(ANY_ITEM);
  if (star < 0) return 0;
  const base = tokens.slice(0, star + 1);
  const movedBase = movedTokens(base, move) ?? base;
  return rewriteStrings(rule, (text) => {
    if (!text.startsWith('row.')) return undefined;
    const moved = movedTokens([...base, ...text.slice(4).split('.')], move);
    if (!moved || movedBase.some((t, i) => moved[i] !== t)) return undefined;
    return `row.${moved.slice(movedBase.length).join('.')}`;
  });
}
