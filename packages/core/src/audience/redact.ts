import type { Audience, FormDefinitionData } from '@adoption-support/schemas';
import { AUDIENCE_KEYWORD, AUDIENCES } from '../definition/annotations';
import {
  assertDefinition,
  assertDepth,
  cloneJson,
  describeValue,
  guarded,
  optionsOf,
  setOwn,
} from '../definition/jsonInput';
import { escapePointerToken } from '../definition/jsonPointer';
import { objectItems, resolveRef, type SchemaNode } from '../definition/schemaFields';
import { KitInputError } from '../errors';
import { conditionAllows, rowsPerRelative } from './conditions';

/** Options for {@link redact}. */
export interface RedactOptions {
  /**
   * For the birth-family view: the position of the relative's own row in each list a birth relative
   * may see (the recipients of birth-family support). Without it they see no rows at all, so one
   * relative never sees another's support. Lists inside their own row are theirs and are not
   * filtered again.
   */
  birthFamilyRecipient?: number;
}

/** What a reader may see of a document, and what was taken out. */
export interface Redaction<T = Record<string, unknown>> {
  /** A new document holding only what the reader may see. Rows of a list close up when one goes. */
  data: T;
  /**
   * JSON pointers into the input of the values removed: the outermost removed value of each
   * branch, and every row removed from a list that is kept (so positions can be matched up).
   */
  removed: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** An answer: a scalar, or a list of scalars (a multi-select). Anything else is not an answer. */
const isAnswer = (value: unknown) => isScalar(value) || (Array.isArray(value) && value.every(isScalar));

const hasContent = (value: Record<string, unknown> | unknown[]) =>
  Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;

const isObjectSchema = (schema: SchemaNode) => schema.type === 'object' || isObject(schema.properties);

const isForbidden = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';

/**
 * Returns only what `audience` may see of a form's data, and denies by default: a value is kept only
 * when the `x-audience` lists on its schema path (including a list's items) all grant the audience.
 * Values the schema does not describe are removed, and so are values of the wrong shape (an object
 * where the schema has an answer, an answer where it has a section or a list). Groups left with
 * nothing visible are removed. The input is not changed.
 *
 * An `x-audience-when` condition narrows further: a value is kept for an audience it names only
 * while the answer the condition reads (from the document's root, or from the row or section it
 * sits on) has one of the listed values (`in`) or a value that is not listed (`notIn`). A missing
 * answer denies.
 *
 * The birth family sees only their own row of each list they may see: pass its position as
 * `birthFamilyRecipient`. A list marked `"x-birth-family-rows": "all"` belongs to the one person
 * the document is about, and is shown whole.
 */
export function redact<T = Record<string, unknown>>(
  definition: FormDefinitionData,
  data: unknown,
  audience: Audience,
  options: RedactOptions = {},
): Redaction<T> {
  return guarded('redact', () => {
    const site = { function: 'redact' };
    assertDefinition(site, definition);
    const form = definition.manifest.id;
    assertDepth({ ...site, form, argument: 'data' }, data);
    if (typeof audience !== 'string' || !(AUDIENCES as readonly string[]).includes(audience)) {
      throw new KitInputError({
        ...site,
        form,
        argument: 'audience',
        pointer: '',
        problem: `${describeValue(audience)} is not an audience the kit knows.`,
        fix: `Pass one of: ${AUDIENCES.join(', ')}.`,
      });
    }
    const settings = optionsOf<RedactOptions>(site, options);
    const recipient = settings.birthFamilyRecipient;
    if (recipient !== undefined && !Number.isSafeInteger(recipient)) {
      throw new KitInputError({
        ...site,
        form,
        argument: 'options',
        pointer: '/birthFamilyRecipient',
        problem: `${describeValue(recipient)} is not a whole number.`,
        fix: "Pass the position (0, 1, ...) of the relative's own row, or leave it out.",
      });
    }
    return redactData<T>(definition, data, audience, settings);
  });
}

function redactData<T>(
  definition: FormDefinitionData,
  data: unknown,
  audience: Audience,
  options: RedactOptions,
): Redaction<T> {
  const root = definition.schema;
  const removed: string[] = [];

  // `granted` is undefined until a list on the path speaks: a value is still denied then. A
  // condition (`x-audience-when`) that does not hold for the value denies it and all inside it.
  const grant = (schema: SchemaNode, inherited: boolean | undefined, value: unknown): boolean | undefined => {
    const own = schema[AUDIENCE_KEYWORD];
    const listed = Array.isArray(own) ? inherited !== false && own.includes(audience) : inherited;
    return listed !== false && !conditionAllows(schema, audience, data, value) ? false : listed;
  };

  /** Visits a value and, when it is removed, reports only its own pointer, not those inside it. */
  const keepOrRemove = (visit: () => unknown, pointer: string, present: boolean): unknown => {
    const mark = removed.length;
    const kept = visit();
    if (kept === undefined) {
      removed.length = mark;
      if (present) removed.push(pointer);
    }
    return kept;
  };

  const visitObject = (
    value: Record<string, unknown>,
    schema: SchemaNode,
    pointer: string,
    granted: boolean | undefined,
    inOwnRow: boolean,
  ): Record<string, unknown> => {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      const raw = Object.hasOwn(properties, key) && !isForbidden(key) ? properties[key] : undefined;
      if (!isObject(raw)) {
        removed.push(childPointer);
        continue;
      }
      const kept = keepOrRemove(
        () => visitValue(child, resolveRef(root, raw), childPointer, granted, inOwnRow),
        childPointer,
        child !== undefined,
      );
      if (kept !== undefined) setOwn(out, key, kept);
    }
    return out;
  };

  const visitRows = (
    value: unknown[],
    list: SchemaNode,
    items: SchemaNode,
    pointer: string,
    granted: boolean | undefined,
    inOwnRow: boolean,
  ): unknown[] | undefined => {
    // The outermost list a birth relative sees holds one row per relative: they see only theirs,
    // unless the list says its rows all belong to the one person the document is about.
    const perRecipient = audience === 'birthFamily' && !inOwnRow && rowsPerRelative(list);
    const ownRows = inOwnRow || audience === 'birthFamily';
    const rows: unknown[] = [];
    value.forEach((row, index) => {
      const rowPointer = `${pointer}/${index}`;
      if (perRecipient && options.birthFamilyRecipient !== index) {
        removed.push(rowPointer);
        return;
      }
      const kept = keepOrRemove(
        () => {
          const rowGranted = grant(items, granted, row);
          if (rowGranted === false || !isObject(row)) return undefined;
          const out = visitObject(row, items, rowPointer, rowGranted, ownRows);
          return hasContent(out) ? out : undefined;
        },
        rowPointer,
        true,
      );
      if (kept !== undefined) rows.push(kept);
    });
    return rows.length > 0 ? rows : undefined;
  };

  const visitValue = (
    value: unknown,
    schema: SchemaNode,
    pointer: string,
    inherited: boolean | undefined,
    inOwnRow: boolean,
  ): unknown => {
    const granted = grant(schema, inherited, value);
    if (granted === false) return undefined;
    const items = objectItems(root, schema);
    if (items) return Array.isArray(value) ? visitRows(value, schema, items, pointer, granted, inOwnRow) : undefined;
    if (isObjectSchema(schema)) {
      if (!isObject(value)) return undefined;
      const kept = visitObject(value, schema, pointer, granted, inOwnRow);
      return hasContent(kept) ? kept : undefined;
    }
    if (granted !== true || !isAnswer(value)) return undefined;
    return cloneJson(value);
  };

  const result = isObject(data) ? visitObject(data, root, '', undefined, false) : {};
  return { data: result as T, removed };
}
