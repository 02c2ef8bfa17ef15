import {
  type FieldError,
  formatDate,
  getAtPointer,
  isMissingAnswerError,
  type SchemaNode,
  type StandaloneValidator,
  toFieldErrors,
} from '@adoption-support/core';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import { coveredBy, type RuleResults } from '../rules/ruleResults';
import { type DatePart, dateProblem, partsFromValue } from './dateParts';
import { withEmptyContainers } from './withEmptyContainers';

const ALL_PARTS: DatePart[] = ['day', 'month', 'year'];

/** An error for a person, with where it belongs on screen. */
export interface KitFieldError extends FieldError {
  /** Index of the section the field is in. */
  section: number;
  /** For a date: the boxes at fault (day, month, year). */
  parts?: DatePart[];
  /** For an error a rule gave: its id and legal source. */
  ruleId?: string;
  source?: string;
  /**
   * An answer the document's stage still needs (a required answer left out, a `require` rule), not a
   * problem with an answer given: the task list says "needed at this stage" rather than "has problems".
   */
  missing?: boolean;
}

/** Fills a rule message's values for display: dates written out in full. */
export function displayValues(
  values: Readonly<Record<string, unknown>> | undefined,
  strings: KitStrings,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (typeof value === 'number') out[name] = value;
    else if (typeof value === 'string') out[name] = formatDate(value, strings.locale);
    else if (typeof value === 'boolean') out[name] = strings.text(value ? 'kit.answer.yes' : 'kit.answer.no');
    else if (value !== undefined && value !== null) out[name] = JSON.stringify(value);
  }
  return out;
}

/** Everything `collectErrors` reads. */
export interface ErrorInputs {
  model: FormModel;
  /** The whole document. */
  data: unknown;
  validator: StandaloneValidator;
  strings: KitStrings;
  rules: RuleResults;
  /** Maps a pointer into the whole document to the reader's view; undefined when the reader cannot see it. */
  toView?: (pointer: string) => string | undefined;
}

/**
 * Every problem with a document, for the reader: the precompiled validator's errors turned into
 * GOV.UK-style messages by core's `toFieldErrors` (a date's message names the boxes at fault), then
 * the rules' messages, one per field. Only fields the reader can see and change are listed, with
 * pointers into the reader's view; fields the rules hide or make read-only are left out.
 */
export function collectErrors({
  model,
  data,
  validator,
  strings,
  rules,
  toView = (p) => p,
}: ErrorInputs): KitFieldError[] {
  const schema = model.definition.schema as SchemaNode;
  const prepared = withEmptyContainers(schema, data);
  validator(prepared);
  const found = new Map<string, KitFieldError>();
  const add = (error: KitFieldError) => {
    if (!found.has(error.pointer)) found.set(error.pointer, error);
  };
  const place = (pointer: string): { pointer: string; section: number } | undefined => {
    if (coveredBy(rules.hidden, pointer) || coveredBy(rules.disabled, pointer)) return undefined;
    const view = toView(pointer);
    if (view === undefined) return undefined;
    const section = model.sectionOf(view);
    return section === undefined ? undefined : { pointer: view, section };
  };
  const schemaErrors = toFieldErrors(model.definition, validator.errors, {
    locale: strings.locale,
    overrides: strings.overrides,
  });
  for (const error of schemaErrors) {
    const where = place(error.pointer);
    if (!where) continue;
    const missing = isMissingAnswerError(error, data);
    const control = model.controlAt(where.pointer);
    const isDate = control?.schema.format === 'date';
    const ownMessage = control ? strings.get(`${control.i18nKey}.error.${error.keyword}`) : undefined;
    if (isDate && error.keyword !== 'required' && ownMessage === undefined) {
      const problem = dateProblem(partsFromValue(getAtPointer(data, error.pointer)));
      if (problem) {
        add({
          ...error,
          ...where,
          message: strings.text(problem.key, { label: error.field }),
          parts: problem.parts,
          missing,
        });
        continue;
      }
    }
    add({ ...error, ...where, ...(isDate ? { parts: ALL_PARTS } : {}), missing });
  }
  for (const message of rules.messages) {
    if (message.severity === 'info') continue;
    const where = place(message.pointer);
    if (!where) continue;
    const control = model.controlAt(where.pointer);
    const field = control ? (strings.get(`${control.i18nKey}.label`) ?? '') : '';
    add({
      pointer: where.pointer,
      section: where.section,
      field,
      message: strings.text(message.messageKey, { label: field, ...displayValues(message.values, strings) }),
      keyword: 'rule',
      ruleId: message.ruleId,
      missing: message.kind === 'require',
      ...(message.source ? { source: message.source } : {}),
      ...(control?.schema.format === 'date' ? { parts: ALL_PARTS } : {}),
    });
  }
  // The order of the form, section by section and row by row, as the error summary lists them.
  const keys = new Map([...found.keys()].map((pointer) => [pointer, sortKey(model, pointer)]));
  const compare = (a: KitFieldError, b: KitFieldError) => {
    const ka = keys.get(a.pointer) ?? [];
    const kb = keys.get(b.pointer) ?? [];
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? -1) - (kb[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
  return [...found.values()].sort((a, b) => a.section - b.section || compare(a, b));
}

/** Where a pointer comes in the form: the first Control under each step of its path, and row numbers. */
function sortKey(model: FormModel, pointer: string): number[] {
  const tokens = pointer.split('/').slice(1);
  const key: number[] = [];
  const path: string[] = [];
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      key.push(Number(token));
      path.push('*');
      continue;
    }
    path.push(token);
    const index = model.controls.findIndex((c) => path.every((t, i) => c.dataPath[i] === t));
    key.push(index === -1 ? Number.MAX_SAFE_INTEGER : index);
  }
  return key;
}
