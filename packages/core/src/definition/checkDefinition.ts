import type { FormDefinitionData } from '@adoption-support/schemas';
import { checkAnnotations } from './checkAnnotations';
import { checkLocales } from './checkLocales';
import { checkManifest } from './checkManifest';
import { checkRuleMessages } from './checkRuleMessages';
import { checkUiSchema } from './checkUiSchema';
import type { DefinitionProblem } from './DefinitionProblem';
import { assertDefinitionObject, assertString, guarded } from './jsonInput';

/**
 * The checks that need no compiler: manifest, audience and hidden-data annotations, UI schema scopes
 * and reach, and locale keys. Runs the same in Node and browsers. Node adds schema compilation and
 * example checks (`checkFormFolder` in `@adoption-support/core/node`).
 */
export function checkDefinition(definition: FormDefinitionData, folderName?: string): DefinitionProblem[] {
  return guarded('checkDefinition', () => {
    assertDefinitionObject({ function: 'checkDefinition' }, definition);
    if (folderName !== undefined) assertString({ function: 'checkDefinition', argument: 'folderName' }, folderName);
    return checkDefinitionUnchecked(definition, folderName);
  });
}

function checkDefinitionUnchecked(definition: FormDefinitionData, folderName?: string): DefinitionProblem[] {
  return [
    ...checkManifest(definition, folderName),
    ...checkAnnotations(definition),
    ...checkUiSchema(definition),
    ...checkLocales(definition),
    ...checkRuleMessages(definition),
  ];
}
