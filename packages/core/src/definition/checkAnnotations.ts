import type { FormDefinitionData } from '@adoption-support/schemas';
import { AUDIENCE_KEYWORD, AUDIENCES, HIDDEN_DATA_KEYWORD } from './annotations';
import type { DefinitionProblem } from './DefinitionProblem';
import { englishLabel } from './englishLabel';
import { guardCheck } from './guardCheck';
import { assertDefinitionObject, guarded } from './jsonInput';
import { schemaFields } from './schemaFields';

/**
 * Every leaf must say who may see it and what happens to its answer when hidden, on itself or on an
 * enclosing property. Audiences may only narrow, and only use the audiences the manifest declares.
 */
export function checkAnnotations(definition: FormDefinitionData): DefinitionProblem[] {
  return guarded('checkAnnotations', () => {
    assertDefinitionObject({ function: 'checkAnnotations' }, definition);
    return checkAnnotationsUnchecked(definition);
  });
}

function checkAnnotationsUnchecked(definition: FormDefinitionData): DefinitionProblem[] {
  return guardCheck('annotations', definition, () => checkAnnotationsUnguarded(definition));
}

function checkAnnotationsUnguarded(definition: FormDefinitionData): DefinitionProblem[] {
  const form = definition.manifest.id;
  const problems: DefinitionProblem[] = [];
  const declared = new Set<string>(definition.manifest.audiences);
  const at = (pointer: string, field: string | undefined, message: string, fix: string) =>
    problems.push({ check: 'annotations', form, file: 'schema.json', pointer, field, message, fix });

  if (AUDIENCE_KEYWORD in definition.schema) {
    at(
      '',
      undefined,
      `The schema's root sets "${AUDIENCE_KEYWORD}", which would show every section to those audiences.`,
      `Remove it from the root and set "${AUDIENCE_KEYWORD}" on each section instead.`,
    );
  }
  const fields = schemaFields(definition.schema);
  const byPointer = new Map(fields.map((f) => [f.schemaPointer, f]));
  for (const field of fields) {
    const label = englishLabel(definition, field.dataPath);
    const parentPointer = field.schemaPointer.replace(/\/(properties\/[^/]+|items)$/, '');
    const enclosing = byPointer.get(parentPointer.replace(/\/items$/, ''));
    for (const audience of field.ownAudience ?? []) {
      if (declared.has(audience)) continue;
      // Inside a section that already leaves it out, an audience has no effect: a shared definition
      // may name audiences that only some forms have.
      if (enclosing?.audience && (AUDIENCES as readonly string[]).includes(audience)) continue;
      const listed = [...declared].map((a) => `"${a}"`).join(', ');
      if ((AUDIENCES as readonly string[]).includes(audience)) {
        at(
          `${field.schemaPointer}/${AUDIENCE_KEYWORD}`,
          label,
          `It names the audience "${audience}", which form.json does not list.`,
          `Add "${audience}" to "audiences" in form.json, or remove it here.`,
        );
      } else {
        at(
          `${field.schemaPointer}/${AUDIENCE_KEYWORD}`,
          label,
          `"${audience}" is not an audience.`,
          `Use the audiences form.json lists: ${listed}.`,
        );
      }
    }
    if (field.ownAudience && enclosing?.audience) {
      // An audience form.json does not list is reported above, once.
      const widened = field.ownAudience.filter((a) => declared.has(a) && !enclosing.audience?.includes(a));
      if (widened.length > 0) {
        at(
          `${field.schemaPointer}/${AUDIENCE_KEYWORD}`,
          label,
          `It grants ${widened.map((a) => `"${a}"`).join(', ')}, which the enclosing section does not, so they still would not see it.`,
          'Audiences can only narrow: add the audience to the enclosing section too, or remove it here.',
        );
      }
    }
    if (field.kind !== 'leaf') continue;
    if (field.audience === undefined) {
      at(
        field.schemaPointer,
        label,
        'Nobody is allowed to see this field: neither it nor any enclosing property sets an audience.',
        `Add "${AUDIENCE_KEYWORD}": ["professionals", ...] to the field or to its section.`,
      );
    }
    if (field.hiddenData === undefined) {
      at(
        field.schemaPointer,
        label,
        'It does not say what happens to its answer when the field is hidden.',
        `Add "${HIDDEN_DATA_KEYWORD}": "retain" or "clear" to the field or to its section.`,
      );
    }
  }
  return problems;
}
