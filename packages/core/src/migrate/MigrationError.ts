import { KitError, KitInputError } from '../errors';

/**
 * A migration that cannot run: no chain of migrations joins the versions, a code hook was not given or
 * failed, a migration or form's history is malformed. Bad arguments throw {@link KitInputError} instead.
 */
export class MigrationError extends KitError {
  override name = 'MigrationError';
}

// One description of a value and one depth walk for all of core's input checks.
export { describeValue, tooDeepAt } from '../definition/jsonInput';

import { tooDeepAt } from '../definition/jsonInput';

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

/**
 * Copies JSON data without recursion, keeping key order: own `__proto__` keys stay own data, and a value
 * holding something that is not data (a function, a symbol, a bigint) is refused with a KitInputError.
 */
export function cloneData<T>(value: T, fn: string, argument: string, maxDepth = Number.POSITIVE_INFINITY): T {
  const root: Record<string, unknown> = {};
  // Depth first, children pushed last to first: each member is filled in after the one before it.
  const stack: {
    source: unknown;
    target: Record<string, unknown> | unknown[];
    key: string | number;
    depth: number;
  }[] = [{ source: value, target: root, key: 'value', depth: 0 }];
  while (stack.length > 0) {
    const { source, target, key, depth } = stack.pop() as (typeof stack)[number];
    let copy: unknown = source;
    if (typeof source === 'object' && source !== null) {
      if (depth >= maxDepth) {
        return refuse(
          fn,
          argument,
          tooDeepAt(value, maxDepth) ?? '',
          `The data nests deeper than ${maxDepth} levels here.`,
          'Check the document: no form nests answers this deep.',
        );
      }
      const below = depth + 1;
      if (Array.isArray(source)) {
        copy = [];
        for (let i = source.length - 1; i >= 0; i--) {
          stack.push({ source: source[i], target: copy as unknown[], key: i, depth: below });
        }
      } else {
        copy = {};
        const keys = Object.keys(source);
        for (let i = keys.length - 1; i >= 0; i--) {
          const name = keys[i] as string;
          const member = (source as Record<string, unknown>)[name];
          stack.push({ source: member, target: copy as Record<string, unknown>, key: name, depth: below });
        }
      }
    } else if (typeof source === 'function' || typeof source === 'symbol' || typeof source === 'bigint') {
      return refuse(
        fn,
        argument,
        '',
        `It holds a ${typeof source}, which is not JSON data.`,
        'Pass plain JSON values, as JSON.parse returns them.',
      );
    }
    if (Array.isArray(target)) target[key as number] = copy;
    else if (copy === undefined) continue;
    else if (key === '__proto__')
      Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else target[key] = copy;
  }
  return root.value as T;
}
