import { KitError } from '../errors';
import { formatRuleProblem, type RuleProblem } from './RuleProblem';

/** A rule pack that cannot be used: it failed `validateRulePack`. Lists every problem. */
export class RulePackError extends KitError {
  override name = 'RulePackError';
  constructor(readonly problems: RuleProblem[]) {
    const shown = problems.slice(0, 10).map(formatRuleProblem);
    const more = problems.length > 10 ? [`... and ${problems.length - 10} more.`] : [];
    super(
      `${problems.length === 1 ? 'A rule pack has a problem' : `Rule packs have ${problems.length} problems`}:\n${[...shown, ...more].join('\n')}`,
    );
  }
}

/** Where a rule is: its pack, its id and its place in the pack file. */
export interface RuleLocation {
  /** The pack's id, e.g. `asp-england.reviews`. */
  pack: string;
  /** The pack file, e.g. `rules/reviews.json`. */
  file: string;
  /** The rule's id. */
  rule: string;
  /** JSON pointer of the rule in the pack file, e.g. `/rules/3`. */
  rulePointer: string;
}

/**
 * A rule that could not be evaluated: it ran out of its operation budget, built a value too large,
 * reached for a forbidden property, or met an error. Names the pack, the rule, its place in the pack
 * and the data pointer it was evaluated for.
 */
export class RuleEvaluationError extends KitError {
  override name = 'RuleEvaluationError';
  constructor(
    readonly location: RuleLocation,
    /** The data pointer the rule was evaluated for (with array positions filled in). */
    readonly pointer: string,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(
      `Rule "${location.rule}" in pack "${location.pack}" (${location.file} at ${location.rulePointer}), evaluated for ${pointer}: ${reason} ${fix}`,
    );
  }
}
