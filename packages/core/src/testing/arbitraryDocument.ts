import fc from 'fast-check';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A calendar date `YYYY-MM-DD` (any real day from 2000 to 2039). */
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Short text, with the odd line break, so generated documents stay small. */
const text = (minLength = 0, maxLength = 60) =>
  fc.string({ minLength, maxLength: Math.min(maxLength, 60), unit: fc.constantFrom(..."abc XYZ.,;:\n'é-".split('')) });

/** Keys an agency's own fields may have, prototype machinery included (kept as own data by JSON.parse). */
const extraKey = fc.constantFrom('agencyOwnNote', 'agencyRef', '__proto__', 'constructor', 'prototype', 'toString');

/** A value of an agency's own field: text, or a small group that may itself have prototype keys. */
const extraValue: fc.Arbitrary<unknown> = fc.oneof(
  text(1, 20),
  fc.integer(),
  fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":true},"note":"own"}') as unknown),
  fc.array(text(1, 10), { minLength: 1, maxLength: 2 }),
);

/**
 * Members no schema declares (an agency's own fields), sometimes named `__proto__`, `constructor` or
 * `prototype`: built with JSON.parse, so they are own data as in a saved document.
 */
export const agencyExtras: fc.Arbitrary<Record<string, unknown> | undefined> = fc.option(
  fc
    .uniqueArray(fc.tuple(extraKey, extraValue), { minLength: 1, maxLength: 3, selector: ([key]) => key })
    .map(
      (entries) =>
        JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<
          string,
          unknown
        >,
    ),
  { nil: undefined, freq: 3 },
);

/**
 * Documents for a JSON Schema (the subset the kit's forms use: objects, lists, text with limits, dates,
 * choices, multi-selects, yes/no, numbers, local `$ref`s). Optional members appear or not; `extras`
 * adds members no schema declares (e.g. {@link agencyExtras}) (an agency's own fields), which must survive a migration. Values
 * need not be valid: a migration carries whatever was saved.
 */
export function arbitraryFromSchema(
  root: Node,
  overrides: ReadonlyMap<string, fc.Arbitrary<unknown>> = new Map(),
  extras: fc.Arbitrary<Record<string, unknown> | undefined> = fc.option(fc.record({ agencyOwnNote: text(0, 20) }), {
    nil: undefined,
  }),
): fc.Arbitrary<Record<string, unknown>> {
  const resolve = (node: Node): Node => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    let target: unknown = root;
    for (const t of ref.replace(/^#\//, '').split('/')) target = isNode(target) ? target[t] : undefined;
    const { $ref: _ref, ...rest } = node;
    return { ...resolve(target as Node), ...rest };
  };
  const build = (raw: Node, path: string): fc.Arbitrary<unknown> => {
    const override = overrides.get(path);
    if (override) return override;
    const node = resolve(raw);
    if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
    if (node.const !== undefined) return fc.constant(node.const);
    if (node.type === 'object' || isNode(node.properties)) {
      const properties = isNode(node.properties) ? node.properties : {};
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      const members = Object.fromEntries(
        Object.entries(properties).map(([name, child]) => [name, build(child as Node, `${path}/${name}`)]),
      );
      return fc
        .tuple(fc.record(members, { requiredKeys: required.filter((r) => r in members) }), extras)
        .map(([record, more]) => ({ ...record, ...(more ?? {}) }));
    }
    if (node.type === 'array') {
      const items = isNode(node.items) ? resolve(node.items) : {};
      const minLength = typeof node.minItems === 'number' ? node.minItems : 0;
      if (Array.isArray(items.enum)) {
        return fc.uniqueArray(fc.constantFrom(...(items.enum as unknown[])), {
          minLength,
          maxLength: Math.max(minLength, 3),
        });
      }
      return fc.array(build(items, `${path}/*`), { minLength, maxLength: Math.max(minLength, 2) });
    }
    if (node.type === 'string') {
      if (node.format === 'date') return isoDate;
      return text(
        typeof node.minLength === 'number' ? node.minLength : 0,
        typeof node.maxLength === 'number' ? node.maxLength : 60,
      );
    }
    if (node.type === 'boolean') return fc.boolean();
    if (node.type === 'integer') {
      return fc.integer({
        min: typeof node.minimum === 'number' ? node.minimum : 0,
        max: typeof node.maximum === 'number' ? node.maximum : 1000,
      });
    }
    if (node.type === 'number') return fc.double({ min: 0, max: 1e6, noNaN: true });
    return text();
  };
  return build(root, '') as fc.Arbitrary<Record<string, unknown>>;
}

/** Every leaf of a JSON value (including empty lists and objects), as [pointer tokens, value], in order. */
export function leaves(value: unknown, path: string[] = []): [string[], unknown][] {
  const found: [string[], unknown][] = [];
  const visit = (node: unknown, at: string[]) => {
    if (Array.isArray(node) && node.length > 0) {
      for (let i = 0; i < node.length; i++) visit(node[i], [...at, String(i)]);
    } else if (isNode(node) && Object.keys(node).length > 0) {
      for (const key of Object.keys(node)) visit(node[key], [...at, key]);
    } else {
      found.push([at, node]);
    }
  };
  visit(value, path);
  return found;
}
