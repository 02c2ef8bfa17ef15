import { LogicError } from './LogicError';
import { forbiddenTokenIn, splitVarPath } from './logicPath';

/** Runs a piece of logic against a context (the interpreter's own `run`). */
export type RunLogic = (logic: unknown, context: unknown) => unknown;

/**
 * An operator as registered on an interpreter. Eager operators get their arguments evaluated, always as
 * an array (a single argument is wrapped, as json-logic-js does). Lazy ones get the argument logic and
 * evaluate what they need through `run`.
 */
export interface Operator {
  lazy?: boolean;
  /** The same arguments always give the same result, so constant parts may be worked out once. */
  pure?: boolean;
  apply(args: readonly unknown[], context: unknown, run: RunLogic): unknown;
  /**
   * For an eager operator that reads at most its first three arguments and not the context: the same
   * operator with its arguments given one by one (missing ones undefined). `apply` calls it; compiled
   * rules call it directly, with no list per call.
   */
  fixed?: (a: unknown, b: unknown, c: unknown) => unknown;
  /** Never returns a list or a text, so its result costs nothing more (see {@link LogicLimits}). */
  scalar?: boolean;
}

/** An eager, pure operator of at most three arguments, written with its arguments one by one. */
export const positional = (fixed: NonNullable<Operator['fixed']>, scalar = false): Operator => ({
  pure: true,
  scalar,
  fixed,
  apply: (args) => fixed(args[0], args[1], args[2]),
});

/** JSON-Logic truthiness (jsonlogic.com/truthy): JavaScript's, except that an empty array is false. */
export const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/** A number, or null when arithmetic went wrong (NaN, or division by zero giving Infinity). */
const finite = (value: unknown): unknown => (typeof value === 'number' && !Number.isFinite(value) ? null : value);

const float = (value: unknown) => Number.parseFloat(String(value));
// JSON-Logic compares with JavaScript's own coercions, on purpose: `<` on unknowns is the specification.
const n = (value: unknown) => value as number;

const toInteger = (value: unknown): number => {
  const number = Number(value);
  if (Number.isNaN(number)) return 0;
  return Math.trunc(number);
};

/** `String.prototype.substr` semantics, plus json-logic-js's negative length ("all but the last n"). */
function substr(source: unknown, start: unknown, length: unknown): string {
  const text = String(source);
  let from = toInteger(start);
  if (from < 0) from = Math.max(text.length + from, 0);
  from = Math.min(from, text.length);
  if (length === undefined) return text.slice(from);
  const count = toInteger(length);
  if (count < 0) {
    const rest = text.slice(from);
    return rest.slice(0, Math.max(rest.length + count, 0));
  }
  return text.slice(from, from + count);
}

const safePaths = new Map<string, readonly string[]>();

/** A path's parts, checked once for forbidden parts and remembered (rules use the same paths again and again). */
export function safePath(path: string | number): readonly string[] {
  const key = String(path);
  let tokens = safePaths.get(key);
  if (tokens === undefined) {
    const forbidden = forbiddenTokenIn(key);
    if (forbidden !== undefined) {
      throw new LogicError(
        'path',
        `The variable path "${key}" reaches "${forbidden}", which no rule may read.`,
        'Read only the form data, params, row, index and derived values.',
      );
    }
    if (safePaths.size >= 4096) safePaths.clear();
    tokens = Object.freeze(splitVarPath(key));
    safePaths.set(key, tokens);
  }
  return tokens;
}

/**
 * Reads a variable. Only own properties are followed (an array's `length` and a string's characters
 * count as own), and a path through `__proto__`, `constructor` or `prototype` stops the rule: that is
 * the runtime guard, for paths built while the rule runs.
 */
export function readVariable(context: unknown, path: unknown, fallback: unknown = undefined): unknown {
  if (path === undefined || path === null || path === '') return context;
  if (typeof path !== 'string' && typeof path !== 'number') return fallback === undefined ? null : fallback;
  return readTokens(context, safePath(path), fallback);
}

/** Follows a checked path's parts through own properties (see {@link readVariable}). */
export function readTokens(context: unknown, tokens: readonly string[], fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  let current = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (typeof current === 'object') {
      if (current === null || !Object.hasOwn(current, token)) return notFound;
    } else if (typeof current !== 'string' || !Object.hasOwn(Object(current), token)) {
      return notFound;
    }
    current = (current as Record<string, unknown>)[token];
    if (current === undefined) return notFound;
  }
  return typeof current === 'function' ? null : current;
}

function missing(args: readonly unknown[], context: unknown): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.filter((key) => {
    const value = readVariable(context, key);
    return value === null || value === '';
  });
}

const ifOperator: Operator = {
  lazy: true,
  apply: (args, context, run) => {
    let i = 0;
    for (; i < args.length - 1; i += 2) if (truthy(run(args[i], context))) return run(args[i + 1], context);
    return args.length === i + 1 ? run(args[i], context) : null;
  },
};

const operands = (args: readonly unknown[], run: RunLogic, context: unknown) =>
  [run(args[0], context), args[1]] as const;

/**
 * The standard JSON-Logic operators, with json-logic-js 2.0.5's results (the reference implementation),
 * except where the kit deliberately differs (docs/decisions/0005-rule-interpreter.md):
 * arithmetic that gives NaN or Infinity gives null; `and`/`or` with no arguments give null; `*` with no
 * arguments gives null; `var` never leaves the data (own properties only, no functions).
 * Not provided: `log` (console output) and json-logic-js's dotted method calls.
 */
export const standardOperators: Record<string, Operator> = {
  var: { apply: (args, context) => readVariable(context, args[0], args[1]) },
  missing: { apply: (args, context) => missing(args, context) },
  missing_some: {
    apply: ([need, options], context) => {
      const list = Array.isArray(options) ? options : [options];
      const absent = missing([list], context);
      return list.length - absent.length >= n(need) ? [] : absent;
    },
  },
  if: ifOperator,
  '?:': ifOperator,
  and: {
    lazy: true,
    apply: (args, context, run) => {
      let current: unknown = null;
      for (const arg of args) {
        current = run(arg, context);
        if (!truthy(current)) return current;
      }
      return current;
    },
  },
  or: {
    lazy: true,
    apply: (args, context, run) => {
      let current: unknown = null;
      for (const arg of args) {
        current = run(arg, context);
        if (truthy(current)) return current;
      }
      return current;
    },
  },
  // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's == is JavaScript's loose equality.
  '==': positional((a, b) => a == b, true),
  '===': positional((a, b) => a === b, true),
  // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's != is JavaScript's loose inequality.
  '!=': positional((a, b) => a != b, true),
  '!==': positional((a, b) => a !== b, true),
  '>': positional((a, b) => n(a) > n(b), true),
  '>=': positional((a, b) => n(a) >= n(b), true),
  '<': positional((a, b, c) => (c === undefined ? n(a) < n(b) : n(a) < n(b) && n(b) < n(c)), true),
  '<=': positional((a, b, c) => (c === undefined ? n(a) <= n(b) : n(a) <= n(b) && n(b) <= n(c)), true),
  '!': positional((a) => !truthy(a), true),
  '!!': positional((a) => truthy(a), true),
  '%': positional((a, b) => finite(n(a) % n(b)), true),
  '+': { pure: true, apply: (args) => finite(args.reduce<number>((sum, x) => sum + float(x), 0)) },
  '*': {
    pure: true,
    apply: (args) => (args.length === 0 ? null : finite(args.reduce((product, x) => float(product) * float(x)))),
  },
  '-': positional((a, b) => finite(b === undefined ? -n(a) : n(a) - n(b)), true),
  '/': positional((a, b) => finite(n(a) / n(b)), true),
  min: { pure: true, apply: (args) => finite(Math.min(...(args as number[]))) },
  max: { pure: true, apply: (args) => finite(Math.max(...(args as number[]))) },
  in: positional((a, b) => {
    if (typeof b === 'string') return b.indexOf(a as string) !== -1;
    return Array.isArray(b) ? b.indexOf(a) !== -1 : false;
  }, true),
  cat: { pure: true, apply: (args) => args.join('') },
  substr: positional((source, start, length) => substr(source, start, length)),
  merge: { pure: true, apply: (args) => args.reduce<unknown[]>((all, x) => all.concat(x), []) },
  map: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      return Array.isArray(items) ? items.map((item) => run(logic, item)) : [];
    },
  },
  filter: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      return Array.isArray(items) ? items.filter((item) => truthy(run(logic, item))) : [];
    },
  },
  reduce: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      const initial = args[2] === undefined ? null : run(args[2], context);
      if (!Array.isArray(items)) return initial;
      return items.reduce((accumulator, current) => run(logic, { current, accumulator }), initial);
    },
  },
  all: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      if (!Array.isArray(items) || items.length === 0) return false;
      return items.every((item) => truthy(run(logic, item)));
    },
  },
  some: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      return Array.isArray(items) && items.some((item) => truthy(run(logic, item)));
    },
  },
  none: {
    lazy: true,
    apply: (args, context, run) => {
      const [items, logic] = operands(args, run, context);
      return !Array.isArray(items) || !items.some((item) => truthy(run(logic, item)));
    },
  },
};
