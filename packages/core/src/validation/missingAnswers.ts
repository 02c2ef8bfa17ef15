import type { FormDefinitionData } from '@adoption-support/schemas';
import { assertObject, assertString, guarded } from '../definition/jsonInput';
import { parsePointer } from '../definition/jsonPointer';
import { ANY_ITEM } from '../definition/schemaFields';
import { walkUiSchema } from '../definition/uiSchemaControls';

/** The section of a form (a top-level Category of its UI schema) that shows an answer. */
export interface FormSectionRef {
  /** The section's id: its i18n key without `sections.`, e.g. `network` (as the React task list links to it). */
  id: string;
  /** The section's heading in the chosen language. */
  label: string;
}

/**
 * Whether a value counts as an answer: anything but nothing, `null`, empty text or an empty list
 * (the same test the task list uses for "not started").
 */
export const isAnswerGiven = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The value at a pointer, own keys only (an own `__proto__` key is data like any other). */
function ownValueAt(data: unknown, pointer: string): unknown {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return undefined;
  }
  let current = data;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined;
    current = Object.getOwnPropertyDescriptor(current, token)?.value;
  }
  return current;
}

/**
 * Whether a schema error is about an answer not yet given (a required answer left out, or a place
 * holding nothing: `null`, empty text, an empty list) rather than an answer given in the wrong form.
 * A missing answer stops a document being complete for its stage, never from being saved.
 */
export function isMissingAnswerError(error: { pointer: string; keyword: string }, data: unknown): boolean {
  return guarded('isMissingAnswerError', () => {
    const site = { function: 'isMissingAnswerError', argument: 'error' };
    const fix = 'Pass an error as toFieldErrors gives it: { pointer, keyword, ... }.';
    assertObject(site, error, '', fix);
    assertString(site, error.pointer, '/pointer', fix);
    assertString(site, error.keyword, '/keyword', fix);
    return error.keyword === 'required' || !isAnswerGiven(ownValueAt(data, error.pointer));
  });
}

interface SectionEntry {
  id: string;
  i18n: string;
  fallback: string;
}

/** Every data path (and every leading part of one, array items as `*`) by the section that first shows it. */
const sectionCache = new WeakMap<object, Map<string, SectionEntry>>();

function sectionsByPath(definition: FormDefinitionData): Map<string, SectionEntry> {
  let map = sectionCache.get(definition);
  if (map) return map;
  map = new Map();
  const uischema = definition.uischema as { elements?: unknown };
  const categories = Array.isArray(uischema.elements) ? uischema.elements : [];
  const walk = walkUiSchema(definition.manifest.id, definition.uischema, definition.schema);
  for (const control of walk.controls) {
    const index = Number(/^\/elements\/(\d+)/.exec(control.uiPointer)?.[1] ?? -1);
    const category = categories[index] as { i18n?: unknown; label?: unknown } | undefined;
    if (!category) continue;
    const i18n = typeof category.i18n === 'string' ? category.i18n : `sections.${index + 1}`;
    const entry = {
      id: i18n.replace(/^sections\./, '').replace(/[^A-Za-z0-9_-]/g, '-'),
      i18n,
      fallback: typeof category.label === 'string' ? category.label : '',
    };
    for (let n = 1; n <= control.dataPath.length; n += 1) {
      const key = control.dataPath.slice(0, n).join('/');
      if (!map.has(key)) map.set(key, entry);
    }
  }
  sectionCache.set(definition, map);
  return map;
}

/**
 * The section that shows the answer at a data pointer (for a group of answers, the section of its
 * first field), with its heading in `strings` (then English, then the UI schema's own label); `null`
 * when no section shows it.
 */
export function sectionOfAnswer(
  definition: FormDefinitionData,
  pointer: string,
  strings: readonly Readonly<Record<string, string>>[],
): FormSectionRef | null {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer).map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t));
  } catch {
    return null;
  }
  const map = sectionsByPath(definition);
  for (let n = tokens.length; n > 0; n -= 1) {
    const entry = map.get(tokens.slice(0, n).join('/'));
    if (!entry) continue;
    const key = `${entry.i18n}.label`;
    const layer = strings.find((s) => Object.hasOwn(s, key));
    const label = layer?.[key] ?? (entry.fallback || entry.id);
    return { id: entry.id, label };
  }
  return null;
}
