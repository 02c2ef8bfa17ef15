/** One compiled piece of logic: the rule's context in, the answer out. */
export type CompiledLogic = (context: unknown) => unknown;

/** An operator as compiled rules call it: its arguments (functions, for lazy operators) and the context. */
export type CompiledOperator = (args: readonly unknown[], context: unknown) => unknown;

/** What a compiled rules module's factory is given: the kit's operators, with the engine's budget. */
export interface CompiledRuleLibrary {
  /** The format of compiled modules this library runs. */
  readonly format: number;
  /** The operator called `name`, charged against the run's budget. */
  op(name: string): CompiledOperator;
  /**
   * The eager operator `name`'s own form taking its (at most three) arguments one by one: not charged,
   * not measured; the compiled code charges the call with `tick` and measures the result with `measure`.
   */
  positional(name: string): (a: unknown, b: unknown, c: unknown) => unknown;
  /** Charges one operation against the run's budget; gives undefined. */
  tick(): undefined;
  /** Checks and charges a value an operator gave (lists by their length, texts by theirs), and gives it back. */
  measure<T>(value: T): T;
  /** JSON-Logic truthiness: JavaScript's, except that an empty list is false. */
  truthy(value: unknown): boolean;
  /**
   * `{"var": path}` with the path written out: a reader of the context (and the fallback, when the
   * rule gives one), charged and checked as the `var` operator is.
   */
  path(path: string | number): (context: unknown, fallback?: unknown) => unknown;
  /** A compiled rule whose logic the interpreter refuses: it throws the same error when run. */
  refused(kind: string, reason: string, fix: string): CompiledLogic;
}

/** One rule as compiled: its id, a fingerprint of its source, its logic and its message values. */
export interface CompiledRule {
  id: string;
  digest: string;
  logic: CompiledLogic;
  /** `[name, logic]` pairs, in the rule's order. */
  messageValues: readonly (readonly [string, CompiledLogic])[];
}

/** What a compiled module's factory returns. */
export interface CompiledRuleSet {
  format: number;
  packs: readonly { id: string; rules: readonly CompiledRule[] }[];
}

/** The default export of a module written by `compileRulePackSource`. */
export type CompiledRulesFactory = (library: CompiledRuleLibrary) => CompiledRuleSet;

/** The format `compileRulePackSource` writes and `createRuleEngine` reads. */
export const COMPILED_RULES_FORMAT = 2;
