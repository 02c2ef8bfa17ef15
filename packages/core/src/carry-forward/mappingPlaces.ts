// The places a carry-forward mapping's pointers name in a form's schema, and likely corrections.
import { ANY_ITEM, type SchemaField, type SchemaNode, schemaFields } from '../definition/schemaFields';
import { probablyMeant } from '../definition/suggest';
import { fieldAtPattern } from '../hidden-data/fieldAtPath';
import { EVERY_ROW, isIndex, LAST_ROW, NEW_ROW } from './pointerPattern';

/** A place a mapping pointer names in a schema. */
export interface Place {
  /** Data path with `*` for rows. */
  pattern: string[];
  /** `row` is one row of a list of objects. */
  kind: SchemaField['kind'] | 'row';
  /** The field, or for a row the list. */
  field: SchemaField;
}

export type Resolution = Place | { failedAt: number; pattern: string[]; inAnswer: boolean };

/** Follows a mapping pointer's tokens through a schema: the place they name, or where they stop. */
export function resolve(schema: SchemaNode, tokens: readonly string[]): Resolution {
  const pattern: string[] = [];
  let place: Place | undefined;
  for (const [i, token] of tokens.entries()) {
    if (place?.kind === 'array') {
      if (![EVERY_ROW, LAST_ROW, NEW_ROW].includes(token) && !isIndex(token))
        return { failedAt: i, pattern, inAnswer: false };
      pattern.push(ANY_ITEM);
      place = { pattern: [...pattern], kind: 'row', field: place.field };
      continue;
    }
    if (place?.kind === 'leaf') return { failedAt: i, pattern, inAnswer: true };
    const field = fieldAtPattern(schema, [...pattern, token]);
    if (!field) return { failedAt: i, pattern, inAnswer: false };
    pattern.push(token);
    place = { pattern: [...pattern], kind: field.kind, field };
  }
  return place ?? { failedAt: 0, pattern, inAnswer: false };
}

export const isPlace = (r: Resolution): r is Place => 'kind' in r;

/** The nearest field name under the same parent, when one is close enough to be a typo. */
export function nearestName(schema: SchemaNode, parent: readonly string[], name: string): string | undefined {
  const siblings = schemaFields(schema)
    .filter((field) => field.dataPath.length === parent.length + 1 && parent.every((t, i) => field.dataPath[i] === t))
    .map((field) => field.dataPath.at(-1) as string);
  return probablyMeant(name, siblings);
}
