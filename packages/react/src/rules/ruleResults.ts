/** A message a rule gives about a field: a problem to fix, or a note. */
export interface RuleMessage {
  /** The rule's id, `area.topic.intent`. */
  ruleId: string;
  /** JSON pointer (into the whole document) of the field the message is about. */
  pointer: string;
  /** Key of the message in the form's strings. */
  messageKey: string;
  /** Values for the message's `{name}` placeholders. */
  values?: Readonly<Record<string, unknown>>;
  /** Where the rule comes from, e.g. `AAR 2005 reg 36(3)`. */
  source?: string;
  /** `error` blocks submission (the default); `info` is shown beside the field only. */
  severity?: 'error' | 'info';
  /**
   * `require`: an answer the stage still needs (the task list says "needed at this stage");
   * `validate` (the default): a problem with an answer given ("has problems").
   */
  kind?: 'validate' | 'require';
}

/** A value a rule works out from the answers, shown beside them and never written over them. */
export interface DerivedValue {
  /** JSON pointer of the value (a field of the form, or a place beside the answers). */
  pointer: string;
  value: unknown;
  ruleId?: string;
  /** Key of the sentence that presents it, e.g. "First review due by {value}". */
  messageKey?: string;
  /** Where the rule comes from, e.g. `AAR 2005 reg 36(3)`. */
  source?: string;
}

/** What the form's rule packs say about one version of the answers. */
export interface RuleResults {
  /** Values worked out from the answers. */
  derived: readonly DerivedValue[];
  /** Pointers of fields (or groups) the rules hide. */
  hidden: readonly string[];
  /** Pointers of fields the rules make read-only. */
  disabled: readonly string[];
  /** Pointers of fields the rules make required. */
  required: readonly string[];
  messages: readonly RuleMessage[];
}

/** Runs a form's rules on the whole document. It must be pure: the same answers give the same results. */
export type RuleEvaluator = (data: unknown) => RuleResults;

/**
 * What the kit's own evaluator (`createRuleEvaluator`) also does: the results after a change, from a
 * document it evaluated before, re-running only the rules that read a changed answer (core's
 * `RuleEngine.update`). `changed` lists JSON pointers into `data`; `""` is the whole document.
 */
export interface IncrementalRules {
  update(before: unknown, data: unknown, changed: readonly string[]): RuleResults;
}

/** The results of a form without rules. */
export const NO_RULE_RESULTS: RuleResults = Object.freeze({
  derived: [],
  hidden: [],
  disabled: [],
  required: [],
  messages: [],
});

/** An evaluator for a form without rules. */
export const noRules: RuleEvaluator = () => NO_RULE_RESULTS;

/** Whether `pointer` is at or under any of `pointers` (a hidden group hides what is in it). */
export function coveredBy(pointers: readonly string[], pointer: string): boolean {
  return pointers.some((p) => p === pointer || pointer.startsWith(`${p}/`));
}
