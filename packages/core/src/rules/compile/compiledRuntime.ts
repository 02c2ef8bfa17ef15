import { KitError } from '../../errors';
import { LogicError, type LogicErrorKind } from '../LogicError';
import { createOperatorLibrary, type InterpreterOptions, type OperatorLibrary } from '../operatorLibrary';
import { readTokens, safePath, truthy } from '../standardOperators';
import {
  COMPILED_RULES_FORMAT,
  type CompiledLogic,
  type CompiledOperator,
  type CompiledRuleLibrary,
} from './CompiledRules';

/** Runs compiled logic: what the engine uses in place of the interpreter. */
export interface CompiledRuntime {
  /** What the compiled module's factory is given. */
  readonly library: CompiledRuleLibrary;
  readonly operators: OperatorLibrary;
  /** Runs one compiled rule with a fresh budget, as `Interpreter.run` runs logic. */
  run(logic: CompiledLogic, context: unknown, today: string | undefined): unknown;
}

/**
 * Lazy operators get their arguments as compiled functions; this is their `run`. An argument that is not
 * there (`{"map": []}`) is undefined, as the interpreter's `run` gives it back.
 */
const callCompiled = (logic: unknown, context: unknown): unknown =>
  typeof logic === 'function' ? (logic as CompiledLogic)(context) : logic;

/**
 * Creates the runtime of compiled rules: the same operator library (operators, bank holidays, clock,
 * limits) the interpreter registers, so that a compiled rule charges, refuses and fails exactly as the
 * interpreted one does.
 */
export function createCompiledRuntime(options: InterpreterOptions = {}): CompiledRuntime {
  const operators = createOperatorLibrary(options);
  const { charge, measure } = operators;
  const made = new Map<string, CompiledOperator>();
  const library: CompiledRuleLibrary = Object.freeze({
    format: COMPILED_RULES_FORMAT,
    op(name: string): CompiledOperator {
      let call = made.get(name);
      if (call !== undefined) return call;
      const operator = Object.hasOwn(operators.operators, name) ? operators.operators[name] : undefined;
      if (operator === undefined) {
        throw new KitError(`The compiled rules call "${String(name)}", which is not an operator the kit knows.`);
      }
      const apply = operator.apply;
      call = (args, context) => {
        charge(1);
        return measure(apply(args, context, callCompiled));
      };
      made.set(name, call);
      return call;
    },
    positional(name: string) {
      const operator = Object.hasOwn(operators.operators, name) ? operators.operators[name] : undefined;
      if (operator?.fixed === undefined) {
        throw new KitError(
          `The compiled rules ask for "${String(name)}" with its arguments one by one, which it does not take.`,
        );
      }
      return operator.fixed;
    },
    tick(): undefined {
      charge(1);
      return undefined;
    },
    measure,
    truthy,
    path(path: string | number) {
      let tokens: readonly string[] | undefined;
      let refusal: unknown;
      try {
        tokens = safePath(path);
      } catch (error) {
        refusal = error;
      }
      return (context: unknown, fallback?: unknown) => {
        charge(1);
        if (tokens === undefined) throw refusal;
        return measure(readTokens(context, tokens, fallback));
      };
    },
    refused(kind: string, reason: string, fix: string): CompiledLogic {
      return () => {
        throw new LogicError(kind as LogicErrorKind, reason, fix);
      };
    },
  });
  return {
    library,
    operators,
    run(logic, context, today) {
      operators.begin(today);
      try {
        // json-logic-engine's run reads a missing context as {}.
        return logic(context === undefined ? {} : context);
      } catch (error) {
        throw operators.failure(error);
      }
    },
  };
}
