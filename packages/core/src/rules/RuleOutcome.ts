import type { LeapDayBirthday } from '../calendar/ageOn';
import type { CompiledRulesFactory } from './compile/CompiledRules';
import type { LogicErrorKind } from './LogicError';
import type { RuleKind, RulePack } from './RulePack';

/** Settings of a rule engine: one per form. */
export interface RuleEngineOptions {
  /** The form's rule packs, in evaluation order. Each is checked with `validateRulePack` first. */
  packs: readonly unknown[];
  /** Today's date as `YYYY-MM-DD`, for `today`; today in the UK (Europe/London) by default. */
  clock?: () => string;
  /** Bank holidays for the working-day operators; the England and Wales table (2024-2030) by default. */
  bankHolidays?: readonly string[];
  /** Operations one rule may perform for one row before it is stopped; 100,000 by default. */
  maxOperations?: number;
  /** How a 29 February birthday falls in a common year, for `age_on`; `march-1` by default. */
  leapDayBirthday?: LeapDayBirthday;
  /**
   * The default export of the module `compileRulePackSource` wrote from these packs: the rules then run
   * as plain functions, with the same results, budget and errors as the interpreter (which runs them
   * when this is left out). A module made from other packs is refused.
   */
  compiled?: CompiledRulesFactory;
}

/** Options for one evaluation. */
export interface EvaluateOptions {
  /** Today's date for this evaluation, overriding the clock (cases use it). */
  today?: string;
}

/** A message a rule gives: an i18n key and the values for its `{placeholders}`. */
export interface RuleMessage {
  /** The pack's id, e.g. `asp-england.reviews`. */
  packId: string;
  /** The rule's id, e.g. `reviews.first-review.in-time`. */
  ruleId: string;
  kind: 'validate' | 'require';
  /** Where the message belongs: the data pointer, array positions filled in. */
  pointer: string;
  messageKey: string;
  /** The rule's params and its evaluated messageValues. */
  values: Record<string, unknown>;
  /** The rule's legal or practice source. */
  source: string;
}

/** What one rule decided for one place: the trace of an evaluation. */
export interface RuleDecision {
  packId: string;
  ruleId: string;
  kind: RuleKind;
  pointer: string;
  /** For `derive`, the value; for every other kind, whether the logic's answer was truthy. */
  value: unknown;
  source: string;
}

/**
 * A rule that could not be evaluated on this data (a 10 MB text where a date belongs, a list too long
 * to loop over, data nested too deep): the evaluation goes on without it. A `validate` or `require`
 * rule that fails also gives its message, so that data it could not check is never passed as valid.
 */
export interface RuleFailure {
  /** The pack and rule; absent when the data as a whole could not be read (nested too deep). */
  packId?: string;
  ruleId?: string;
  kind?: RuleKind;
  /** The data pointer the rule was evaluated for, or where the data could not be read. */
  pointer: string;
  /** What stopped it: the interpreter's limit or error, or `data` for data that cannot be read. */
  stoppedBy: LogicErrorKind | 'data';
  reason: string;
  fix: string;
  /** The whole story in one line, naming the rule, its pack file and place, as RuleEvaluationError does. */
  message: string;
}

/** Everything an evaluation decided. The document's data is never changed. */
export interface RuleOutcome {
  /** Derived values by data pointer (beside the data, never written into it). */
  derived: Record<string, unknown>;
  /** Pointers hidden by `hide` rules, or by `show` rules whose answer was false. */
  hidden: string[];
  /** Pointers disabled by `disable` rules, or by `enable` rules whose answer was false. */
  disabled: string[];
  /** Pointers that must have an answer (not counting hidden ones). */
  required: string[];
  /** Messages from `validate` rules that failed and `require` rules whose target is empty (not at hidden pointers). */
  messages: RuleMessage[];
  /** Every decision of every rule, in order: what each rule decided, for tracing and cases. */
  decisions: RuleDecision[];
  /** Rules that could not be evaluated on this data (empty when every rule ran). `evaluate` never throws for data. */
  failed: RuleFailure[];
}

/** A rule engine for one form. */
export interface RuleEngine {
  /** The form's id. */
  readonly form: string;
  /** The packs, as checked and frozen. */
  readonly packs: readonly RulePack[];
  /**
   * Evaluates every rule of every pack, in order, against a document's data. Never throws for any
   * data: a rule the data stops is listed in `failed`. Throws a KitError only for bad options or a
   * clock that gives no date.
   */
  evaluate(data: unknown, options?: EvaluateOptions): RuleOutcome;
  /**
   * The outcome for `data` after a change, from an outcome this engine returned for the data before it:
   * only the rules that read a changed answer run again, with the derived values that depend on them
   * (and the rules that read those, in order); every other rule's decisions are kept. The result is
   * exactly what `evaluate(data)` gives, provided `changedPointers` lists every answer that changed
   * (added, removed or edited; a pointer covers everything inside it, `""` the whole document). An
   * outcome this engine did not return, or for another date, is evaluated in full. Entries the rules
   * did not touch are shared with `previous`: treat outcomes as read-only.
   */
  update(
    previous: RuleOutcome,
    data: unknown,
    changedPointers: readonly string[],
    options?: EvaluateOptions,
  ): RuleOutcome;
}
