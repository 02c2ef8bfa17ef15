import type { Audience, HiddenDataPolicy } from '@adoption-support/schemas';
import { KitInputError } from '../errors';
import { AUDIENCE_KEYWORD, HIDDEN_DATA_KEYWORD } from './annotations';
import { assertDepth, assertObject, guarded, MAX_INPUT_DEPTH } from './jsonInput';
import { escapePointerToken, getAtPointer } from './jsonPointer';

/** A JSON Schema object, loosely typed: definitions are data until checked. */
export type SchemaNode = Record<string, unknown>;

/** The marker used in a data path for "every item of this array". */
export const ANY_ITEM = '*';

/** One field of a form as the schema declares it. */
export interface SchemaField {
  /** Pointer into schema.json of the property, e.g. `/properties/child/properties/dateOfBirth`. */
  schemaPointer: string;
  /** Data path tokens; array items appear as `*`. */
  dataPath: string[];
  /** The property's schema with any local `$ref` resolved (annotations beside the `$ref` kept). */
  schema: SchemaNode;
  /** `leaf` holds an answer; `object` and `array` (of objects) hold other fields. */
  kind: 'leaf' | 'object' | 'array';
  /** Effective audience: undefined when nothing on the path grants one (deny by default). */
  audience: Audience[] | undefined;
  /** The audience the property itself declares, if any. */
  ownAudience: Audience[] | undefined;
  /** Effective hidden-data policy, own or inherited. */
  hiddenData: HiddenDataPolicy | undefined;
  /** Enum codes of a choice (or of each item of a multi-select). */
  options: unknown[] | undefined;
}

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves a local `$ref` (`#/$defs/x`), keeping keywords written beside it. */
export function resolveRef(root: SchemaNode, node: SchemaNode, seen: readonly string[] = []): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#')) throw new Error(`Only local references are supported, found "${ref}".`);
  if (seen.includes(ref)) throw new Error(`The reference "${ref}" refers to itself.`);
  const target = getAtPointer(root, ref);
  if (!isNode(target)) throw new Error(`The reference "${ref}" does not point at a definition.`);
  const { $ref: _ignored, ...siblings } = node;
  return { ...resolveRef(root, target, [...seen, ref]), ...siblings };
}

const isObjectSchema = (node: SchemaNode) => node.type === 'object' || isNode(node.properties);

/** The item schema of an array whose items are objects, or undefined. */
export function objectItems(root: SchemaNode, node: SchemaNode): SchemaNode | undefined {
  if (node.type !== 'array' || !isNode(node.items)) return undefined;
  const items = resolveRef(root, node.items);
  return isObjectSchema(items) ? items : undefined;
}

function optionsOf(root: SchemaNode, node: SchemaNode): unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum;
  if (node.type === 'array' && isNode(node.items)) {
    const items = resolveRef(root, node.items);
    if (Array.isArray(items.enum)) return items.enum;
  }
  return undefined;
}

function narrow(inherited: Audience[] | undefined, own: unknown): Audience[] | undefined {
  if (!Array.isArray(own)) return inherited;
  const ownList = own as Audience[];
  return inherited === undefined ? [...ownList] : inherited.filter((a) => ownList.includes(a));
}

/**
 * Every property of a form schema, depth first, with its effective audience and hidden-data
 * policy. Objects and arrays of objects are listed as well as the leaves inside them.
 */
export function schemaFields(root: SchemaNode): SchemaField[] {
  return guarded('schemaFields', () => {
    assertObject({ function: 'schemaFields', argument: 'root' }, root, '', "Pass a form's JSON Schema.");
    assertDepth({ function: 'schemaFields', argument: 'root' }, root, 2 * MAX_INPUT_DEPTH);
    return fieldsOf(root);
  });
}

function fieldsOf(root: SchemaNode): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (
    node: SchemaNode,
    schemaPointer: string,
    dataPath: string[],
    audience: Audience[] | undefined,
    hiddenData: HiddenDataPolicy | undefined,
  ) => {
    const properties = isNode(node.properties) ? node.properties : {};
    for (const [name, raw] of Object.entries(properties)) {
      if (!isNode(raw)) continue;
      const schema = resolveRef(root, raw);
      const pointer = `${schemaPointer}/properties/${escapePointerToken(name)}`;
      const path = [...dataPath, name];
      const ownAudience = Array.isArray(schema[AUDIENCE_KEYWORD])
        ? (schema[AUDIENCE_KEYWORD] as Audience[])
        : undefined;
      const fieldAudience = narrow(audience, ownAudience);
      const own = schema[HIDDEN_DATA_KEYWORD];
      const fieldHidden = own === 'retain' || own === 'clear' ? own : hiddenData;
      const items = objectItems(root, schema);
      const kind = items ? 'array' : isObjectSchema(schema) ? 'object' : 'leaf';
      fields.push({
        schemaPointer: pointer,
        dataPath: path,
        schema,
        kind,
        audience: fieldAudience,
        ownAudience,
        hiddenData: fieldHidden,
        options: kind === 'leaf' ? optionsOf(root, schema) : undefined,
      });
      if (kind === 'object') visit(schema, pointer, path, fieldAudience, fieldHidden);
      if (items) {
        const itemAudience = narrow(fieldAudience, items[AUDIENCE_KEYWORD]);
        const itemOwn = items[HIDDEN_DATA_KEYWORD];
        const itemHidden = itemOwn === 'retain' || itemOwn === 'clear' ? itemOwn : fieldHidden;
        visit(items, `${pointer}/items`, [...path, ANY_ITEM], itemAudience, itemHidden);
      }
    }
  };
  visit(root, '', [], undefined, undefined);
  return fields;
}

/** The i18n key prefix JSON Forms derives for a data path: dots, array positions left out. */
export const i18nPrefix = (dataPath: readonly string[]): string => {
  if (!Array.isArray(dataPath) || dataPath.some((t) => typeof t !== 'string')) {
    throw new KitInputError({
      function: 'i18nPrefix',
      pointer: '',
      problem: 'Expected a data path: a list of keys.',
      fix: 'Pass the path as a list of keys, e.g. ["supportItems", "*", "status"].',
    });
  }
  return dataPath.filter((t) => t !== ANY_ITEM).join('.');
};
