import { getAtPointer, type SchemaNode } from '@adoption-support/core';

const isObject = (value: unknown): value is Record<string, unknown> =>
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

const isObjectSchema = (node: SchemaNode) => node.type === 'object' || isObject(node.properties);

/**
 * A copy of the data, for validation only, in which every group of fields the schema requires
 * exists (as `{}` when missing), so a blank form reports each missing answer by its own label
 * ("Enter the child's legal name") rather than one error for the missing group. Optional groups
 * and lists are never added, and the data itself is not changed.
 */
export function withEmptyContainers(schema: SchemaNode, data: unknown): unknown {
  const visit = (node: SchemaNode, value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = resolve(schema, node.items);
      return isObjectSchema(items) ? value.map((row) => visit(items, row)) : value;
    }
    if (!isObject(value) || !isObjectSchema(node)) return value;
    const properties = isObject(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    let out: Record<string, unknown> | undefined;
    for (const [key, raw] of Object.entries(properties)) {
      const child = resolve(schema, raw);
      const present = Object.hasOwn(value, key);
      if (!present && !(required.has(key) && isObjectSchema(child))) continue;
      const before = present ? value[key] : {};
      const after = visit(child, before);
      if (after !== before || !present) {
        out ??= { ...value };
        out[key] = after;
      }
    }
    return out ?? value;
  };
  return visit(schema, isObject(data) ? data : {});
}

/**
 * A copy of the data in which every list the schema requires, inside a group the data already has,
 * exists (as `[]` when missing): a reader who added no rows to a required list has said "none", and
 * the document says so in the shape its schema asks for. Groups are never created, optional lists
 * never added, and the data itself is not changed (it is returned as it is when nothing is missing).
 */
export function withRequiredLists(schema: SchemaNode, data: unknown): unknown {
  const visit = (node: SchemaNode, value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = resolve(schema, node.items);
      if (!isObjectSchema(items)) return value;
      let changed = false;
      const rows = value.map((row) => {
        const next = visit(items, row);
        if (next !== row) changed = true;
        return next;
      });
      return changed ? rows : value;
    }
    if (!isObject(value) || !isObjectSchema(node)) return value;
    const properties = isObject(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    let out: Record<string, unknown> | undefined;
    for (const [key, raw] of Object.entries(properties)) {
      const child = resolve(schema, raw);
      if (!Object.hasOwn(value, key)) {
        if (required.has(key) && child.type === 'array') {
          out ??= { ...value };
          out[key] = [];
        }
        continue;
      }
      const after = visit(child, value[key]);
      if (after !== value[key]) {
        out ??= { ...value };
        out[key] = after;
      }
    }
    return out ?? value;
  };
  return isObject(data) ? visit(schema, data) : data;
}
