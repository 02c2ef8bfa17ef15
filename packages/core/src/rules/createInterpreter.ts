import { LogicEngine } from 'json-logic-engine';
import { LogicError } from './LogicError';
import type { LogicLimits } from './operatorCatalog';
import { createOperatorLibrary, type InterpreterOptions } from './operatorLibrary';
import { prepareLogic } from './prepareLogic';
import { truthy } from './standardOperators';

export type { InterpreterOptions } from './operatorLibrary';

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
 * Creates a JSON-Logic interpreter on its own json-logic-engine `LogicEngine` instance: our operators
 * are registered on that instance only (never globally), only the interpreted `run` is used (never the
 * eval-based `build`, so it runs under a strict Content-Security-Policy), and every operator call is
 * counted against the limits.
 */
export function createInterpreter(options: InterpreterOptions = {}): Interpreter {
  const library = createOperatorLibrary(options);
  const { limits, operators, charge, measure } = library;

  const engine = new LogicEngine(
    {},
    // disableInline: no constant part is worked out once and cached, so every operator call is charged
    // on every run, as compiled rules charge it (docs/decisions/0015-compiled-rule-packs.md).
    { disableInline: true, disableInterpretedOptimization: false, permissive: false },
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
      result = prepareLogic(logic, operators, limits);
      prepared.set(logic, result);
    }
    return result;
  };

  return {
    limits,
    run(logic, context, runOptions = {}) {
      const ready = prepareCached(logic);
      library.begin(runOptions.today);
      // Our logic objects are long-lived, so json-logic-engine's "too many new objects" switch never applies.
      engine.missesSinceSeen = 0;
      try {
        return engine.run(ready, context);
      } catch (error) {
        throw library.failure(error);
      }
    },
  };
}
