import { cloneJson, setOwn } from '../definition/jsonInput';
import { isEmptyAnswer } from './dateOperators';
import { LogicError } from './LogicError';
import type { RuleDecision, RuleFailure, RuleMessage, RuleOutcome } from './RuleOutcome';
import type { Rule } from './RulePack';
import { RuleEvaluationError, type RuleLocation } from './RulePackError';
import type { TargetInstance } from './ruleTargets';
import { truthy } from './standardOperators';

/** Runs one piece of a rule (its logic, or one message value) on a context, for one date. */
export type RuleRunner = (context: unknown, today: string) => unknown;

/** One rule, ready to run: where it is, what it targets, and how its logic and message values run. */
export interface PlannedRule {
  location: RuleLocation;
  rule: Rule;
  tokens: string[];
  /** For a target without `*`: its one place, the same whatever the data (worked out once). */
  place?: TargetInstance;
  params: Record<string, unknown>;
  logic: RuleRunner;
  messageValues: readonly (readonly [string, RuleRunner])[];
}

/** A copy of a value so that nothing returned shares structure with the input or with the engine. */
export const detach = (value: unknown): unknown =>
  value === null || typeof value !== 'object' ? (value ?? null) : cloneJson(value);

/**
 * True when `pointer` is one of `hidden`, or inside one. A few hidden pointers are compared with it
 * (nothing allocated); with many, each ancestor is looked up instead.
 */
function isInside(pointer: string, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) return false;
  if (hidden.size <= 16) {
    for (const place of hidden) {
      // "" is no place's ancestor here, as in the lookup below.
      if (place === '' || !pointer.startsWith(place)) continue;
      if (pointer.length === place.length || pointer.charCodeAt(place.length) === 47) return true;
    }
    return false;
  }
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    if (hidden.has(pointer.slice(0, end))) return true;
  }
  return false;
}

/** Sets an own property; plain assignment except for `__proto__`, which would set the prototype. */
const put = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') setOwn(target, key, value);
  else target[key] = value;
};

/** The value at a path of own properties (tokens already checked when the plan was made), or undefined. */
export function ownAt(value: unknown, tokens: readonly string[]): unknown {
  let current = value;
  for (let i = 0; i < tokens.length; i++) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, tokens[i] as string))
      return undefined;
    current = (current as Record<string, unknown>)[tokens[i] as string];
  }
  return current;
}

/** Sets a value at a path of own properties, making objects on the way. */
export function setAt(tree: Record<string, unknown>, tokens: readonly string[], value: unknown): void {
  let node = tree;
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) {
      put(node, token, value);
      return;
    }
    let next = Object.hasOwn(node, token) ? node[token] : undefined;
    if (next === null || typeof next !== 'object') {
      next = {};
      put(node, token, next);
    }
    node = next as Record<string, unknown>;
  });
}

/** What one rule gave for one place: its decision, or its failure, and what follows from it. */
export interface RuleEffect {
  decision?: RuleDecision;
  failure?: RuleFailure;
  message?: RuleMessage;
  /** A derived value to store (already detached). */
  derived?: { pointer: string; tokens: string[]; value: unknown };
  /** `hidden`, `disabled` or `required`: the place's pointer joins that set. */
  flag?: 'hidden' | 'disabled' | 'required';
}

/** The message a rule gives at a place: its params and its message values, worked out now. */
function messageOf(planned: PlannedRule, pointer: string, context: unknown, today: string): RuleMessage | undefined {
  const { location, rule, params } = planned;
  if (rule.message === undefined) return undefined;
  const values: Record<string, unknown> = { ...params };
  for (const [name, run] of planned.messageValues) {
    let given: unknown = null;
    try {
      given = detach(run(context, today));
    } catch (error) {
      if (!(error instanceof LogicError)) throw error;
    }
    setOwn(values, name, given);
  }
  return {
    packId: location.pack,
    ruleId: location.rule,
    kind: rule.kind as 'validate' | 'require',
    pointer,
    messageKey: rule.message,
    values: detach(values) as Record<string, unknown>,
    source: rule.source,
  };
}

/** Runs one rule for one place, against the data and the derived values worked out so far. */
export function runRuleAt(
  planned: PlannedRule,
  place: TargetInstance,
  data: unknown,
  derivedTree: Record<string, unknown>,
  today: string,
): RuleEffect {
  const { location, rule, params } = planned;
  const context = {
    data,
    params,
    row: place.row?.item ?? null,
    index: place.row?.index ?? null,
    derived: derivedTree,
    derivedRow: place.row ? (ownAt(derivedTree, place.row.tokens) ?? null) : null,
  };
  let value: unknown;
  try {
    value = planned.logic(context, today);
  } catch (error) {
    if (!(error instanceof LogicError)) throw error;
    const { reason, fix } = error;
    const failure: RuleFailure = {
      packId: location.pack,
      ruleId: location.rule,
      kind: rule.kind,
      pointer: place.pointer,
      stoppedBy: error.kind,
      reason,
      fix,
      message: new RuleEvaluationError(location, place.pointer, reason, fix).message,
    };
    // A check that could not run is not passed: it gives its message, with its params.
    if ((rule.kind === 'validate' || rule.kind === 'require') && rule.message !== undefined) {
      const values = detach(params) as Record<string, unknown>;
      const message: RuleMessage = {
        packId: location.pack,
        ruleId: location.rule,
        kind: rule.kind,
        pointer: place.pointer,
        messageKey: rule.message,
        values,
        source: rule.source,
      };
      return { failure, message };
    }
    return { failure };
  }
  const passed = truthy(value);
  // Object literals written out (not spread): this runs for every rule at every place.
  const decision: RuleDecision = {
    packId: location.pack,
    ruleId: location.rule,
    kind: rule.kind,
    pointer: place.pointer,
    value: rule.kind === 'derive' ? detach(value) : passed,
    source: rule.source,
  };
  switch (rule.kind) {
    case 'derive':
      return { decision, derived: { pointer: place.pointer, tokens: place.tokens, value: detach(value) } };
    case 'validate':
      return { decision, message: passed ? undefined : messageOf(planned, place.pointer, context, today) };
    case 'require':
      if (!passed) return { decision };
      return {
        decision,
        flag: 'required',
        message: isEmptyAnswer(ownAt(data, place.tokens))
          ? messageOf(planned, place.pointer, context, today)
          : undefined,
      };
    case 'show':
    case 'enable':
      return { decision, flag: passed ? undefined : rule.kind === 'show' ? 'hidden' : 'disabled' };
    default:
      return { decision, flag: passed ? (rule.kind === 'hide' ? 'hidden' : 'disabled') : undefined };
  }
}

/** Collects rules' effects, in order, into an outcome. */
export class OutcomeBuilder {
  readonly derived: Record<string, unknown> = {};
  readonly derivedTree: Record<string, unknown> = {};
  private readonly hidden = new Set<string>();
  private readonly disabled = new Set<string>();
  private readonly required = new Set<string>();
  private readonly messages: RuleMessage[] = [];
  private readonly decisions: RuleDecision[] = [];

  constructor(private readonly failed: RuleFailure[]) {}

  add(effect: RuleEffect): void {
    if (effect.failure) this.failed.push(effect.failure);
    if (effect.decision) this.decisions.push(effect.decision);
    if (effect.derived) {
      put(this.derived, effect.derived.pointer, effect.derived.value);
      // The value is already a copy made for this outcome; rules only read the tree.
      setAt(this.derivedTree, effect.derived.tokens, effect.derived.value);
    }
    if (effect.flag !== undefined) {
      const pointer = effect.decision?.pointer ?? '';
      if (effect.flag === 'hidden') this.hidden.add(pointer);
      else if (effect.flag === 'disabled') this.disabled.add(pointer);
      else this.required.add(pointer);
    }
    if (effect.message) this.messages.push(effect.message);
  }

  outcome(): RuleOutcome {
    const isHidden = (pointer: string) => isInside(pointer, this.hidden);
    return {
      derived: this.derived,
      hidden: [...this.hidden],
      disabled: [...this.disabled],
      required: [...this.required].filter((p) => !isHidden(p)),
      messages: this.messages.filter((m) => !isHidden(m.pointer)),
      decisions: this.decisions,
      failed: this.failed,
    };
  }
}
