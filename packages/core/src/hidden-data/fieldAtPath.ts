import type { HiddenDataPolicy } from '@adoption-support/schemas';
import { HIDDEN_DATA_KEYWORD } from '../definition/annotations';
import { assertArray, assertDepth, assertObject, assertString, guarded } from '../definition/jsonInput';
import { ANY_ITEM, objectItems, type SchemaField, type SchemaNode, schemaFields } from '../definition/schemaFields';

/** What the schema says about one concrete place in a document. */
export interface PathInfo {
  /**
   * `leaf`, `object` or `array` for a property the schema declares; `row` for one row of an array of
   * objects; `unknown` for anything the schema does not describe.
   */
  kind: SchemaField['kind'] | 'row' | 'unknown';
  /** The data path with array positions replaced by `*`, as `SchemaField.dataPath` spells it. */
  pattern: string[];
  /** The property, or for a row the array it belongs to. Undefined when unknown. */
  field: SchemaField | undefined;
  /** The effective hidden-data policy (a row's is its items' own or else the array's). */
  hiddenData: HiddenDataPolicy | undefined;
}

const indexCache = new WeakMap<object, Map<string, SchemaField>>();
const keyOf = (pattern: readonly string[]) => pattern.join('\u0000');
const isIndex = (token: string) => /^(0|[1-9][0-9]*)$/.test(token);

/** Every field of a schema by its data path (`*` for array positions), built once per schema. */
export function fieldsByPattern(schema: SchemaNode): Map<string, SchemaField> {
  let index = indexCache.get(schema);
  if (!index) {
    index = new Map(schemaFields(schema).map((f) => [keyOf(f.dataPath), f]));
    indexCache.set(schema, index);
  }
  return index;
}

/** The field a data path pattern names (`['supportItems', '*', 'status']`), or undefined. */
export function fieldAtPattern(schema: SchemaNode, pattern: readonly string[]): SchemaField | undefined {
  return guarded('fieldAtPattern', () => {
    checkArguments('fieldAtPattern', schema, pattern);
    return fieldsByPattern(schema).get(keyOf(pattern));
  });
}

function rowPolicy(schema: SchemaNode, array: SchemaField): HiddenDataPolicy | undefined {
  const own = objectItems(schema, array.schema)?.[HIDDEN_DATA_KEYWORD];
  return own === 'retain' || own === 'clear' ? own : array.hiddenData;
}

/**
 * Describes a concrete place in a document (`['supportItems', '2', 'signOff']`) from the schema:
 * the field it is, or that it is a row of a list, or that the schema does not know it.
 */
export function fieldAtPath(schema: SchemaNode, tokens: readonly string[]): PathInfo {
  return guarded('fieldAtPath', () => {
    checkArguments('fieldAtPath', schema, tokens);
    return describePath(schema, tokens);
  });
}

function checkArguments(name: string, schema: unknown, tokens: unknown): void {
  assertObject({ function: name, argument: 'schema' }, schema, '', "Pass a form's JSON Schema.");
  assertDepth({ function: name, argument: 'schema' }, schema);
  assertArray({ function: name, argument: 'tokens' }, tokens, '', 'Pass the path as a list of keys.');
  for (const [i, token] of tokens.entries()) assertString({ function: name, argument: 'tokens' }, token, `/${i}`);
}

/** {@link fieldAtPath} without the argument checks, for callers that made them. */
export function describePath(schema: SchemaNode, tokens: readonly string[]): PathInfo {
  const pattern: string[] = [];
  let current: SchemaField | undefined;
  let kind: PathInfo['kind'] = 'object';
  for (const token of tokens) {
    if (kind === 'unknown' || kind === 'leaf')
      return { kind: 'unknown', pattern: [...pattern, token], field: undefined, hiddenData: undefined };
    if (kind === 'array') {
      if (!isIndex(token))
        return { kind: 'unknown', pattern: [...pattern, token], field: undefined, hiddenData: undefined };
      pattern.push(ANY_ITEM);
      kind = 'row';
      continue;
    }
    pattern.push(token);
    current = fieldsByPattern(schema).get(keyOf(pattern));
    kind = current ? current.kind : 'unknown';
  }
  if (tokens.length === 0) return { kind: 'object', pattern, field: undefined, hiddenData: undefined };
  if (kind === 'row' && current) return { kind, pattern, field: current, hiddenData: rowPolicy(schema, current) };
  if (kind === 'unknown' || !current) return { kind: 'unknown', pattern, field: undefined, hiddenData: undefined };
  return { kind, pattern, field: current, hiddenData: current.hiddenData };
}
