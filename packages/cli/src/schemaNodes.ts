import type { SchemaNode } from '@adoption-support/core';
import { isJsonObject } from './definition';

/** Resolves a local `$ref` (`#/$defs/x`), keeping the keywords written beside it. Unresolvable: unchanged. */
export function resolveLocalRef(root: SchemaNode, node: SchemaNode, depth = 0): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 32) return node;
  let target: unknown = root;
  for (const token of ref.slice(2).split('/')) {
    const name = token.replace(/~1/g, '/').replace(/~0/g, '~');
    target = isJsonObject(target) && Object.hasOwn(target, name) ? target[name] : undefined;
  }
  if (!isJsonObject(target)) return node;
  const { $ref: _ref, ...siblings } = node;
  return { ...resolveLocalRef(root, target, depth + 1), ...siblings };
}

/** The row schema of a list whose rows are objects, or undefined. */
export function objectItemsOf(root: SchemaNode, node: SchemaNode): SchemaNode | undefined {
  if (node.type !== 'array' || !isJsonObject(node.items)) return undefined;
  const items = resolveLocalRef(root, node.items);
  return items.type === 'object' || isJsonObject(items.properties) ? items : undefined;
}
