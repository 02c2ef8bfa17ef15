/** Escapes one reference token of a JSON pointer (RFC 6901). */
export const escapePointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Splits a JSON pointer (`/a/b` or `#/a/b`) into unescaped tokens. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  if (!body.startsWith('/')) throw new Error(`"${pointer}" is not a JSON pointer: it must start with "/" or "#/".`);
  return body
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from tokens. */
export const toPointer = (tokens: readonly string[]): string => tokens.map((t) => `/${escapePointerToken(t)}`).join('');

const isForbidden = (token: string) => token === '__proto__' || token === 'constructor' || token === 'prototype';

/** The value a pointer names, or `undefined`. Never walks into prototype properties. */
export function getAtPointer(value: unknown, pointer: string | readonly string[]): unknown {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let current: unknown = value;
  for (const token of tokens) {
    if (isForbidden(token) || current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
