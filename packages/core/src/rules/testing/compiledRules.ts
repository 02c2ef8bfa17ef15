import type { FormDefinitionData } from '@adoption-support/schemas';
import type { CompiledRulesFactory } from '../compile/CompiledRules';
import { compileRulePackSource } from '../compile/compileRulePackSource';
import type { RulePack } from '../RulePack';

/** A form's rule packs, in form.json's order. */
export const packsOf = (definition: FormDefinitionData): RulePack[] =>
  definition.manifest.rulePacks.map((name) => definition.rulePacks[name] as RulePack);

/**
 * Turns compiled source into its factory in the test process. Tests only: the kit itself never
 * evaluates source (that is the point of compiling ahead of time).
 */
export function loadCompiledSource(source: string): CompiledRulesFactory {
  const body = source.replace('export default function rules(', 'return function rules(');
  return new Function(body)() as CompiledRulesFactory;
}

/**
 * The compiled factory for packs, when they can be compiled at all (a test of a malformed pack gets
 * undefined, and the engine then refuses the pack itself, as it would without compiled rules).
 */
export function compiledFor(packs: unknown): CompiledRulesFactory | undefined {
  try {
    return loadCompiledSource(compileRulePackSource(packs));
  } catch {
    return undefined;
  }
}
