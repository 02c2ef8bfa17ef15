import { type FormId, forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyExtras, arbitraryFromSchema, leaves } from '../testing/arbitraryDocument';
import { fuzzParameters } from '../testing/hostileJson';
import { EVERY_ITEM, pointerTokens as parse, tokensPointer } from './documentPaths';
import { formVersions } from './formVersions';
import type { Migration, PreservedValue } from './Migration';
import { migrateEnvelopeSync } from './migrateEnvelope';

/**
 * Every migration the published forms ship, found from the definitions: at least 10,000 generated
 * documents each for a migration with operations, 2,000 for one that only raises the version (more
 * with FUZZ_RUNS), with agency fields and own `__proto__`, `constructor` and
 * `prototype` keys in places no schema declares. Each answer must be at the place the migration's
 * operations send it, or in `preserved` under its own pointer.
 */
const shipped = (Object.keys(forms) as FormId[]).flatMap((id) => {
  const versions = formVersions(forms[id]);
  return versions.migrations.map((migration) => ({ id, versions, migration }));
});

const parsed = new Map<string, string[]>();
/** A pointer's tokens, parsed once (the test reads the same few pointers for every leaf). */
function pointerTokens(pointer: string): string[] {
  let tokens = parsed.get(pointer);
  if (!tokens) {
    tokens = parse(pointer);
    parsed.set(pointer, tokens);
  }
  return tokens;
}

/** Where the operations send a leaf: its pointer tokens after each rename or move, in order. */
function mappedPath(migration: Migration, path: readonly string[]): string[] {
  let current = [...path];
  for (const op of migration.operations) {
    if (op.op !== 'rename' && op.op !== 'move') continue;
    const from = pointerTokens(op.from);
    if (current.length < from.length) continue;
    const bindings: string[] = [];
    const matches = from.every((t, i) => {
      if (t !== EVERY_ITEM) return t === current[i];
      bindings.push(current[i] as string);
      return /^\d+$/.test(current[i] as string);
    });
    if (!matches) continue;
    let next = 0;
    const to = pointerTokens(op.to).map((t) => (t === EVERY_ITEM ? (bindings[next++] as string) : t));
    current = [...to, ...current.slice(from.length)];
  }
  return current;
}

/** The split (or other reshaping operation) whose source is this leaf's place, if any. */
function reshapedBy(migration: Migration, path: readonly string[]) {
  return migration.operations.find((op) => {
    if (op.op === 'rename' || op.op === 'move' || op.op === 'setDefault' || op.op === 'code') return false;
    const sources =
      op.op === 'merge'
        ? Array.isArray(op.from)
          ? op.from
          : Object.values(op.from)
        : [op.op === 'remapOptions' ? op.at : op.from];
    return sources.some((source) => {
      const tokens = pointerTokens(source);
      return (
        tokens.length <= path.length &&
        tokens.every((t, i) => t === path[i] || (t === EVERY_ITEM && /^\d+$/.test(path[i] ?? '')))
      );
    });
  });
}

/**
 * Whether a remapped choice's answer is where the operation sends it: its new code at its mapped place
 * (in the list, for a multi-select), its old code kept when the map leaves it, or the answer in
 * `preserved` when the map gives it no equivalent.
 */
function remapAccountsFor(
  op: Extract<Migration['operations'][number], { op: 'remapOptions' }>,
  tokens: readonly string[],
  mapped: readonly string[],
  value: unknown,
  data: unknown,
  preserved: readonly PreservedValue[],
): boolean {
  const listed = typeof value === 'string' && Object.hasOwn(op.map, value);
  const code = listed
    ? op.map[value as string]
    : op.unmapped === 'preserve' && typeof value === 'string'
      ? null
      : value;
  const item = tokens.length === pointerTokens(op.at).length + 1;
  const written = ownAt(data, item ? mapped.slice(0, -1) : mapped);
  const found = item ? Array.isArray(written) && written.some((w) => sameJson(w, code)) : sameJson(written, code);
  if (code !== null && code !== undefined && found) return true;
  return inPreserved(preserved, [[...tokens], [...mapped]], value);
}

/** The value at tokens, reading own members only (a prototype that took a value shows as missing). */
function ownAt(value: unknown, tokens: readonly string[]): unknown {
  let current = value;
  for (const t of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, t)) return undefined;
    current = (current as Record<string, unknown>)[t];
  }
  return current;
}

/** Objects in the output whose prototype is not the plain one: a `__proto__` key that became a prototype. */
function injectedPrototypes(value: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node) && Object.getPrototypeOf(node) !== Object.prototype) found.push(at);
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
  };
  walk(value, '');
  return found;
}

/** Whether `preserved` holds the leaf under its pointer (or under an enclosing group's pointer). */
function inPreserved(preserved: readonly PreservedValue[], pointers: string[][], value: unknown): boolean {
  return preserved.some((p) =>
    pointers.some((tokens) => {
      const from = pointerTokens(p.from);
      if (from.length > tokens.length || !from.every((t, i) => t === tokens[i])) return false;
      return (
        Object.is(ownAt(p.value, tokens.slice(from.length)), value) ||
        sameJson(ownAt(p.value, tokens.slice(from.length)), value)
      );
    }),
  );
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the text is exactly its split parts in order, each after one of its headings (the first
 * part's heading optional), with only spaces and colons besides: nothing of the answer went missing.
 */
function splitAccountsFor(text: string, parts: readonly string[], headings: readonly (readonly string[])[]): boolean {
  const spaces = (at: number) => {
    let i = at;
    while (i < text.length && text.charAt(i).trim() === '') i++;
    return i;
  };
  const heading = (at: number, list: readonly string[]): number => {
    for (const h of list) {
      if (text.slice(at, at + h.length).toLowerCase() !== h.toLowerCase()) continue;
      const colon = spaces(at + h.length);
      if (text.charAt(colon) === ':') return spaces(colon + 1);
    }
    return -1;
  };
  /** Reads the parts from `start`, each after its heading (the first part's heading already read or absent). */
  const partsFrom = (start: number): boolean => {
    let at = start;
    for (const [i, part] of parts.entries()) {
      if (i > 0) {
        at = heading(at, headings[i] ?? []);
        if (at < 0) return false;
      }
      if (!text.startsWith(part, at)) return false;
      at = spaces(at + part.length);
    }
    return at === text.length;
  };
  const start = spaces(0);
  const afterFirst = heading(start, headings[0] ?? []);
  return (afterFirst >= 0 && partsFrom(afterFirst)) || partsFrom(start);
}

/** Answers for each split's source written the way social workers do: text with the split's headings. */
function splitSources(migration: Migration): Map<string, fc.Arbitrary<unknown>> {
  const sources = new Map<string, fc.Arbitrary<unknown>>();
  for (const op of migration.operations) {
    if (op.op !== 'split' || !('headings' in op)) continue;
    const written = Object.values(op.headings)
      .flat()
      .flatMap((h) => [`${h}:`, `${h.toUpperCase()} :`, `${h.toLowerCase()}:\n`]);
    const words = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'ab XY.,:\n'.split('')) });
    const answer = fc
      .tuple(
        fc.array(fc.oneof(words, fc.constantFrom(...written)), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '', '\n'),
      )
      .map(([pieces, between]) => pieces.join(between));
    sources.set(op.from, fc.oneof(answer, words));
  }
  return sources;
}

describe.each(shipped)('the $id migration $migration.name over generated documents', ({ id, versions, migration }) => {
  const oldSchema = versions.schemas.get(migration.from) as Record<string, unknown>;
  const documents = arbitraryFromSchema(oldSchema, splitSources(migration), agencyExtras);

  it('puts every answer at its mapped place or in "preserved" under its pointer; no prototype is injected', () => {
    fc.assert(
      fc.property(documents, (data) => {
        const { document, preserved } = migrateEnvelopeSync(
          { form: id, version: migration.from, data },
          versions,
          migration.to,
        );
        const lost: string[] = [];
        for (const [tokens, value] of leaves(data)) {
          if (value === '') continue;
          const pointer = tokensPointer(tokens);
          const mapped = mappedPath(migration, tokens);
          const reshaping = reshapedBy(migration, tokens);
          if (reshaping?.op === 'split' && 'headings' in reshaping && typeof value === 'string') {
            if (inPreserved(preserved, [tokens, mapped], value)) continue;
            const bound = (target: string) =>
              pointerTokens(target).map((t, i) => (t === EVERY_ITEM ? (tokens[i] as string) : t));
            const parts = Object.keys(reshaping.headings).map((part) => {
              const written = ownAt(document.data, bound(reshaping.to[part] as string));
              return typeof written === 'string' ? written : '';
            });
            if (!splitAccountsFor(value, parts, Object.values(reshaping.headings))) lost.push(`${pointer} (split)`);
            continue;
          }
          if (reshaping?.op === 'remapOptions') {
            if (!remapAccountsFor(reshaping, tokens, mapped, value, document.data, preserved)) {
              lost.push(`${pointer} (options)`);
            }
            continue;
          }
          if (reshaping?.op === 'preserve') {
            // A question no longer asked: its answer leaves the data and is kept aside under its pointer.
            if (ownAt(document.data, tokens) !== undefined || !inPreserved(preserved, [tokens], value)) {
              lost.push(`${pointer} (preserved)`);
            }
            continue;
          }
          if (reshaping)
            throw new Error(`This test does not yet follow "${reshaping.op}" operations: teach mappedPath about it.`);
          if (sameJson(ownAt(document.data, mapped), value)) continue;
          if (!inPreserved(preserved, [tokens, mapped], value)) lost.push(pointer);
        }
        expect(lost).toEqual([]);
        expect(injectedPrototypes(document.data)).toEqual([]);
        expect(injectedPrototypes(preserved)).toEqual([]);
      }),
      fuzzParameters(migration.operations.length > 0 ? 10_000 : 2_000),
    );
  }, 300_000);
});
