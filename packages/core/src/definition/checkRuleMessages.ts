import type { FormDefinitionData } from '@adoption-support/schemas';
import type { DefinitionProblem } from './DefinitionProblem';
import { assertDefinitionObject, describeValue, guarded } from './jsonInput';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every message a rule pack speaks has text in every locale of the form. */
export function checkRuleMessages(definition: FormDefinitionData): DefinitionProblem[] {
  return guarded('checkRuleMessages', () => {
    assertDefinitionObject({ function: 'checkRuleMessages' }, definition);
    return checkRuleMessagesUnchecked(definition);
  });
}

function checkRuleMessagesUnchecked(definition: FormDefinitionData): DefinitionProblem[] {
  const form = definition.manifest.id;
  const problems: DefinitionProblem[] = [];
  for (const [name, pack] of Object.entries(definition.rulePacks)) {
    const rules = isObject(pack) && Array.isArray(pack.rules) ? pack.rules : [];
    for (const [i, rule] of rules.entries()) {
      if (!isObject(rule) || typeof rule.message !== 'string') continue;
      for (const [code, strings] of Object.entries(definition.locales)) {
        if (typeof strings[rule.message] === 'string' && strings[rule.message]?.trim()) continue;
        problems.push({
          check: 'locales',
          form,
          file: `rules/${name}.json`,
          pointer: `/rules/${i}/message`,
          message: `Rule ${typeof rule.id === 'string' ? rule.id : describeValue(rule.id)} speaks the message "${rule.message}", which i18n/${code}.json does not have.`,
          fix: `Add "${rule.message}" to i18n/${code}.json with the ${code === 'cy' ? 'Welsh' : 'English'} wording.`,
        });
      }
    }
  }
  return problems;
}
