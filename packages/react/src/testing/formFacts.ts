// Facts about the real forms, read from their definitions, for tests that must keep passing after a
// policy lead releases a change (a rename, a new required question, an option removed, a reader
// restriction). Tests take their fields, labels and options from here, never from memory.
import { errorTemplates, getAtPointer, type SchemaNode, schemaFields } from '@adoption-support/core';
import { type FormDefinitionData, forms } from '@adoption-support/schemas';
import { formModel } from '../definition/formModel';
import { MAX_RADIOS } from '../renderers/ChoiceControl';

/** A question of a form, outside any list, as the agency sees it. */
export interface Question {
  /** JSON pointer of its answer, e.g. `/header/planDate`. */
  pointer: string;
  dataPath: string[];
  /** Its i18n key prefix. */
  key: string;
  /** Index of its section. */
  section: number;
  schema: SchemaNode;
  /** The `options` of its UI schema Control. */
  options: Record<string, unknown>;
  /** Its label in a locale (English unless asked). */
  label: (locale?: 'en' | 'cy') => string;
}

const labelOf =
  (definition: FormDefinitionData, key: string) =>
  (locale: 'en' | 'cy' = 'en') => {
    const label = definition.locales[locale]?.[`${key}.label`];
    if (typeof label !== 'string') throw new Error(`${definition.manifest.id} has no ${locale} label for ${key}.`);
    return label;
  };

/**
 * Every question of a form outside lists, in the order of the form, that holds an answer (not a
 * group); with `lists`, the lists themselves too.
 */
export function questions(definition: FormDefinitionData, { lists = false } = {}): Question[] {
  const kinds = new Set(lists ? ['leaf', 'array'] : ['leaf']);
  const answers = new Set(
    schemaFields(definition.schema)
      .filter((f) => kinds.has(f.kind) || (lists && f.schema.type === 'array'))
      .map((f) => f.dataPath.join('/')),
  );
  const model = formModel(definition, 'agency');
  return model.controls
    .filter((c) => !c.dataPath.includes('*') && answers.has(c.dataPath.join('/')))
    .map((c) => ({
      pointer: `/${c.dataPath.join('/')}`,
      dataPath: c.dataPath,
      key: c.i18nKey,
      section: c.section,
      schema: c.schema,
      options: ((getAtPointer(model.uischema, c.uiPointer) as { options?: Record<string, unknown> } | undefined)
        ?.options ?? {}) as Record<string, unknown>,
      label: labelOf(definition, c.i18nKey),
    }));
}

/** Whether a question is a choice shown as radios (not a drop-down list). */
export const isRadios = (q: Question): boolean =>
  Array.isArray(q.schema.enum) &&
  q.options.format !== 'select' &&
  (q.options.format === 'radio' || q.schema.enum.length <= MAX_RADIOS);

/** Whether a question is a plain text box. */
export const isTextBox = (q: Question): boolean =>
  q.schema.type === 'string' &&
  q.schema.enum === undefined &&
  q.schema.format === undefined &&
  q.schema.pattern === undefined &&
  q.options.multi !== true;

/** Whether every step of a data path is required by its parent, so a blank form asks for it. */
function requiredAllTheWay(definition: FormDefinitionData, dataPath: readonly string[]): boolean {
  const byPath = new Map(schemaFields(definition.schema).map((f) => [f.dataPath.join('/'), f.schema]));
  return dataPath.every((token, i) => {
    const parent = i === 0 ? definition.schema : byPath.get(dataPath.slice(0, i).join('/'));
    const required = (parent as { required?: unknown } | undefined)?.required;
    return Array.isArray(required) && required.includes(token);
  });
}

/** The questions a blank form asks for, in the order of the form; with `lists`, the lists it needs too. */
export const requiredQuestions = (definition: FormDefinitionData, options: { lists?: boolean } = {}): Question[] =>
  questions(definition, options).filter((q) => requiredAllTheWay(definition, q.dataPath));

/** The messages a missing answer to a question may be given: one per kind of answer, in its own label. */
export function missingMessages(question: Question, locale: 'en' | 'cy' = 'en'): string[] {
  const label = question.label(locale);
  const asInSentence = [label, label.charAt(0).toLowerCase() + label.slice(1)];
  return Object.values(errorTemplates[locale].missing).flatMap((template) =>
    asInSentence.map((l) => template({ label: l })),
  );
}

/** The first form (in the registry's order) that has what a test needs, or an error naming the need. */
export function formWith<T>(
  need: string,
  find: (definition: FormDefinitionData) => T | undefined,
): { definition: FormDefinitionData; found: T } {
  for (const definition of Object.values(forms) as FormDefinitionData[]) {
    const found = find(definition);
    if (found !== undefined) return { definition, found };
  }
  throw new Error(`No form has ${need}.`);
}

/** A document holding `value` at a data path (no list rows). */
export const documentWith = (dataPath: readonly string[], value: unknown): Record<string, unknown> =>
  dataPath.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;

/** The value at a data path of a document (no list rows). */
export const valueAt = (data: unknown, dataPath: readonly string[]): unknown =>
  dataPath.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

/**
 * Every free-text answer of a document (not codes, dates, numbers or yes/no), by pointer: the words a
 * test can look for on screen, or make sure are not there.
 */
export function freeTextAnswers(definition: FormDefinitionData, data: unknown): Map<string, string> {
  const textFields = new Set(
    schemaFields(definition.schema)
      .filter((f) => f.kind === 'leaf' && f.schema.type === 'string' && !f.schema.enum && !f.schema.format)
      .map((f) => f.dataPath.join('/')),
  );
  const out = new Map<string, string>();
  const pending: [unknown, string[]][] = [[data, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, tokens] = next;
    if (typeof value === 'string') {
      if (textFields.has(tokens.map((t) => (/^\d+$/.test(t) ? '*' : t)).join('/'))) {
        out.set(`/${tokens.join('/')}`, value);
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) pending.push([v, [...tokens, k]]);
    }
  }
  return out;
}
