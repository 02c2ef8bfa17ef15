import { LogicEngine } from 'json-logic-engine';
import type { LeapDayBirthday } from '../calendar/ageOn';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/bankHolidays';
import { isIsoDate } from '../calendar/isoDate';
import type { HolidayList } from '../calendar/workingDays';
import { dateOperators } from './dateOperators';
import { LogicError } from './LogicError';
import { DEFAULT_LOGIC_LIMITS, type LogicLimits } from './operatorCatalog';
import { type Operator, standardOperators, truthy } from './standardOperators';
import { ukToday } from './ukToday';

/** Settings of one interpreter. */
export interface InterpreterOptions {
  /** Bank holidays for the working-day operators; the England and Wales table by default. */
  bankHolidays?: HolidayList;
  /** How a 29 February birthday falls in a common year, for `age_on`. */
  leapDayBirthday?: LeapDayBirthday;
  /** Today's date, `YYYY-MM-DD`; today in the UK by default. */
  clock?: () => string;
  limits?: Partial<LogicLimits>;
}

/** Options for one run. */
export interface RunOptions {
  /** Today's date for this run, overriding the clock. */
  today?: string;
}

/** A JSON-Logic interpreter with its own operators, limits and clock. */
export interface Interpreter {
  /** Evaluates logic against a context. Throws a {@link LogicError} when the logic is refused or stopped. */
  run(logic: unknown, context: unknown, options?: RunOptions): unknown;
  readonly limits: Readonly<LogicLimits>;
}

/**
 * Checks and normalises logic once: every operator must be one of ours (own properties only), nesting
 * and size are bounded, and every operator's arguments become an array (`{"!": x}` -> `{"!": [x]}`), so
 * that a single argument is never spread, matching json-logic-js.
 */
function prepare(logic: unknown, operators: Record<string, Operator>, limits: LogicLimits): unknown {
  let nodes = 0;
  const visit = (node: unknown, depth: number): unknown => {
    if (++nodes > limits.maxNodes) {
      throw new LogicError('size', `The logic has more than ${limits.maxNodes} parts.`, 'Split it into smaller rules.');
    }
    if (depth > limits.maxDepth) {
      throw new LogicError(
        'depth',
        `The logic is nested more than ${limits.maxDepth} levels deep.`,
        'Flatten it, or split it into rules that build on derived values.',
      );
    }
    if (Array.isArray(node)) return Object.freeze(node.map((item) => visit(item, depth + 1)));
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length === 0) return node;
    const op = keys[0] as string;
    if (keys.length > 1 || !Object.hasOwn(operators, op)) {
      throw new LogicError(
        'operator',
        keys.length > 1
          ? `An operation has ${keys.length} keys (${keys.join(', ')}); it must have exactly one, the operator.`
          : `"${op}" is not an operator the kit knows.`,
        'See docs/reference/operators.md for the operators rules may use.',
      );
    }
    const args = (node as Record<string, unknown>)[op];
    const list = Array.isArray(args) ? args : [args];
    return Object.freeze({ [op]: Object.freeze(list.map((item) => visit(item, depth + 1))) });
  };
  return visit(logic, 0);
}

/**
 * Creates a JSON-Logic interpreter on its own json-logic-engine `LogicEngine` instance: our operators
 * are registered on that instance only (never globally), only the interpreted `run` is used (never the
 * eval-based `build`, so it runs under a strict Content-Security-Policy), and every operator call is
 * counted against the limits.
 */
export function createInterpreter(options: InterpreterOptions = {}): Interpreter {
  const limits: LogicLimits = { ...DEFAULT_LOGIC_LIMITS, ...options.limits };
  const clock = options.clock ?? ukToday;
  const state = { remaining: 0, today: undefined as string | undefined };

  const today = () => {
    if (state.today === undefined) {
      const value = clock();
      if (!isIsoDate(value)) {
        throw new LogicError(
          'error',
          `The clock gave "${String(value)}", which is not a date.`,
          'Make the clock return today as YYYY-MM-DD.',
        );
      }
      state.today = value;
    }
    return state.today;
  };

  const operators: Record<string, Operator> = {
    ...standardOperators,
    ...dateOperators({
      bankHolidays: options.bankHolidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS,
      leapDayBirthday: options.leapDayBirthday ?? 'march-1',
      today,
    }),
  };

  const charge = (cost: number) => {
    state.remaining -= cost;
    if (state.remaining < 0) {
      throw new LogicError(
        'operations',
        `It did more than ${limits.maxOperations} operations.`,
        'Simplify the rule (a loop inside a loop over long lists is the usual cause).',
      );
    }
  };

  const measure = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        throw new LogicError(
          'array',
          `It built a list of ${value.length} items, more than the ${limits.maxArrayLength} allowed.`,
          'Filter the list before combining it.',
        );
      }
      charge(value.length);
    } else if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        throw new LogicError(
          'string',
          `It built a text of ${value.length} characters, more than the ${limits.maxStringLength} allowed.`,
          'Shorten what the rule joins together.',
        );
      }
      charge(value.length >> 4);
    }
    return value;
  };

  const engine = new LogicEngine(
    {},
    { disableInline: false, disableInterpretedOptimization: false, permissive: false },
  );
  engine.truthy = truthy;
  // The compiler builds JavaScript source and evals it: never allowed here.
  engine.build = () => {
    throw new LogicError('error', 'Compiling rules is disabled.', 'Use run(): it needs no eval.');
  };
  // What lazy operators (if, and, or, map, ...) use to evaluate their arguments: straight to the closure
  // json-logic-engine has built for that piece of logic, when it has one (as its own operators do).
  const noAbove: unknown[] = [];
  const run = (logic: unknown, context: unknown): unknown => {
    if (logic === null || typeof logic !== 'object') return logic;
    const built = engine.optimizedMap.get(logic);
    if (typeof built === 'function') return built(context, noAbove);
    return built !== undefined || engine.optimizedMap.has(logic) ? built : engine.run(logic, context);
  };
  for (const [name, operator] of Object.entries(operators)) {
    const method = (args: unknown, context: unknown) => {
      charge(1);
      // Every list an operator returns is measured, including lists `var` reads from the data, so an
      // iterator never loops over more than maxArrayLength items.
      return measure(operator.apply(Array.isArray(args) ? args : [args], context, run));
    };
    engine.addMethod(name, { method, lazy: operator.lazy === true }, { deterministic: operator.pure === true });
  }

  const prepared = new WeakMap<object, unknown>();
  const prepareCached = (logic: unknown) => {
    if (logic === null || typeof logic !== 'object') return logic;
    let result = prepared.get(logic);
    if (result === undefined) {
      result = prepare(logic, operators, limits);
      prepared.set(logic, result);
    }
    return result;
  };

  return {
    limits,
    run(logic, context, runOptions = {}) {
      const ready = prepareCached(logic);
      state.remaining = limits.maxOperations;
      state.today = runOptions.today;
      // Our logic objects are long-lived, so json-logic-engine's "too many new objects" switch never applies.
      engine.missesSinceSeen = 0;
      try {
        return engine.run(ready, context);
      } catch (error) {
        if (error instanceof LogicError) throw error;
        const detail =
          error instanceof Error
            ? error.message
            : typeof error === 'object' && error !== null && 'type' in error
              ? String((error as { type: unknown }).type)
              : String(error);
        throw new LogicError('error', `It failed: ${detail}.`, 'Check the rule against docs/reference/operators.md.');
      }
    },
  };
}
