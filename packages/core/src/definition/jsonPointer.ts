import { KitInputError } from '../errors';

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export const escapePointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

const fixPointer = 'Write a JSON pointer such as "/supportItems/0/status" (or "" for the whole document).';

/** Splits a JSON pointer (`/a/b` or `#/a/b`) into unescaped tokens; throws a KitInputError for anything else. */
export function parsePointer(pointer: string): string[] {
  if (typeof pointer !== 'string') {
    throw new KitInputError({
      function: 'parsePointer',
      pointer: '',
      problem: `Expected a JSON pointer (text), got ${Array.isArray(pointer) ? 'a list' : pointer === null ? 'null' : typeof pointer}.`,
      fix: fixPointer,
    });
  }
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  if (!body.startsWith('/')) {
    throw new KitInputError({
      function: 'parsePointer',
      pointer: '',
      problem: `${pointer.length > 40 ? `A text of ${pointer.length} characters` : `"${pointer}"`} is not a JSON pointer: it must start with "/" or "#/".`,
      fix: fixPointer,
    });
  }
  return body
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Throws a KitInputError unless `tokens` is a list of texts. */
function assertTokens(name: string, tokens: unknown): asserts tokens is readonly string[] {
  const bad = Array.isArray(tokens) ? tokens.findIndex((t) => typeof t !== 'string') : -2;
  if (bad === -1) return;
  throw new KitInputError({
    function: name,
    pointer: bad >= 0 ? `/${bad}` : '',
    problem: bad >= 0 ? 'Each token must be text.' : 'Expected a list of tokens.',
    fix: 'Pass the path as a list of keys, e.g. ["supportItems", "0", "status"].',
  });
}

/** Builds a JSON pointer from tokens. */
export const toPointer = (tokens: readonly string[]): string => {
  assertTokens('toPointer', tokens);
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('');
};

const isForbidden = (token: string) => token === '__proto__' || token === 'constructor' || token === 'prototype';

/** The value a pointer names, or `undefined`. Never walks into prototype properties. */
export function getAtPointer(value: unknown, pointer: string | readonly string[]): unknown {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  assertTokens('getAtPointer', tokens);
  let current: unknown = value;
  for (const token of tokens) {
    if (isForbidden(token) || current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
