import type { Audience, FormDefinitionData } from '@adoption-support/schemas';
import { AUDIENCE_KEYWORD } from '../definition/annotations';
import { escapePointerToken } from '../definition/jsonPointer';
import { objectItems, resolveRef, type SchemaNode } from '../definition/schemaFields';

/** Options for {@link redact}. */
export interface RedactOptions {
  /**
   * For the birth-family view: the position of the relative's own row in every list a birth
   * relative may see (the recipients of birth-family support). Without it they see no rows at all,
   * so one relative never sees another's support.
   */
  birthFamilyRecipient?: number;
}

/** What a reader may see of a document, and what was taken out. */
export interface Redaction<T = Record<string, unknown>> {
  data: T;
  /** JSON pointers of the values removed (the outermost removed value of each branch). */
  removed: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasContent = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : isObject(value) ? Object.keys(value).length > 0 : value !== undefined;

/**
 * Returns only what `audience` may see of a form's data, and denies by default: a value is kept only
 * when the `x-audience` lists on its schema path all grant the audience. Values the schema does not
 * describe are removed, groups left with nothing visible are removed, and the input is not changed.
 */
export function redact<T = Record<string, unknown>>(
  definition: FormDefinitionData,
  data: unknown,
  audience: Audience,
  options: RedactOptions = {},
): Redaction<T> {
  const root = definition.schema;
  const removed: string[] = [];

  const visitObject = (
    value: Record<string, unknown>,
    schema: SchemaNode,
    pointer: string,
    granted: boolean | undefined,
  ): Record<string, unknown> => {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      const raw = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (!isObject(raw)) {
        removed.push(childPointer);
        continue;
      }
      const kept = visitValue(child, resolveRef(root, raw), childPointer, granted);
      if (kept === undefined) {
        if (child !== undefined) removed.push(childPointer);
      } else {
        out[key] = kept;
      }
    }
    return out;
  };

  // `granted` is undefined until a list on the path speaks: then a value is still denied.
  const visitValue = (value: unknown, schema: SchemaNode, pointer: string, inherited: boolean | undefined): unknown => {
    const own = schema[AUDIENCE_KEYWORD];
    const granted = Array.isArray(own) ? inherited !== false && own.includes(audience) : inherited;
    if (granted === false) return undefined;
    const items = objectItems(root, schema);
    if (items && Array.isArray(value)) {
      const rows: unknown[] = [];
      value.forEach((row, index) => {
        const rowPointer = `${pointer}/${index}`;
        const ownRow = audience !== 'birthFamily' || options.birthFamilyRecipient === index;
        const kept = ownRow && isObject(row) ? visitObject(row, items, rowPointer, granted) : undefined;
        if (kept && hasContent(kept)) rows.push(kept);
        else removed.push(rowPointer);
      });
      return rows.length > 0 ? rows : undefined;
    }
    if (isObject(value) && (schema.type === 'object' || isObject(schema.properties))) {
      const kept = visitObject(value, schema, pointer, granted);
      return hasContent(kept) ? kept : undefined;
    }
    if (granted !== true || isObject(value) || (Array.isArray(value) && items)) return undefined;
    return structuredClone(value);
  };

  const result = isObject(data) ? visitObject(data, root, '', undefined) : {};
  return { data: result as T, removed };
}
