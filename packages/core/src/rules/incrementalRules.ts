import { OutcomeBuilder, type PlannedRule, type RuleEffect, runRuleAt } from './evaluateRules';
import type { RuleFailure, RuleOutcome } from './RuleOutcome';
import { type PathPattern, type RuleDependencies, ruleDependencies, touches } from './ruleDependencies';
import { expandTarget } from './ruleTargets';

/** What an engine keeps of an outcome it returned, so that the next change re-runs only what it touches. */
export interface EvaluationRecord {
  /** The plan of the engine that made the outcome: another engine's outcome is evaluated in full. */
  plan: IncrementalPlan;
  today: string;
  /** Each rule's effects, place by place, in plan order. */
  effects: RuleEffect[][];
}

/**
 * The key under which an outcome carries its record: a symbol private to this module, on a property that
 * is neither enumerable nor writable, so the outcome still compares, spreads, clones and serialises as
 * before (copies drop it, and are then evaluated in full). A WeakMap from outcome to record did the same
 * job, but each entry is an ephemeron the garbage collector treats specially: measured on asp-england,
 * it made every evaluation about 350 µs slower (docs/decisions/0020-rule-engine-speed.md).
 */
const RECORD = Symbol('rule engine record');

/** Attaches its record to an outcome, for update(); gives the outcome back. */
export function keepRecord(outcome: RuleOutcome, record: EvaluationRecord): RuleOutcome {
  Object.defineProperty(outcome, RECORD, { value: record });
  return outcome;
}

/** The record an outcome of this plan carries, or undefined (anything else, or another engine's outcome). */
export function recordOf(previous: unknown, plan: IncrementalPlan): EvaluationRecord | undefined {
  if (previous === null || typeof previous !== 'object' || !Object.hasOwn(previous, RECORD)) return undefined;
  const record = (previous as { [RECORD]?: unknown })[RECORD] as EvaluationRecord;
  return record.plan === plan ? record : undefined;
}

/** A plan with each rule's dependencies, worked out once when the engine is made. */
export interface IncrementalPlan {
  plan: readonly PlannedRule[];
  dependencies: readonly RuleDependencies[];
  /** For each rule: a `derive` rule whose values some later rule reads (only then do its changes matter). */
  feeds: readonly boolean[];
}

export function incrementalPlan(plan: readonly PlannedRule[]): IncrementalPlan {
  const dependencies = plan.map(ruleDependencies);
  const feeds = plan.map(
    (planned, i) =>
      planned.rule.kind === 'derive' &&
      dependencies.slice(i + 1).some((later) => touches(later.derived, [planned.tokens])),
  );
  return { plan, dependencies, feeds };
}

const sameEffects = (a: readonly RuleEffect[], b: readonly RuleEffect[]): boolean =>
  a.length === b.length &&
  a.every((effect, i) => {
    const other = b[i] as RuleEffect;
    return (
      effect.derived?.pointer === other.derived?.pointer &&
      JSON.stringify(effect.derived?.value) === JSON.stringify(other.derived?.value)
    );
  });

/**
 * Evaluates the plan, re-running only the rules that read something in `changed` (data paths) or a
 * derived value that changed on the way (derived values feed later rules, in order); every other rule's
 * effects are taken from `previous`. Without `previous`, every rule runs. The outcome is the one a full
 * evaluation gives: the same effects, assembled in the same order.
 */
export function evaluateIncrementally(
  incremental: IncrementalPlan,
  data: unknown,
  today: string,
  failed: RuleFailure[],
  previous?: { record: EvaluationRecord; changed: readonly PathPattern[] },
): { outcome: RuleOutcome; record: EvaluationRecord } {
  const { plan, dependencies, feeds } = incremental;
  const builder = new OutcomeBuilder(failed);
  const effects: RuleEffect[][] = [];
  const changedDerived: PathPattern[] = [];
  plan.forEach((planned, i) => {
    const before = previous?.record.effects[i];
    const needs = dependencies[i] as RuleDependencies;
    let mine: RuleEffect[];
    if (
      before !== undefined &&
      previous &&
      !touches(needs.data, previous.changed) &&
      !touches(needs.derived, changedDerived)
    ) {
      mine = before;
    } else {
      if (planned.place !== undefined) {
        mine = [runRuleAt(planned, planned.place, data, builder.derivedTree, today)];
      } else {
        mine = [];
        for (const place of expandTarget(planned.tokens, data)) {
          mine.push(runRuleAt(planned, place, data, builder.derivedTree, today));
        }
      }
      if (previous && feeds[i] && (before === undefined || !sameEffects(before, mine))) {
        changedDerived.push(planned.tokens);
      }
    }
    for (const effect of mine) builder.add(effect);
    effects.push(mine);
  });
  return { outcome: builder.outcome(), record: { plan: incremental, today, effects } };
}
