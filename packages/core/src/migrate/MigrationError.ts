import { KitError, KitInputError } from '../errors';

/**
 * A migration that cannot run: no chain of migrations joins the versions, a code hook was not given or
 * failed, a migration or form's history is malformed. Bad arguments throw {@link KitInputError} instead.
 */
export class MigrationError extends KitError {
  override name = 'MigrationError';
}

/** A short, safe description of any value for a message: never calls its methods, never prints much. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text "${value.slice(0, 40)}…"` : `"${value}"`;
    case 'number':
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * The pointer of the first place where `value` nests deeper than `maxDepth`, or undefined. Walks
 * without recursion, so 10,000-level nesting is measured, not overflowed.
 */
export function tooDeepAt(value: unknown, maxDepth: number): string | undefined {
  const stack: { value: unknown; depth: number; path: string[] }[] = [{ value, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop() as (typeof stack)[number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return path.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    const entries = Array.isArray(current) ? current.entries() : Object.entries(current);
    for (const [key, child] of entries) {
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: depth + 1, path: [...path, String(key)] });
    }
  }
  return undefined;
}

/** Throws the {@link KitInputError} a migration function gives for a bad argument. */
export function refuse(
  fn: string,
  argument: string,
  pointer: string,
  problem: string,
  fix: string,
  form?: string,
): never {
  throw new KitInputError({ function: fn, argument, pointer, problem, fix, ...(form ? { form } : {}) });
}

/** Copies a JSON value (own `__proto__` keys stay own data); anything that is not data is refused. */
export function cloneData<T>(value: T, fn: string, argument: string): T {
  try {
    return structuredClone(value);
  } catch {
    return refuse(
      fn,
      argument,
      '',
      'It holds something that is not JSON data (a function, a symbol or a class instance).',
      'Pass plain JSON values, as JSON.parse returns them.',
    );
  }
}
