import { getAtPointer, type SchemaNode } from '@adoption-support/core';
import type { SectionModel } from '../definition/formModel';
import { coveredBy } from '../rules/ruleResults';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(root: SchemaNode, node: unknown): SchemaNode {
  let current = isObject(node) ? node : {};
  for (let depth = 0; typeof current.$ref === 'string' && depth < 32; depth++) {
    const { $ref, ...siblings } = current;
    const target = getAtPointer(root, $ref as string);
    current = { ...(isObject(target) ? target : {}), ...siblings };
  }
  return current;
}

/** Whether the property at a data path (no rows on the way) is listed in its parent's `required`. */
function isRequired(schema: SchemaNode, dataPath: readonly string[]): boolean {
  let node = schema;
  for (const [i, token] of dataPath.entries()) {
    const required = Array.isArray(node.required) ? node.required : [];
    if (i === dataPath.length - 1) return required.includes(token);
    node = resolve(schema, (node.properties as Json | undefined)?.[token]);
  }
  return false;
}

/**
 * The answers with `[]` for each required list of a section the reader left without rows, when they
 * Save and continue: having seen "Nothing added yet" and moved on, they have said there is nothing
 * to add, which a required list records as an empty list. Lists inside rows, optional lists and
 * lists the rules hide are left alone; the data is returned unchanged when nothing is missing.
 */
export function recordEmptyLists(
  schema: SchemaNode,
  section: SectionModel,
  data: Json,
  hidden: readonly string[],
): Json {
  let out = data;
  for (const control of section.controls) {
    const path = control.dataPath;
    if (path.includes('*') || control.schema.type !== 'array') continue;
    const items = resolve(schema, control.schema.items);
    if (items.type !== 'object' && !isObject(items.properties)) continue;
    const pointer = `/${path.join('/')}`;
    if (getAtPointer(out, path) !== undefined || coveredBy(hidden, pointer) || !isRequired(schema, path)) continue;
    const copy: Json = { ...out };
    let node = copy;
    for (const token of path.slice(0, -1)) {
      const next = isObject(node[token]) ? { ...(node[token] as Json) } : {};
      node[token] = next;
      node = next;
    }
    node[path.at(-1)!] = [];
    out = copy;
  }
  return out;
}
