import { escapePointerToken } from '../definition/jsonPointer';

/** The token in a migration pointer that stands for every item of a list. */
export const EVERY_ITEM = '*';

type JsonObject = Record<string, unknown>;

/** One concrete place in a document that a migration pointer (possibly with `*`) matched. */
export interface MatchedPlace {
  /** The concrete tokens, with list positions in place of `*`. */
  tokens: string[];
  /** The list positions that stood for each `*`, in order. */
  bindings: string[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^(?:0|[1-9]\d*)$/;

/** True for a plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Splits a JSON pointer into unescaped tokens. Throws a plain Error on text that is not a pointer. */
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
  tokens.map((t) => `/${escapePointerToken(t)}`).join('');

/** True when a pointer token could reach an object's prototype. */
export const isForbiddenToken = (token: string): boolean => FORBIDDEN.has(token);

/** Sets an own, enumerable member: a key `__proto__` stays data and never becomes the prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The child of a list or object at one token, or undefined. Never reads inherited properties. */
function childAt(current: unknown, token: string): unknown {
  if (Array.isArray(current)) return INDEX.test(token) ? current[Number(token)] : undefined;
  if (isJsonObject(current) && Object.hasOwn(current, token)) return current[token];
  return undefined;
}

/** The value at concrete tokens, or undefined. Never reads inherited properties. */
export function valueAt(document: unknown, tokens: readonly string[]): unknown {
  let current = document;
  for (const token of tokens) {
    if (current === undefined) return undefined;
    current = childAt(current, token);
  }
  return current;
}

/** Every place in the document a pointer matches, `*` standing for each item of a list, in document order. */
export function matchPlaces(document: unknown, tokens: readonly string[]): MatchedPlace[] {
  const places: MatchedPlace[] = [];
  const stack: { value: unknown; path: string[]; bindings: string[] }[] = [{ value: document, path: [], bindings: [] }];
  while (stack.length > 0) {
    const { value, path, bindings } = stack.pop() as (typeof stack)[number];
    const index = path.length;
    if (index === tokens.length) {
      places.push({ tokens: path, bindings });
      continue;
    }
    const token = tokens[index] as string;
    if (token === EVERY_ITEM) {
      if (!Array.isArray(value)) continue;
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: [...path, String(i)], bindings: [...bindings, String(i)] });
      }
      continue;
    }
    if (isForbiddenToken(token)) continue;
    const child = childAt(value, token);
    if (child !== undefined) stack.push({ value: child, path: [...path, token], bindings });
  }
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
 * empty, and every enclosing value is an object (or missing, and would be created). A list takes a
 * new item only at its end.
 */
export function canWrite(document: unknown, tokens: readonly string[]): WriteBlock | undefined {
  let current = document;
  for (const [i, token] of tokens.entries()) {
    if (isForbiddenToken(token) || token === EVERY_ITEM) return 'not-an-object';
    const last = i === tokens.length - 1;
    if (Array.isArray(current)) {
      if (!INDEX.test(token) || Number(token) > current.length) return 'not-an-object';
      if (Number(token) === current.length) return last ? undefined : 'not-an-object';
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
    if (!isJsonObject(current) && !Array.isArray(current)) return;
    if (last) {
      setOwn(current, token, value);
      return;
    }
    let next = childAt(current, token);
    if (next === undefined) {
      next = {};
      setOwn(current, token, next);
    }
    current = next;
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
      setOwn(parent, name, value);
      continue;
    }
    for (const [i, entry] of entries.entries()) setOwn(parent, names[i] as string, entry[1]);
  }
  return true;
}
