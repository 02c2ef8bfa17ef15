import { toPointer } from '../definition/jsonPointer';

/** How much a submission may hold before the kit refuses to look at it. */
export interface InputLimits {
  /** The size of the submission written as JSON, in UTF-16 code units (about bytes for plain text). */
  maxSize: number;
  /** How deep objects and lists may nest, the envelope itself counting as 1; at most 100. */
  maxDepth: number;
  /** The longest text any one answer or key may be. */
  maxTextLength: number;
}

/**
 * The defaults: far above any real plan (the longest answer a form allows is 10,000 characters and
 * the deepest field is about 6 levels down), and far below what could tie up a server.
 */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxSize: 5_000_000,
  maxDepth: 32,
  maxTextLength: 100_000,
});

/** Why an input is refused before any work is done on it. */
export type InputLimitProblem =
  | { code: 'too-large'; pointer: string; limit: number }
  | { code: 'too-deep'; pointer: string; limit: number }
  | { code: 'text-too-long'; pointer: string; limit: number; length: number }
  | { code: 'not-json'; pointer: string; found: string };

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | undefined;
  key: string;
}

const pointerOf = (visit: Visit): string => {
  const tokens: string[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) tokens.push(v.key);
  return toPointer(tokens.reverse());
};

/** What a value that JSON cannot hold is, in words (a function, a `Date`, `undefined`, `NaN`). */
function notJson(value: unknown): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : String(value);
  if (Array.isArray(value)) return undefined;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null
      ? undefined
      : `a ${proto?.constructor?.name ?? 'special'} object`;
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/**
 * Walks a value once, without recursion, and returns the first limit it breaks, or undefined. The
 * walk stops as soon as the size limit is passed, so its cost is bounded by the limits, not by the
 * input: a 10,000-level nesting or a 10 MB string is refused after looking at the part that broke it.
 */
export function checkInputLimits(input: unknown, limits: InputLimits): InputLimitProblem | undefined {
  let size = 0;
  const stack: Visit[] = [{ value: input, depth: 0, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    const odd = notJson(value);
    if (odd) return { code: 'not-json', pointer: pointerOf(visit), found: odd };
    if (typeof value === 'string') {
      if (value.length > limits.maxTextLength) {
        return { code: 'text-too-long', pointer: pointerOf(visit), limit: limits.maxTextLength, length: value.length };
      }
      size += value.length + 2;
    } else if (value === null || typeof value !== 'object') {
      size += 8;
    } else {
      const depth = visit.depth + 1;
      if (depth > limits.maxDepth) return { code: 'too-deep', pointer: pointerOf(visit), limit: limits.maxDepth };
      size += 2;
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((item, i) => [String(i), item])
        : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i]!;
        if (!Array.isArray(value)) {
          if (key.length > limits.maxTextLength) {
            return {
              code: 'text-too-long',
              pointer: pointerOf(visit),
              limit: limits.maxTextLength,
              length: key.length,
            };
          }
          size += key.length + 3;
        }
        stack.push({ value: inner, depth, parent: visit, key });
      }
    }
    if (size > limits.maxSize) return { code: 'too-large', pointer: pointerOf(visit), limit: limits.maxSize };
  }
  return undefined;
}
