import { KitInputError } from '@adoption-support/core';
import { needObject, needShallow, needText } from '../inputGuards';

/** A 1-based line and column in a text file, as editors count them. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Where one value of a JSON document sits: the value itself, and its member name when it has one. */
export interface ValuePosition {
  value: SourcePosition;
  key?: SourcePosition;
}

/** Escapes one JSON pointer token (RFC 6901). */
const escapeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Maps every JSON pointer of a JSON text to its line and column, by scanning the text once. The text
 * must be valid JSON (parse it first: syntax errors carry their own line:column).
 */
export function jsonPositions(text: string): Map<string, ValuePosition> {
  const site = { function: 'jsonPositions', argument: 'text' };
  needText(site, text, 'Pass the text of a JSON file.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KitInputError({
      ...site,
      pointer: '',
      problem: `The text is not JSON (${error instanceof Error ? error.message : 'it cannot be read'}).`,
      fix: 'Parse the file first and report its syntax error; pass only text that parses.',
    });
  }
  // The scan below follows the nesting, so it is only given what the kit can nest.
  needShallow(site, parsed);
  const positions = new Map<string, ValuePosition>();
  let offset = 0;
  let line = 1;
  let column = 1;
  const here = (): SourcePosition => ({ line, column });
  const advance = (count: number) => {
    for (let i = 0; i < count; i += 1) {
      if (text[offset] === '\n') {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
      offset += 1;
    }
  };
  const skipSpace = () => {
    while (offset < text.length && /\s/.test(text[offset] ?? '')) advance(1);
  };
  const readString = (): string => {
    const start = offset;
    advance(1);
    while (offset < text.length && text[offset] !== '"') advance(text[offset] === '\\' ? 2 : 1);
    advance(1);
    return JSON.parse(text.slice(start, offset)) as string;
  };
  const readValue = (pointer: string, key?: SourcePosition) => {
    skipSpace();
    positions.set(pointer, key ? { value: here(), key } : { value: here() });
    const char = text[offset];
    if (char === '{') {
      advance(1);
      skipSpace();
      while (text[offset] !== '}' && offset < text.length) {
        const keyAt = here();
        const name = readString();
        skipSpace();
        advance(1); // the colon
        readValue(`${pointer}/${escapeToken(name)}`, keyAt);
        skipSpace();
        if (text[offset] === ',') advance(1);
        skipSpace();
      }
      advance(1);
    } else if (char === '[') {
      advance(1);
      skipSpace();
      let index = 0;
      while (text[offset] !== ']' && offset < text.length) {
        readValue(`${pointer}/${index}`);
        index += 1;
        skipSpace();
        if (text[offset] === ',') advance(1);
        skipSpace();
      }
      advance(1);
    } else if (char === '"') {
      readString();
    } else {
      while (offset < text.length && !/[\s,\]}]/.test(text[offset] ?? '')) advance(1);
    }
  };
  // A byte-order mark is not JSON, but editors on Windows write one; JSON.parse rejects it anyway.
  readValue('');
  return positions;
}

/**
 * The position of the value a pointer names, or of its nearest enclosing value when the pointer names
 * something missing (a key a locale file lacks). `exact` says which.
 */
export function positionOf(
  positions: ReadonlyMap<string, ValuePosition>,
  pointer: string,
): { position: SourcePosition; exact: boolean } | undefined {
  if (!(positions instanceof Map)) {
    needObject({ function: 'positionOf', argument: 'positions' }, null, 'Pass the map jsonPositions(text) returned.');
  }
  let current = needText(
    { function: 'positionOf', argument: 'pointer' },
    pointer,
    'Pass a JSON pointer, e.g. "/child".',
  );
  for (;;) {
    const found = positions.get(current);
    if (found) return { position: found.key ?? found.value, exact: current === pointer };
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
