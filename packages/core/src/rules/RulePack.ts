/** What a rule does with its logic's answer. */
export const RULE_KINDS = ['validate', 'require', 'show', 'hide', 'enable', 'disable', 'derive'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A named number (or text, true/false, or list of these) a policy lead can change without touching logic. */
export type RuleParam = number | string | boolean | null | readonly (number | string | boolean | null)[];

/** One statutory or practice rule. See docs/reference/rule-format.md. */
export interface Rule {
  /** `area.topic.intent`, e.g. `reviews.first-review.due-date`; unique in the pack. */
  id: string;
  /** What the rule does, in plain English. */
  description: string;
  /** Where the rule comes from, e.g. `AAR 2005 reg 36(3)`, or `Agency practice`. */
  source: string;
  kind: RuleKind;
  /** JSON pointer into the form's data; a `*` segment runs the rule once per array item. */
  target: string;
  /** i18n key (starting `messages.`) of what the rule says, for `validate` and `require` rules. */
  message?: string;
  /** Values for the message's `{placeholders}`: name -> JSON-Logic, worked out when the message is given. */
  messageValues?: Record<string, unknown>;
  /** Named values the logic reads as `params.<name>`. */
  params?: Record<string, RuleParam>;
  /** The JSON-Logic. */
  logic: unknown;
}

/** A rule pack: the rules of one topic of one form, evaluated in order. */
export interface RulePack {
  /** `<form>.<pack>`, e.g. `asp-england.reviews`; the file is `rules/<pack>.json`. */
  id: string;
  /** The form's id. */
  form: string;
  description: string;
  rules: Rule[];
}

/** What a case expects of its rule. Every part is optional; a case names at least one. */
export interface RuleCaseExpectation {
  /** Values derived at pointers (other pointers are not compared). */
  derived?: Record<string, unknown>;
  /** Every message the rule gives, in any order; each lists the parts to compare. */
  messages?: { pointer: string; messageKey?: string; values?: Record<string, unknown> }[];
  /** Every pointer the rule makes required. */
  required?: string[];
  /** Every pointer the rule hides. */
  hidden?: string[];
  /** Every pointer the rule disables. */
  disabled?: string[];
}

/** One given -> expected case for a rule. */
export interface RuleCase {
  /** The rule's id. */
  rule: string;
  /** What the case shows, as a sentence. */
  description: string;
  /** The date the case runs on (`YYYY-MM-DD`), for rules that read `today`. */
  today?: string;
  /** The document's data (only what the rule reads). */
  given: unknown;
  expect: RuleCaseExpectation;
}

/** A `<pack>.cases.json` file. */
export interface RuleCasesFile {
  /** The pack's id. */
  pack: string;
  cases: RuleCase[];
}
