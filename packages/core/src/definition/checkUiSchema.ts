import type { FormDefinitionData } from '@adoption-support/schemas';
import type { DefinitionProblem } from './DefinitionProblem';
import { englishLabel } from './englishLabel';
import { guardCheck } from './guardCheck';
import { assertDefinitionObject, guarded } from './jsonInput';
import { schemaFields } from './schemaFields';
import { dataPathText, walkUiSchema } from './uiSchemaControls';

/**
 * Every UI schema scope resolves to a schema property, and every leaf of the schema is reached by
 * exactly one Control (arrays of objects through their detail layout).
 */
export function checkUiSchema(definition: FormDefinitionData): DefinitionProblem[] {
  return guarded('checkUiSchema', () => {
    assertDefinitionObject({ function: 'checkUiSchema' }, definition);
    return checkUiSchemaUnchecked(definition);
  });
}

function checkUiSchemaUnchecked(definition: FormDefinitionData): DefinitionProblem[] {
  return guardCheck('uischema', definition, () => checkUiSchemaUnguarded(definition));
}

function checkUiSchemaUnguarded(definition: FormDefinitionData): DefinitionProblem[] {
  const form = definition.manifest.id;
  const walk = walkUiSchema(form, definition.uischema, definition.schema);
  const problems = [...walk.problems];
  const seen = new Map<string, string>();
  for (const control of walk.controls) {
    const key = control.dataPath.join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        check: 'uischema',
        form,
        file: 'uischema.json',
        pointer: control.uiPointer,
        field: englishLabel(definition, control.dataPath),
        message: `The field "${control.scope}" already has a Control at ${first}, so it would be asked twice.`,
        fix: 'Remove one of the two Controls.',
      });
    } else {
      seen.set(key, control.uiPointer);
    }
  }
  for (const field of schemaFields(definition.schema)) {
    if (field.kind === 'object') continue;
    if (seen.has(field.dataPath.join('\u0000'))) continue;
    if (field.kind === 'array') {
      // Its leaves are reported one by one below when the list itself has no Control.
      continue;
    }
    problems.push({
      check: 'uischema',
      form,
      file: 'schema.json',
      pointer: field.schemaPointer,
      field: englishLabel(definition, field.dataPath),
      message: `The field ${dataPathText(field.dataPath)} has no Control in uischema.json, so nobody can fill it in.`,
      fix: "Add a Control for it to the right Category (for a row of a list, to the list's detail layout), or remove it from schema.json.",
    });
  }
  return problems;
}
