// Field paths and facts the diff compares: keys, pointers, required names, answer types and options.
import { ANY_ITEM, parsePointer as pointerTokens, type SchemaField, type SchemaNode } from '@adoption-support/core';
import { isJsonObject } from '../definition';
import { objectItemsOf, resolveLocalRef } from '../schemaNodes';

export const key = (path: readonly string[]) => path.join('\u0000');
export const pointerOf = (path: readonly string[]) => `/${path.join('/')}`;
export const pathOf = (pointer: string) => pointerTokens(pointer);
const parentOf = (path: readonly string[]) => path.slice(0, -1);
export const sameParent = (a: readonly string[], b: readonly string[]) => key(parentOf(a)) === key(parentOf(b));
export const isUnder = (path: readonly string[], prefix: readonly string[]) =>
  path.length > prefix.length && prefix.every((t, i) => path[i] === t);

/** The names each object (and each list's rows) requires, keyed by the container's data path. */
export function requiredMap(schema: SchemaNode, fields: readonly SchemaField[]): Set<string> {
  const required = new Set<string>();
  const addFrom = (container: SchemaNode | undefined, path: readonly string[]) => {
    if (!container || !Array.isArray(container.required)) return;
    for (const name of container.required) required.add(key([...path, String(name)]));
  };
  addFrom(schema, []);
  for (const field of fields) {
    if (field.kind === 'object') addFrom(field.schema, field.dataPath);
    if (field.kind === 'array') addFrom(objectItemsOf(schema, field.schema), [...field.dataPath, ANY_ITEM]);
  }
  return required;
}

/** A field's value type in words: `text`, `date`, `yes or no`, `a list`... */
export function typeOf(schema: SchemaNode, field: SchemaField): string {
  const node = field.schema;
  if (field.kind === 'object') return 'group';
  if (field.kind === 'array') return 'list';
  if (node.type === 'array') {
    const items = isJsonObject(node.items) ? resolveLocalRef(schema, node.items) : {};
    return Array.isArray(items.enum) ? 'several choices' : `list of ${String(items.type ?? 'values')}`;
  }
  if (Array.isArray(node.enum)) return 'choice';
  if (node.type === 'string' && node.format === 'date') return 'date';
  if (node.type === 'string') return node.format ? `text (${String(node.format)})` : 'text';
  if (node.type === 'boolean') return 'yes or no';
  if (node.type === 'integer') return 'whole number';
  if (node.type === 'number') return 'number';
  return String(node.type ?? 'answer');
}

/** Options of a field in order, as text. */
export const optionsOf = (field: SchemaField): string[] => (field.options ?? []).map(String);
