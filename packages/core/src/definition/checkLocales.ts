import type { FormDefinitionData } from '@adoption-support/schemas';
import type { DefinitionProblem } from './DefinitionProblem';
import { guardCheck } from './guardCheck';
import { assertDefinitionObject, describeValue, guarded } from './jsonInput';
import { i18nPrefix, objectItems, schemaFields } from './schemaFields';
import { walkUiSchema } from './uiSchemaControls';

/** The string keys a form uses: those it must have, and those it may have. */
export interface FormStringKeys {
  required: Set<string>;
  optional: Set<string>;
}

/** Keywords whose message a form may word itself for a field, as `<field>.error.<keyword>`. */
export const ERROR_KEYWORDS = [
  'required',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'enum',
  'type',
];

/** Prefix of keys that rule packs own (their messages); checked with the rule packs. */
export const RULE_MESSAGE_PREFIX = 'messages.';

/**
 * The ending of a key holding text for the agency and professionals only (decision 0025): beside the
 * introduction (`form.guidance`), a section's or group's description and a field's hint. Readers
 * outside the agency (adopters, the child, a birth relative) never see it.
 */
export const GUIDANCE_SUFFIX = '.guidance';

/** Works out every string key the form's UI needs, from its manifest, UI schema and schema. */
export function formStringKeys(definition: FormDefinitionData): FormStringKeys {
  return guarded('formStringKeys', () => {
    assertDefinitionObject({ function: 'formStringKeys' }, definition);
    return formStringKeysUnchecked(definition);
  });
}

function formStringKeysUnchecked(definition: FormDefinitionData): FormStringKeys {
  const required = new Set<string>([definition.manifest.titleKey, 'form.description']);
  const optional = new Set<string>([`form${GUIDANCE_SUFFIX}`]);
  const walk = walkUiSchema(definition.manifest.id, definition.uischema, definition.schema);
  for (const section of walk.sections) {
    if (!section.i18n) continue;
    required.add(`${section.i18n}.label`);
    optional.add(`${section.i18n}.description`);
    optional.add(`${section.i18n}${GUIDANCE_SUFFIX}`);
  }
  for (const control of walk.controls) {
    required.add(`${control.i18nKey}.label`);
    optional.add(`${control.i18nKey}.description`);
    optional.add(`${control.i18nKey}${GUIDANCE_SUFFIX}`);
    for (const keyword of ERROR_KEYWORDS) optional.add(`${control.i18nKey}.error.${keyword}`);
    if (objectItems(definition.schema, control.schema)) continue;
    const node = control.schema;
    const items = node.items as Record<string, unknown> | undefined;
    const options = Array.isArray(node.enum) ? node.enum : Array.isArray(items?.enum) ? items.enum : [];
    for (const option of options)
      required.add(`${control.i18nKey}.${typeof option === 'object' ? describeValue(option) : String(option)}`);
  }
  return { required, optional };
}

/** The name of a locale's language, for messages: `cy` is Welsh. */
const LANGUAGES: Readonly<Record<string, string>> = { en: 'English', cy: 'Welsh' };
const language = (code: string): string =>
  (Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined) ?? `"${code}"`;

/**
 * The one wording for a string a locale file lacks, whatever the string: a label the form needs, a
 * hint another locale has, or the label of a question not yet on a page.
 */
const missingWording = (code: string, key: string): string => `The ${language(code)} wording for "${key}" is missing.`;

/**
 * Every key the form needs exists in every locale, with text; no locale has a key the others lack;
 * and no locale carries a key the form does not use.
 */
export function checkLocales(definition: FormDefinitionData): DefinitionProblem[] {
  return guarded('checkLocales', () => {
    assertDefinitionObject({ function: 'checkLocales' }, definition);
    return checkLocalesUnchecked(definition);
  });
}

function checkLocalesUnchecked(definition: FormDefinitionData): DefinitionProblem[] {
  return guardCheck('locales', definition, () => checkLocalesUnguarded(definition));
}

function checkLocalesUnguarded(definition: FormDefinitionData): DefinitionProblem[] {
  const form = definition.manifest.id;
  const problems: DefinitionProblem[] = [];
  const { required, optional } = formStringKeys(definition);
  const locales = Object.entries(definition.locales);
  const allKeys = new Set(locales.flatMap(([, strings]) => Object.keys(strings)));
  const english = definition.locales.en ?? {};
  // The field a key belongs to (`child.dateOfBirth.description` -> `child.dateOfBirth`), named by its label.
  const fieldKeys = new Map(
    schemaFields(definition.schema as Record<string, unknown>).map((f) => [i18nPrefix(f.dataPath), f] as const),
  );
  const fieldOf = (key: string) => {
    const tokens = key.split('.');
    for (let end = tokens.length - 1; end > 0; end--) {
      const field = fieldKeys.get(tokens.slice(0, end).join('.'));
      if (field) return field;
    }
    return undefined;
  };
  const labelOf = (key: string) => {
    const field = fieldOf(key);
    return field ? (english[`${i18nPrefix(field.dataPath)}.label`] ?? english[key]) : english[key];
  };
  for (const code of definition.manifest.locales) {
    if (!definition.locales[code]) {
      problems.push({
        check: 'locales',
        form,
        file: `i18n/${code}.json`,
        pointer: '',
        message: `form.json lists the locale "${code}" but there is no i18n/${code}.json.`,
        fix: `Create i18n/${code}.json with every key of i18n/en.json, or remove "${code}" from form.json.`,
      });
    }
  }
  // A key of a field that is in schema.json but on no page: the form will use it once the field has a Control.
  const ofFieldWithoutControl = (key: string) => {
    const field = fieldOf(key);
    return field !== undefined && field.kind !== 'object' && !required.has(`${i18nPrefix(field.dataPath)}.label`);
  };
  const usedKey = (key: string) =>
    required.has(key) || optional.has(key) || key.startsWith(RULE_MESSAGE_PREFIX) || ofFieldWithoutControl(key);
  for (const [code, strings] of locales) {
    const file = `i18n/${code}.json`;
    for (const key of required) {
      const text = strings[key];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push({
          check: 'locales',
          form,
          file,
          pointer: `/${key}`,
          field: labelOf(key),
          message:
            text === undefined ? missingWording(code, key) : `The ${language(code)} wording for "${key}" is empty.`,
          fix: `Add "${key}" to ${file} with the ${language(code)} wording.`,
        });
      }
    }
    for (const key of allKeys) {
      // A key the form does not use is reported where it is written (a misspelt key), not as missing here.
      if (!(key in strings) && !required.has(key) && usedKey(key)) {
        problems.push({
          check: 'locales',
          form,
          file,
          pointer: `/${key}`,
          field: labelOf(key),
          message: missingWording(code, key),
          fix: `Add "${key}" to ${file} with the ${language(code)} wording, or remove it from ${locales
            .filter(([other, strings]) => other !== code && key in strings)
            .map(([other]) => `i18n/${other}.json`)
            .join(' and ')}.`,
        });
      }
    }
    for (const key of Object.keys(strings)) {
      if (required.has(key) || optional.has(key) || key.startsWith(RULE_MESSAGE_PREFIX)) continue;
      const field = fieldOf(key);
      if (field && ofFieldWithoutControl(key)) {
        // The field is in schema.json but not on any page: say that, not that the key is unknown.
        const pointer = `/${field.dataPath.join('/')}`;
        problems.push({
          check: 'locales',
          form,
          file,
          pointer: `/${key}`,
          field: labelOf(key),
          message: `The key "${key}" belongs to the field ${pointer}, which is in schema.json but has no Control in uischema.json, so it is never shown.`,
          fix: `Add a Control for ${pointer} to uischema.json, or remove the field from schema.json and this key from ${file}.`,
        });
        continue;
      }
      if (key.endsWith(GUIDANCE_SUFFIX)) {
        const base = key.slice(0, -GUIDANCE_SUFFIX.length);
        problems.push({
          check: 'locales',
          form,
          file,
          pointer: `/${key}`,
          message: `The guidance "${key}" stands beside no introduction, section, group or field: the form has no "${base}.label" or "${base}.description".`,
          fix: `Correct "${base}" to the key of the field, section or group it guides (e.g. "child.dateOfBirth.guidance"), or "form.guidance" for the introduction.`,
        });
        continue;
      }
      problems.push({
        check: 'locales',
        form,
        file,
        pointer: `/${key}`,
        message: `The key "${key}" is not used by any field, section or option of the form.`,
        fix: 'Remove it, or correct its spelling to match the field\'s data path (e.g. "child.dateOfBirth.label").',
      });
    }
  }
  return problems;
}
