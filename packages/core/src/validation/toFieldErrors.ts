import type { FormDefinitionData } from '@adoption-support/schemas';
import { assertArray, assertDefinition, assertObject, assertString, guarded, optionsOf } from '../definition/jsonInput';
import { escapePointerToken, parsePointer, toPointer } from '../definition/jsonPointer';
import { ANY_ITEM, i18nPrefix, type SchemaField, schemaFields } from '../definition/schemaFields';
import { type AnswerKind, errorTemplates, type TemplateValues } from './errorTemplates';
import { sectionLabelKeys } from './sectionLabels';

/** The parts of an ajv error the kit reads (ajv's `ErrorObject`, standalone or runtime). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An error for a person: the field's label, its JSON pointer, and what to do. */
export interface FieldError {
  /** JSON pointer of the field in the document's data (for a missing field, where it would be). */
  pointer: string;
  /** The field's label in the chosen locale. */
  field: string;
  /** The message, e.g. "Enter the date the child moved in". */
  message: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
}

/** Options for {@link toFieldErrors}. */
export interface FieldErrorOptions {
  /** `en` or `cy`; falls back to English for other codes. */
  locale?: string;
  /** Extra strings that win over the form's (an agency's label pack). */
  overrides?: Readonly<Record<string, string>>;
}

const fieldCache = new WeakMap<object, Map<string, SchemaField>>();

function fieldsByPath(definition: FormDefinitionData): Map<string, SchemaField> {
  let map = fieldCache.get(definition.schema);
  if (!map) {
    map = new Map(schemaFields(definition.schema).map((f) => [f.dataPath.join('/'), f]));
    fieldCache.set(definition.schema, map);
  }
  return map;
}

function answerKind(field: SchemaField | undefined): AnswerKind {
  const s = field?.schema;
  if (!s) return 'text';
  if (field.kind === 'array') return 'list';
  if (s.type === 'array') return field.options ? 'multiChoice' : 'list';
  if (s.type === 'boolean') return 'yesNo';
  if (s.format === 'date') return 'date';
  if (s.format === 'email') return 'email';
  if (typeof s.pattern === 'string' && /0-9\+/.test(s.pattern)) return 'phone';
  if (s.type === 'number' || s.type === 'integer') return 'number';
  if (Array.isArray(s.enum)) return 'choice';
  return 'text';
}

/** Lower-cases a label's first letter for use mid-sentence, unless it starts an acronym or a name. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/^[A-Z][a-z]+'s\b/.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/**
 * Turns validator errors into messages for people, in the GOV.UK style and the chosen language, each
 * tied to the field's label and JSON pointer. Raw validator wording never reaches the result. One
 * message per field: the first error for a field wins, as the GOV.UK error summary expects.
 */
export function toFieldErrors(
  definition: FormDefinitionData,
  errors: readonly SchemaError[] | null | undefined,
  options: FieldErrorOptions = {},
): FieldError[] {
  return guarded('toFieldErrors', () => {
    const site = { function: 'toFieldErrors' };
    assertDefinition(site, definition);
    const settings = optionsOf<FieldErrorOptions>(site, options);
    if (settings.overrides !== undefined) {
      assertObject({ ...site, argument: 'options' }, settings.overrides, '/overrides');
      for (const [key, text] of Object.entries(settings.overrides)) {
        assertString({ ...site, argument: 'options' }, text, `/overrides/${escapePointerToken(key)}`);
      }
    }
    if (errors !== null && errors !== undefined) {
      const fix = "Pass the validator's errors as it gave them.";
      assertArray({ ...site, argument: 'errors' }, errors, '', fix);
      for (const [i, error] of errors.entries()) {
        assertObject({ ...site, argument: 'errors' }, error, `/${i}`, fix);
        assertString({ ...site, argument: 'errors' }, error.instancePath, `/${i}/instancePath`, fix);
        assertString({ ...site, argument: 'errors' }, error.keyword, `/${i}/keyword`, fix);
        assertObject({ ...site, argument: 'errors' }, error.params, `/${i}/params`, fix);
      }
    }
    return fieldErrors(definition, errors, settings);
  });
}

function fieldErrors(
  definition: FormDefinitionData,
  errors: readonly SchemaError[] | null | undefined,
  options: FieldErrorOptions,
): FieldError[] {
  const locale = options.locale === 'cy' ? 'cy' : 'en';
  const strings = { ...(definition.locales[locale] ?? definition.locales.en ?? {}), ...options.overrides };
  const templates = errorTemplates[locale];
  const fields = fieldsByPath(definition);
  const sections = sectionLabelKeys(definition);
  const result = new Map<string, FieldError>();
  for (const error of errors ?? []) {
    // An `if` error only says its `then` (or `else`) failed; the errors of that part are listed beside it.
    if (error.keyword === 'if') continue;
    const missingProperty = error.params.missingProperty;
    const missing =
      error.keyword === 'required' ? (typeof missingProperty === 'string' ? missingProperty : '') : undefined;
    let tokens: string[];
    try {
      tokens = parsePointer(error.instancePath);
    } catch {
      tokens = [];
    }
    if (missing !== undefined) tokens.push(missing);
    const pointer = toPointer(tokens);
    if (result.has(pointer)) continue;
    const dataPath = tokens.map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t));
    const field = fields.get(dataPath.join('/'));
    const key = i18nPrefix(dataPath);
    // A field's own label; for a section or group of fields, the heading the UI schema gives it.
    const sectionKey = sections.get(dataPath.join('/'));
    const label = strings[`${key}.label`] ?? (sectionKey ? strings[sectionKey] : undefined) ?? tokens.at(-1) ?? '';
    const override = Object.hasOwn(strings, `${key}.error.${error.keyword}`)
      ? strings[`${key}.error.${error.keyword}`]
      : undefined;
    const limit = error.params.limit;
    const values: TemplateValues = {
      label: inSentence(label),
      limit: typeof limit === 'number' || typeof limit === 'string' ? String(limit) : undefined,
    };
    const kind = answerKind(field);
    let message: string;
    if (override) message = override;
    else if (error.keyword === 'required') message = templates.missing[kind](values);
    else if (error.keyword === 'format') message = (templates.format[kind] ?? templates.invalid)(values);
    else if (error.keyword === 'pattern') message = (templates.format[kind] ?? templates.invalid)(values);
    else if (error.keyword === 'maxLength') message = templates.tooLong(values);
    else if (error.keyword === 'minLength') message = templates.tooShort(values);
    else if (error.keyword === 'minimum' || error.keyword === 'exclusiveMinimum') message = templates.tooSmall(values);
    else if (error.keyword === 'maximum' || error.keyword === 'exclusiveMaximum') message = templates.tooBig(values);
    else if (error.keyword === 'minItems')
      message = limit === 1 ? templates.missing[kind](values) : templates.tooFewItems(values);
    else if (error.keyword === 'enum' || error.keyword === 'const') message = templates.notAnOption(values);
    // Words in a number box, or text where a yes or no belongs (data from elsewhere).
    else if (error.keyword === 'type' && kind === 'number') message = templates.notANumber(values);
    else if (error.keyword === 'type' && kind === 'yesNo') message = templates.missing.yesNo(values);
    else message = templates.invalid(values);
    result.set(pointer, { pointer, field: label, message, keyword: error.keyword });
  }
  return [...result.values()];
}

/** A validator compiled ahead of time (`@adoption-support/schemas/<form-id>`) or by ajv at runtime. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
