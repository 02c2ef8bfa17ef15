import { ANY_ITEM, KitInputError } from '@adoption-support/core';
import { isJsonObject, type JsonObject } from '../definition';
import type { FieldMove } from './renamePaths';

const own = (node: JsonObject, key: string, value: unknown) =>
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });

const refuse = (pointer: string, problem: string, fix: string) =>
  new KitInputError({ function: 'renameInSchema', argument: 'schema', pointer, problem, fix });

/** The object schema holding the fields of `path` (the parent's node), following `items` for rows. */
function containerAt(schema: JsonObject, path: readonly string[]): JsonObject {
  let node: JsonObject = schema;
  let pointer = '';
  for (const token of path) {
    if (typeof node.$ref === 'string') {
      throw refuse(
        pointer,
        `The field is inside the shared definition ${node.$ref}, which other fields use too.`,
        'Rename it in the shared definition by hand, or copy the definition into this field first.',
      );
    }
    const next =
      token === ANY_ITEM
        ? node.items
        : isJsonObject(node.properties)
          ? (node.properties as JsonObject)[token]
          : undefined;
    pointer += token === ANY_ITEM ? '/items' : `/properties/${token}`;
    if (!isJsonObject(next) || (token !== ANY_ITEM && !Object.hasOwn(node.properties as JsonObject, token))) {
      throw refuse(pointer, `The schema has no field at ${pointer}.`, 'Check the field name against schema.json.');
    }
    node = next;
  }
  if (typeof node.$ref === 'string') {
    throw refuse(pointer, `The group is the shared definition ${node.$ref}.`, 'Rename the field in it by hand.');
  }
  return node;
}

/**
 * Renames or moves a field in a JSON Schema in place: its entry in `properties` (same place in the
 * order for a rename) and its name in `required`. Throws a KitInputError when a place is missing.
 */
export function renameInSchema(schema: JsonObject, move: FieldMove): void {
  const fromParent = containerAt(schema, move.from.slice(0, -1));
  const toParent = containerAt(schema, move.to.slice(0, -1));
  const fromName = move.from.at(-1) as string;
  const toName = move.to.at(-1) as string;
  const fromProps = fromParent.properties as JsonObject | undefined;
  if (!isJsonObject(fromProps) || !Object.hasOwn(fromProps, fromName) || fromName === ANY_ITEM) {
    throw refuse('', `The schema has no field ${fromName} there.`, 'Check the field name against schema.json.');
  }
  if (!isJsonObject(toParent.properties)) own(toParent, 'properties', {});
  const toProps = toParent.properties as JsonObject;
  if (Object.hasOwn(toProps, toName) || toName === ANY_ITEM) {
    throw refuse('', `The schema already has a field ${toName} there.`, 'Choose a name no other field has.');
  }
  const node = fromProps[fromName];
  const wasRequired = Array.isArray(fromParent.required) && fromParent.required.includes(fromName);
  if (fromParent === toParent) {
    const entries = Object.entries(fromProps);
    for (const [k] of entries) delete fromProps[k];
    for (const [k, v] of entries) own(fromProps, k === fromName ? toName : k, v);
    if (wasRequired)
      own(
        fromParent,
        'required',
        (fromParent.required as unknown[]).map((n) => (n === fromName ? toName : n)),
      );
    return;
  }
  delete fromProps[fromName];
  own(toProps, toName, node);
  if (wasRequired) {
    own(
      fromParent,
      'required',
      (fromParent.required as unknown[]).filter((n) => n !== fromName),
    );
    own(toParent, 'required', [...(Array.isArray(toParent.required) ? toParent.required : []), toName]);
  }
}

/** The `#/properties/…` scope of a data path relative to `base` (rows: `items`). */
const scopeOf = (path: readonly string[]) =>
  `#${path.map((t) => (t === ANY_ITEM ? '/items' : `/properties/${t}`)).join('')}`;

const pathOfScope = (scope: string): string[] | undefined => {
  if (!scope.startsWith('#/')) return undefined;
  const parts = scope.slice(2).split('/');
  const path: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i] === 'properties' && parts[i + 1] !== undefined) {
      path.push(parts[i + 1] as string);
      i += 1;
    } else if (parts[i] === 'items') path.push(ANY_ITEM);
    else return undefined;
  }
  return path;
};

/**
 * Rewrites the UI schema's scopes in place: controls, rule conditions and list details (whose scopes
 * are relative to the row). Returns how many scopes changed.
 */
export function renameInUiSchema(uischema: unknown, move: FieldMove): number {
  let changed = 0;
  const stack: { node: unknown; base: string[]; depth: number }[] = [{ node: uischema, base: [], depth: 0 }];
  while (stack.length > 0) {
    const { node, base, depth } = stack.pop() as (typeof stack)[number];
    if (depth > 200) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, base, depth: depth + 1 });
      continue;
    }
    if (!isJsonObject(node)) continue;
    let here = base;
    if (typeof node.scope === 'string') {
      const relative = pathOfScope(node.scope);
      if (relative) {
        const full = [...base, ...relative];
        const matches =
          full.length >= move.from.length &&
          move.from.every((t, i) => full[i] === t) &&
          move.to.slice(0, base.length).every((t, i) => base[i] === t);
        if (matches) {
          const moved = [...move.to, ...full.slice(move.from.length)];
          own(node, 'scope', scopeOf(moved.slice(base.length)));
          changed += 1;
          here = moved;
        } else here = full;
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'scope') continue;
      const rowBase =
        key === 'options' && node.type === 'Control' && typeof node.scope === 'string' ? [...here, ANY_ITEM] : base;
      stack.push({ node: value, base: rowBase, depth: depth + 1 });
    }
  }
  return changed;
}
