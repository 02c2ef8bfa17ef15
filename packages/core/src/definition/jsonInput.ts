import { KitError, KitInputError } from '../errors';
import { escapePointerToken } from './jsonPointer';

/**
 * Guards for the values public functions are handed: plain checks that name the function, the
 * argument and the JSON pointer, a depth limit found without recursion, and a copy that keeps own
 * `__proto__`, `constructor` and `prototype` keys as own data.
 */

/** How deep a document, a definition or a mapping may nest before a function refuses it. */
export const MAX_INPUT_DEPTH = 200;

/** A plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Names what a value is, for messages, without converting it (a `{"toString":1}` cannot be). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length} characters` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Sets an own property, even one named `__proto__`, as `JSON.parse` would. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The own property `key` of `value`, never an inherited one. */
export const ownValue = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/**
 * The first place where `value` nests deeper than `maxDepth`, as a JSON pointer, or undefined.
 * Walks without recursion, so any depth is measured in linear time.
 */
export function tooDeepAt(value: unknown, maxDepth = MAX_INPUT_DEPTH): string | undefined {
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 0) {
    throw new KitInputError({
      function: 'tooDeepAt',
      argument: 'maxDepth',
      pointer: '',
      problem: `${describeValue(maxDepth)} is not a depth.`,
      fix: 'Pass a whole number, 0 or more, or leave it out.',
    });
  }
  interface Step {
    node: unknown;
    depth: number;
    /** The way here: the key and the step above (a linked list, so memory stays linear). */
    via: { key: string; up: Step['via'] } | undefined;
  }
  const stack: Step[] = [{ node: value, depth: 0, via: undefined }];
  while (stack.length > 0) {
    const { node, depth, via } = stack.pop() as Step;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) {
      const tokens: string[] = [];
      for (let link = via; link; link = link.up) tokens.push(link.key);
      return tokens
        .reverse()
        .map((t) => `/${escapePointerToken(t)}`)
        .join('');
    }
    const keys: string[] = Array.isArray(node) ? Array.from(node.keys(), String) : Object.keys(node);
    for (const key of keys) {
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ node: child, depth: depth + 1, via: { key, up: via } });
    }
  }
  return undefined;
}

/** Who is checking what: the function and, when it takes several, the argument. */
export interface InputSite {
  function: string;
  argument?: string;
  form?: string;
}

/** Throws a {@link KitInputError} when `value` nests deeper than `maxDepth`. */
export function assertDepth(site: InputSite, value: unknown, maxDepth = MAX_INPUT_DEPTH, pointer = ''): void {
  const at = tooDeepAt(value, maxDepth);
  if (at === undefined) return;
  throw new KitInputError({
    ...site,
    pointer: `${pointer}${at}`,
    problem: `The value nests more than ${maxDepth} levels deep here.`,
    fix: 'Pass a document as the kit saves it: no form nests anywhere near this deep.',
  });
}

/** Throws a {@link KitInputError} unless `value` is a JSON object. */
export function assertObject(
  site: InputSite,
  value: unknown,
  pointer = '',
  fix = 'Pass a JSON object.',
): asserts value is Record<string, unknown> {
  if (isJsonObject(value)) return;
  throw new KitInputError({ ...site, pointer, problem: `Expected an object, got ${describeValue(value)}.`, fix });
}

/** Throws a {@link KitInputError} unless `value` is a string. */
export function assertString(
  site: InputSite,
  value: unknown,
  pointer = '',
  fix = 'Pass a text value.',
): asserts value is string {
  if (typeof value === 'string') return;
  throw new KitInputError({ ...site, pointer, problem: `Expected a text, got ${describeValue(value)}.`, fix });
}

/** Throws a {@link KitInputError} unless `value` is an array. */
export function assertArray(
  site: InputSite,
  value: unknown,
  pointer = '',
  fix = 'Pass a list.',
): asserts value is unknown[] {
  if (Array.isArray(value)) return;
  throw new KitInputError({ ...site, pointer, problem: `Expected a list, got ${describeValue(value)}.`, fix });
}

/** The options object of a call: `{}` when left out, a {@link KitInputError} when not an object. */
export function optionsOf<T extends object>(site: InputSite, options: unknown): Partial<T> {
  if (options === undefined) return {};
  assertObject({ ...site, argument: 'options' }, options, '', 'Pass an options object, or leave it out.');
  return options as Partial<T>;
}

/**
 * A deep copy of a JSON value, made without recursion. Own `__proto__`, `constructor` and
 * `prototype` keys stay own data (they never become prototypes), and `undefined` values are kept.
 */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [unknown, unknown][] = [[value, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [unknown, unknown];
    if (Array.isArray(from)) {
      const list = to as unknown[];
      for (let i = 0; i < from.length; i += 1) {
        const child: unknown = from[i];
        if (child !== null && typeof child === 'object') {
          const copy = Array.isArray(child) ? [] : {};
          list.push(copy);
          stack.push([child, copy]);
        } else list.push(child);
      }
      continue;
    }
    const target = to as Record<string, unknown>;
    for (const key of Object.keys(from as object)) {
      const child = (from as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        const copy = Array.isArray(child) ? [] : {};
        setOwn(target, key, copy);
        stack.push([child, copy]);
      } else setOwn(target, key, child);
    }
  }
  return root as T;
}

/**
 * Checks that a form definition has the parts every function reads (a manifest with an id, a
 * schema object, locales of strings) and nests no deeper than the limit.
 */
export function assertDefinition(site: InputSite, definition: unknown): void {
  if (typeof definition === 'object' && definition !== null && checkedDefinitions.has(definition)) return;
  const at = { ...site, argument: site.argument ?? 'definition' };
  const fix = 'Pass a form definition from @adoption-support/schemas (forms[id]) or loadFormFolder.';
  assertObject(at, definition, '', fix);
  assertObject(at, ownValue(definition, 'manifest'), '/manifest', fix);
  assertString(at, ownValue(ownValue(definition, 'manifest'), 'id'), '/manifest/id', fix);
  assertObject(at, ownValue(definition, 'schema'), '/schema', fix);
  const locales = ownValue(definition, 'locales');
  assertObject(at, locales, '/locales', fix);
  for (const [code, strings] of Object.entries(locales)) {
    const pointer = `/locales/${escapePointerToken(code)}`;
    assertObject(at, strings, pointer, fix);
    for (const [key, text] of Object.entries(strings)) {
      assertString(at, text, `${pointer}/${escapePointerToken(key)}`, 'Each string of a locale must be text.');
    }
  }
  const uischema = ownValue(definition, 'uischema');
  if (uischema !== undefined) assertObject(at, uischema, '/uischema', fix);
  assertDepth(at, definition);
  checkedDefinitions.add(definition);
}

/** Definitions already checked: a definition is loaded once and read many times, so it is walked once. */
const checkedDefinitions = new WeakSet<object>();

/**
 * A {@link KitInputError} for an input a function's own checks let through but could not work with:
 * the last line of defence, so that a caller still gets a KitError naming the function. `cause` is
 * the error underneath (never shown to a reader, as it may quote the input).
 */
export class UnreadableInputError extends KitInputError {
  override name = 'UnreadableInputError';
  constructor(
    name: string,
    override readonly cause: unknown,
  ) {
    super({
      function: name,
      pointer: '',
      problem: `The input could not be read (${cause instanceof Error ? cause.name : typeof cause}).`,
      fix: 'Pass the arguments its documentation describes: JSON values of the documented shape.',
    });
  }
}

/** Runs the body of a public function, turning anything thrown that is not a KitError into one. */
export function guarded<R>(name: string, run: () => R): R {
  try {
    return run();
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw new UnreadableInputError(name, error);
  }
}

/** Throws a {@link KitInputError} unless `value` is an object whose `required` (and any `optional`) keys hold text. */
export function assertTextFields(
  site: InputSite,
  value: unknown,
  required: readonly string[],
  optional: readonly string[] = [],
): asserts value is Record<string, string> {
  assertObject(site, value);
  for (const key of [...required, ...optional]) {
    const text = ownValue(value, key);
    if (text === undefined && optional.includes(key)) continue;
    assertString(site, text, `/${escapePointerToken(key)}`);
  }
}

/**
 * The lighter check of the definition linters (`checkManifest` and the others): an object nested no
 * deeper than the limit. What is wrong inside it is theirs to report as problems.
 */
export function assertDefinitionObject(site: InputSite, definition: unknown): void {
  const at = { ...site, argument: site.argument ?? 'definition' };
  assertObject(at, definition, '', 'Pass a form definition (from loadFormFolder or @adoption-support/schemas).');
  for (const part of ['manifest', 'schema', 'locales'] as const) {
    assertObject(at, ownValue(definition, part), `/${part}`, `Give the definition its "${part}" object.`);
  }
  const rulePacks = ownValue(definition, 'rulePacks');
  if (rulePacks !== undefined) assertObject(at, rulePacks, '/rulePacks', 'Give the rule packs by name, or {}.');
  for (const [code, strings] of Object.entries(ownValue(definition, 'locales') as object)) {
    assertObject(at, strings, `/locales/${escapePointerToken(code)}`, 'Give each locale its strings by key.');
  }
  assertDepth(at, definition, 2 * MAX_INPUT_DEPTH);
}
