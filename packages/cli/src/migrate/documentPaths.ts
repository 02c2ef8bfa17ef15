import { isJsonObject, type JsonObject } from '../definition';

/** The token in a migration pointer that stands for every item of a list. */
export const EVERY_ITEM = '*';

/** One concrete place in a document that a migration pointer (possibly with `*`) matched. */
export interface MatchedPlace {
  /** The concrete tokens, with list positions in place of `*`. */
  tokens: string[];
  /** The list positions that stood for each `*`, in order. */
  bindings: string[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits a JSON pointer into unescaped tokens. Throws on text that is not a pointer. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON pointer: it must start with "/".`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins tokens into a JSON pointer. */
export const tokensPointer = (tokens: readonly string[]): string =>
  tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** True when a pointer token could reach an object's prototype. */
export const isForbiddenToken = (token: string): boolean => FORBIDDEN.has(token);

/** The value at concrete tokens, or undefined. Never reads inherited properties. */
export function valueAt(document: unknown, tokens: readonly string[]): unknown {
  let current = document;
  for (const token of tokens) {
    if (isForbiddenToken(token)) return undefined;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (isJsonObject(current)) {
      if (!Object.hasOwn(current, token)) return undefined;
      current = current[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * Every place in the document a pointer matches, `*` standing for each item of a list. Places whose
 * value is missing are left out, except that the last token may be missing when `includeMissingLeaf`
 * is set (to find where a value could go).
 */
export function matchPlaces(document: unknown, tokens: readonly string[], includeMissingLeaf = false): MatchedPlace[] {
  const places: MatchedPlace[] = [];
  const visit = (current: unknown, index: number, path: string[], bindings: string[]) => {
    if (index === tokens.length) {
      places.push({ tokens: path, bindings });
      return;
    }
    const token = tokens[index] as string;
    if (token === EVERY_ITEM) {
      if (!Array.isArray(current)) return;
      current.forEach((item, i) => {
        visit(item, index + 1, [...path, String(i)], [...bindings, String(i)]);
      });
      return;
    }
    if (isForbiddenToken(token)) return;
    const last = index === tokens.length - 1;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(token) || Number(token) >= current.length) return;
      visit(current[Number(token)], index + 1, [...path, token], bindings);
    } else if (isJsonObject(current)) {
      if (!Object.hasOwn(current, token)) {
        if (last && includeMissingLeaf) places.push({ tokens: [...path, token], bindings });
        return;
      }
      visit(current[token], index + 1, [...path, token], bindings);
    }
  };
  visit(document, 0, [], []);
  return places;
}

/** Puts list positions in place of each `*` of a pointer, in order. Extra `*`s stay as they are. */
export function bindTokens(tokens: readonly string[], bindings: readonly string[]): string[] {
  let next = 0;
  return tokens.map((t) => {
    if (t !== EVERY_ITEM || next >= bindings.length) return t;
    const bound = bindings[next] as string;
    next += 1;
    return bound;
  });
}

/** Why a value could not be written. */
export type WriteBlock = 'occupied' | 'not-an-object';

/**
 * Whether a value could be written at concrete tokens without overwriting anything: the place is
 * empty, and every enclosing value is an object (or missing, and would be created).
 */
export function canWrite(document: unknown, tokens: readonly string[]): WriteBlock | undefined {
  let current = document;
  for (const [i, token] of tokens.entries()) {
    if (isForbiddenToken(token)) return 'not-an-object';
    const last = i === tokens.length - 1;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(token)) return 'not-an-object';
      if (Number(token) >= current.length) return last ? undefined : 'not-an-object';
      if (last) return 'occupied';
      current = current[Number(token)];
      continue;
    }
    if (!isJsonObject(current)) return 'not-an-object';
    if (!Object.hasOwn(current, token)) return undefined;
    if (last) return 'occupied';
    current = current[token];
  }
  return 'occupied';
}

/** Writes a value at concrete tokens, creating enclosing objects. Call {@link canWrite} first. */
export function writeAt(document: JsonObject, tokens: readonly string[], value: unknown): void {
  let current: unknown = document;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    if (Array.isArray(current)) {
      if (last) current[Number(token)] = value;
      else current = current[Number(token)];
      continue;
    }
    const object = current as JsonObject;
    if (last) {
      object[token] = value;
    } else {
      if (!Object.hasOwn(object, token)) object[token] = {};
      current = object[token];
    }
  }
}

/** Removes the member at concrete tokens (list items are never removed: positions matter). */
export function removeAt(document: unknown, tokens: readonly string[]): void {
  const parent = valueAt(document, tokens.slice(0, -1));
  const last = tokens.at(-1);
  if (last !== undefined && isJsonObject(parent) && Object.hasOwn(parent, last)) delete parent[last];
}

/**
 * Replaces the member at concrete tokens with new members of the same object, in its place, so a
 * renamed or split answer keeps its position among its neighbours. Returns false (changing nothing)
 * when a new member would land elsewhere or is already taken.
 */
export function replaceInPlace(
  document: unknown,
  from: readonly string[],
  entries: readonly [string[], unknown][],
): boolean {
  const parentTokens = from.slice(0, -1);
  const parent = valueAt(document, parentTokens);
  const key = from.at(-1);
  if (!isJsonObject(parent) || key === undefined || !Object.hasOwn(parent, key)) return false;
  const sameParent = entries.every(
    ([tokens]) => tokens.length === from.length && parentTokens.every((t, i) => tokens[i] === t),
  );
  if (!sameParent) return false;
  const names = entries.map(([tokens]) => tokens.at(-1) as string);
  if (names.some((name) => isForbiddenToken(name) || (name !== key && Object.hasOwn(parent, name)))) return false;
  const members = Object.entries(parent);
  for (const [name] of members) delete parent[name];
  for (const [name, value] of members) {
    if (name !== key) {
      parent[name] = value;
      continue;
    }
    for (const [i, entry] of entries.entries()) parent[names[i] as string] = entry[1];
  }
  return true;
}
