import { describeValue, guarded, isJsonObject } from '../../definition/jsonInput';
import { KitInputError } from '../../errors';
import { createRuleEngine } from '../createRuleEngine';
import type { RuleEngine, RuleEngineOptions } from '../RuleOutcome';
import type { CompiledRulesFactory } from './CompiledRules';

/** A form definition's rule parts: `form.json`'s pack names and the packs by name. */
export interface DefinitionRules {
  manifest: { rulePacks: readonly string[] };
  rulePacks: Readonly<Record<string, unknown>>;
}

/**
 * The rule engine of a form definition, running the rules compiled by `compileRulePackSource` from
 * that definition's packs: the same API, results, budget and errors as `createRuleEngine({ packs })`,
 * with no interpreter at work. Throws a KitInputError when the compiled module was made from other packs.
 */
export function compiledRuleEngine(
  definition: DefinitionRules,
  factory: CompiledRulesFactory,
  options?: Omit<RuleEngineOptions, 'packs' | 'compiled'>,
): RuleEngine {
  return guarded('compiledRuleEngine', () => build(definition, factory, options));
}

function build(definition: DefinitionRules, factory: CompiledRulesFactory, options: unknown): RuleEngine {
  const names =
    isJsonObject(definition) && isJsonObject(definition.manifest) ? definition.manifest.rulePacks : undefined;
  if (!Array.isArray(names) || !isJsonObject(definition.rulePacks)) {
    throw new KitInputError({
      function: 'compiledRuleEngine',
      argument: 'definition',
      pointer: '',
      problem: `Expected a form definition with manifest.rulePacks and rulePacks, got ${describeValue(definition)}.`,
      fix: "Pass a form definition, e.g. forms['asp-england'].",
    });
  }
  const packs = names.map((name: unknown) =>
    typeof name === 'string' && Object.hasOwn(definition.rulePacks, name) ? definition.rulePacks[name] : undefined,
  );
  if (options !== undefined && !isJsonObject(options)) {
    throw new KitInputError({
      function: 'compiledRuleEngine',
      argument: 'options',
      pointer: '',
      problem: `Expected an options object, got ${describeValue(options)}.`,
      fix: 'Pass { clock, bankHolidays, maxOperations, leapDayBirthday }, or leave it out.',
    });
  }
  return createRuleEngine({ ...options, packs, compiled: factory });
}
