import type { LeapDayBirthday } from '../calendar/ageOn';
import { describeValue, isJsonObject } from '../definition/jsonInput';
import { KitError, KitInputError } from '../errors';
import { COMPILED_RULES_FORMAT, type CompiledRule, type CompiledRulesFactory } from './compile/CompiledRules';
import { createCompiledRuntime } from './compile/compiledRuntime';
import { ruleDigest } from './compile/ruleDigest';
import { createInterpreter } from './createInterpreter';
import type { PlannedRule, RuleRunner } from './evaluateRules';
import type { RulePack } from './RulePack';
import { expandTarget, hasRows, targetTokens } from './ruleTargets';

/** The engine settings its operators need. */
export interface PlanSettings {
  form: string;
  bankHolidays: readonly string[];
  leapDayBirthday?: LeapDayBirthday;
  maxOperations?: number;
}

const stale = (problem: string): never => {
  throw new KitInputError({
    function: 'createRuleEngine',
    argument: 'compiled',
    pointer: '',
    problem,
    fix: 'Compile the packs again (pnpm generate) and use the module made from the same packs.',
  });
};

/** Calls a compiled module's factory and checks it was made from these very packs. */
function compiledRules(
  factory: unknown,
  packs: readonly RulePack[],
  runtime: ReturnType<typeof createCompiledRuntime>,
) {
  if (typeof factory !== 'function') {
    return stale(`Expected the default export of a compiled rules module, got ${describeValue(factory)}.`);
  }
  let set: unknown;
  try {
    set = (factory as CompiledRulesFactory)(runtime.library);
  } catch (error) {
    if (error instanceof KitError) throw error;
    return stale(`Its factory failed (${error instanceof Error ? error.name : typeof error}).`);
  }
  if (!isJsonObject(set) || set.format !== COMPILED_RULES_FORMAT || !Array.isArray(set.packs)) {
    return stale(`It is not compiled rules of format ${COMPILED_RULES_FORMAT}.`);
  }
  const byPack = new Map<string, readonly CompiledRule[]>();
  for (const pack of set.packs as unknown[]) {
    if (isJsonObject(pack) && typeof pack.id === 'string' && Array.isArray(pack.rules)) byPack.set(pack.id, pack.rules);
  }
  return packs.map((pack) => {
    const rules = byPack.get(pack.id) ?? stale(`It has no pack "${pack.id}".`);
    if (rules.length !== pack.rules.length)
      stale(`Its pack "${pack.id}" has ${rules.length} rules, not ${pack.rules.length}.`);
    return pack.rules.map((rule, i) => {
      const made = rules[i] as CompiledRule;
      if (!isJsonObject(made) || made.id !== rule.id || made.digest !== ruleDigest(rule)) {
        stale(`Its rule ${i + 1} of "${pack.id}" was compiled from other logic than "${rule.id}".`);
      }
      if (typeof made.logic !== 'function' || !Array.isArray(made.messageValues)) {
        stale(`Its rule "${rule.id}" is not a compiled rule.`);
      }
      return made;
    });
  });
}

/**
 * Makes each rule of the packs ready to run: on one interpreter of the engine's own, or, given a
 * compiled module's factory, on its compiled functions (checked against the packs first).
 */
export function planRules(packs: readonly RulePack[], settings: PlanSettings, compiled?: unknown): PlannedRule[] {
  const options = {
    bankHolidays: settings.bankHolidays,
    leapDayBirthday: settings.leapDayBirthday,
    limits: settings.maxOperations === undefined ? {} : { maxOperations: settings.maxOperations },
  };
  let runnersOf: (pack: number, index: number) => Pick<PlannedRule, 'logic' | 'messageValues'>;
  if (compiled === undefined) {
    const interpreter = createInterpreter(options);
    const runner =
      (logic: unknown): RuleRunner =>
      (context, today) =>
        interpreter.run(logic, context, { today });
    runnersOf = (p, i) => {
      const rule = packs[p]?.rules[i] as RulePack['rules'][number];
      return {
        logic: runner(rule.logic),
        messageValues: Object.entries(rule.messageValues ?? {}).map(([name, logic]) => [name, runner(logic)] as const),
      };
    };
  } else {
    const runtime = createCompiledRuntime(options);
    const made = compiledRules(compiled, packs, runtime);
    runnersOf = (p, i) => {
      const rule = made[p]?.[i] as CompiledRule;
      const logic = rule.logic;
      return {
        logic: (context, today) => runtime.run(logic, context, today),
        messageValues: rule.messageValues.map(
          ([name, value]) => [name, (context: unknown, today: string) => runtime.run(value, context, today)] as const,
        ),
      };
    };
  }
  return packs.flatMap((pack, p) =>
    pack.rules.map((rule, index) => {
      const tokens = targetTokens(rule.target) ?? [];
      return {
        location: {
          pack: pack.id,
          file: `rules/${pack.id.slice(settings.form.length + 1)}.json`,
          rule: rule.id,
          rulePointer: `/rules/${index}`,
        },
        rule,
        tokens,
        place: hasRows(tokens) ? undefined : Object.freeze(expandTarget(tokens, undefined)[0]),
        params: (rule.params ?? {}) as Record<string, unknown>,
        ...runnersOf(p, index),
      };
    }),
  );
}
