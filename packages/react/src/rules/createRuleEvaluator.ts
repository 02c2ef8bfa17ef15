import { type CompiledRulesFactory, createRuleEngine, KitError, type RuleOutcome } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { type DerivedValue, type IncrementalRules, noRules, type RuleEvaluator, type RuleResults } from './ruleResults';

/** What a form's rules may depend on besides the answers. */
export interface RuleEnvironment {
  /** Today's date (ISO `YYYY-MM-DD`), or a clock giving it, so results are reproducible; today in the UK by default. */
  today?: string | (() => string);
  /** Bank holidays (ISO dates) to use instead of the England and Wales table the kit ships. */
  bankHolidays?: readonly string[];
  /**
   * The form's rule packs compiled to JavaScript (`rules` from `@adoption-support/schemas/<id>`), run
   * in place of the interpreter; `AdoptionSupportForm` passes a published form's own.
   */
  compiledRules?: CompiledRulesFactory;
}

/** Core's outcome in the shape the renderers read: derived values carry their rule and legal source. */
export function toRuleResults(outcome: RuleOutcome): RuleResults {
  const derived: DerivedValue[] = [];
  for (const [pointer, value] of Object.entries(outcome.derived)) {
    // `null` is a rule's way of saying it cannot work the value out yet.
    if (value === null || value === undefined) continue;
    const decision = outcome.decisions.find((d) => d.kind === 'derive' && d.pointer === pointer);
    derived.push({
      pointer,
      value,
      ...(decision ? { ruleId: decision.ruleId, source: decision.source } : {}),
    });
  }
  return {
    derived,
    hidden: outcome.hidden,
    disabled: outcome.disabled,
    required: outcome.required,
    messages: outcome.messages.map((m) => ({
      ruleId: m.ruleId,
      pointer: m.pointer,
      messageKey: m.messageKey,
      values: m.values,
      source: m.source,
      severity: 'error' as const,
      kind: m.kind,
    })),
  };
}

/**
 * The evaluator for a form's own rule packs (core's rule engine, one per form, with its own clock
 * and bank holidays), in the order the form's manifest lists them. A form without packs has no rules.
 */
export function createRuleEvaluator(definition: FormDefinitionData, environment: RuleEnvironment): RuleEvaluator {
  const packs = definition.manifest.rulePacks
    .map((name) => definition.rulePacks[name])
    .filter((pack) => pack !== undefined);
  if (packs.length === 0) return noRules;
  const { today, bankHolidays, compiledRules } = environment;
  const engine = createRuleEngine({
    packs,
    ...(compiledRules === undefined ? {} : { compiled: compiledRules }),
    ...(today === undefined ? {} : { clock: typeof today === 'function' ? today : () => today }),
    ...(bankHolidays === undefined ? {} : { bankHolidays }),
  });
  // The outcome behind each document evaluated, so the next change re-runs only what it touches.
  const outcomes = new WeakMap<object, RuleOutcome>();
  const results = (data: unknown, outcome: RuleOutcome) => {
    if (typeof data === 'object' && data !== null) outcomes.set(data, outcome);
    return toRuleResults(outcome);
  };
  const evaluate: RuleEvaluator = (data) => results(data, engine.evaluate(data));
  const incremental: IncrementalRules = {
    update(before, data, changed) {
      const previous = typeof before === 'object' && before !== null ? outcomes.get(before) : undefined;
      if (!previous) return evaluate(data);
      try {
        return results(data, engine.update(previous, data, changed));
      } catch (error) {
        // A pointer the engine refuses (a key JSON Forms does not escape): evaluate in full.
        if (error instanceof KitError) return evaluate(data);
        throw error;
      }
    },
  };
  return Object.assign(evaluate, incremental);
}
