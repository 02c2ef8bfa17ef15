import fc from 'fast-check';
import { expect } from 'vitest';
import { KitError } from '../errors';

/**
 * Hostile JSON for property tests of public functions: what an untrusted client, a corrupted file
 * or a careless caller can hand the kit. Every value here is what `JSON.parse` can produce, so own
 * `__proto__` keys are real own keys, never prototypes.
 */

/** The seed every property test of the suite uses; `FUZZ_RUNS` raises the number of runs. */
export const FUZZ_SEED = 20261206;

/** Runs per property: 1,000 by default (the suite's floor), more with `FUZZ_RUNS=n`. */
export function fuzzRuns(floor = 1000): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > floor ? asked : floor;
}

/** `{ seed, numRuns }` for `fc.assert`, so a failure replays the same way on every machine. */
export function fuzzParameters(floor = 1000): { seed: number; numRuns: number } {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(floor) };
}

/**
 * Gives a deep value a short description for fast-check's reports (a symbol key, which JSON and
 * the kit never see), so that a failing run prints its counterexample instead of overflowing the stack.
 */
function described<T extends object>(value: T, text: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => text, enumerable: false });
  return value;
}

/** An array nested `depth` levels deep (`[[[...]]]`), built without recursion. */
export function deepArray(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return typeof value === 'object' && value !== null ? described(value, `[${depth}-deep array]`) : value;
}

/** An object nested `depth` levels deep under `key` (`{a:{a:{...}}}`), built without recursion. */
export function deepObject(depth: number, key = 'a', leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return typeof value === 'object' && value !== null ? described(value, `{${depth}-deep object}`) : value;
}

/** An object with own keys that name prototype machinery, as `JSON.parse` makes them. */
export function prototypeKeys(inner: unknown = { polluted: true }): Record<string, unknown> {
  return JSON.parse(
    `{"__proto__":${JSON.stringify(inner)},"constructor":{"prototype":${JSON.stringify(inner)}},"prototype":${JSON.stringify(inner)}}`,
  ) as Record<string, unknown>;
}

const TEN_MB = 10 * 1024 * 1024;
let bigText: string | undefined;
/** A 10 MB string (made once and shared: tests must not mutate it). */
export function tenMegabytes(): string {
  bigText ??= 'a'.repeat(TEN_MB);
  return bigText;
}

/** Strings that break naive code: lone surrogates, impossible dates, huge and odd text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '\uD800',
    'a\uDC00b',
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '9999-99-99',
    '2025-2-3',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '/',
    '~',
    '/__proto__/polluted',
    '-1',
    'NaN',
    ' '.repeat(1000),
  ),
  fc.constant(null).map(() => tenMegabytes()),
);

/** Keys that collide with `Object.prototype` or JSON pointer syntax. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', '~1', '/'),
);

/**
 * Objects whose own keys include prototype machinery, kept as own data as `JSON.parse` keeps them
 * (a later duplicate key wins). Built with `defineProperty`, so a 10 MB leaf is never re-serialised.
 */
function asParsedObject(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** Deep values are built once per shape and shared, so that a thousand runs stay fast. */
const sharedDeep = new Map<string, unknown>();
function shared(kind: 'array' | 'object', depth: number): unknown {
  const key = `${kind}:${depth}`;
  if (!sharedDeep.has(key)) sharedDeep.set(key, kind === 'array' ? deepArray(depth) : deepObject(depth));
  return sharedDeep.get(key);
}

const { tree } = fc.letrec<{ tree: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    hostileString,
  ),
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('tree')), { maxLength: 5 }).map(asParsedObject),
  ),
}));

/**
 * Any JSON value a hostile caller could send: small trees with prototype keys and odd strings,
 * 10,000-level nesting of arrays and objects, 10 MB strings and the usual wrong types.
 */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: tree },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 2_000).map((d) => shared('array', d)) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 2_000).map((d) => shared('object', d)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => prototypeKeys()) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(null, undefined, 0, -1, 1e308, '', true, [], {}, { toString: 1 }, [null]),
  },
);

/**
 * A hostile value for one named part of a well-formed object: the rest stays valid, so the code
 * under test gets past its first checks before it meets the hostile part.
 */
export function withHostilePart<T extends Record<string, unknown>>(valid: T, keys: readonly (keyof T & string)[]) {
  return fc.tuple(fc.constantFrom(...keys), hostileJson).map(([key, value]) => ({ ...valid, [key]: value }));
}

/** Fails unless `error` is a {@link KitError}: anything else is a crash, reported with its kind. */
function asKitError(error: unknown): KitError {
  if (error instanceof KitError) return error;
  const what = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);
  throw new Error(`Expected a result or a KitError, got ${what}`);
}

/** Fails when `Object.prototype` gained a property since `before`: how prototype pollution shows. */
function expectNoPollution(before: number): void {
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Calls `run` and fails the test unless it returned or threw a {@link KitError}, polluting no prototype. */
export function expectKitErrorOrResult<T>(run: () => T): { result?: T; error?: KitError } {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  let outcome: { result?: T; error?: KitError };
  try {
    outcome = { result: run() };
  } catch (error) {
    outcome = { error: asKitError(error) };
  }
  expectNoPollution(before);
  return outcome;
}

/** The async form of {@link expectKitErrorOrResult}. */
export async function expectKitErrorOrResultAsync<T>(run: () => Promise<T>): Promise<{ result?: T; error?: KitError }> {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  let outcome: { result?: T; error?: KitError };
  try {
    outcome = { result: await run() };
  } catch (error) {
    outcome = { error: asKitError(error) };
  }
  expectNoPollution(before);
  return outcome;
}
