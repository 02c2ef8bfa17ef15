import type { FormDefinitionData } from '@adoption-support/schemas';
import fc from 'fast-check';
import { ANY_ITEM, objectItems, resolveRef, type SchemaNode } from '../../definition/schemaFields';

/** How {@link documentArbitrary} shapes the documents it makes. */
export interface DocumentArbitraryOptions {
  /**
   * Data paths (`*` for rows) that every document holds, with at least one row in each list on the
   * way. Used to seed sensitive fields with marker strings.
   */
  alwaysInclude?: readonly (readonly string[])[];
  /** A value for a leaf instead of the usual one (e.g. a marker string). */
  leaf?: (pattern: readonly string[], schema: SchemaNode) => fc.Arbitrary<unknown> | undefined;
  /** Extra keys the schema does not know, at every level. On by default. */
  unknownKeys?: boolean;
  /** Now and then a value of the wrong type (an object for a date, a string for a list). On by default. */
  wrongTypes?: boolean;
  /** The most rows in a list. 3 by default. */
  maxRows?: number;
  /**
   * Data paths (`*` for rows): when given, documents hold only what lies on the way to or inside
   * one of them, so a test about a few fields need not build whole documents.
   */
  only?: readonly (readonly string[])[];
}

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings that have broken form tools before: empty, whitespace, markup, Welsh, emoji, pointer syntax. */
const trickyString = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '',
    ' ',
    '\n\t',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '{"form":"x"}',
    'Llŷr ap Gwyn, Ynys Môn',
    'Siân Ŵyn',
    '\u202egnp.exe',
    '😀👨‍👩‍👧',
    '/supportItems/0~1x~0',
    'null',
    '0',
  ),
);

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateString = fc.oneof({ arbitrary: isoDate, weight: 9 }, { arbitrary: fc.constant('2026-02-30'), weight: 1 });

const unknownKey = fc.oneof(
  fc.constantFrom(
    'agencyNote',
    'futureField',
    'x-audience',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
  ),
  fc.string({ maxLength: 8 }),
);
// Through JSON, as a document read from storage would be: ordinary objects, own `__proto__` keys.
const anyJson = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2, noNullPrototype: true }),
);

/** Sets a key as an own, enumerable property, even `__proto__`, as `JSON.parse` would. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((t, i) => path[i] === t);

/**
 * Arbitrary documents built from a form's schema, for property tests: objects with random subsets
 * of their properties, lists of 0 to 3 rows, tricky strings, choices, yes/no answers, dates and
 * numbers, plus keys the schema does not know at every level and, now and then, a value of the
 * wrong type.
 */
export function documentArbitrary(
  definition: FormDefinitionData,
  options: DocumentArbitraryOptions = {},
): fc.Arbitrary<Record<string, unknown>> {
  const root = definition.schema;
  const always = options.alwaysInclude ?? [];
  const maxRows = options.maxRows ?? 3;
  const unknownKeys = options.unknownKeys ?? true;
  const wrongTypes = options.wrongTypes ?? true;
  const needed = (pattern: readonly string[]) => always.some((p) => startsWith(p, pattern));
  const wanted = (pattern: readonly string[]) =>
    !options.only || options.only.some((p) => startsWith(p, pattern) || startsWith(pattern, p));

  const maybeWrong = (pattern: readonly string[], arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    wrongTypes && !needed(pattern)
      ? fc.oneof({ arbitrary, weight: 30 }, { arbitrary: wrongValue, weight: 1 })
      : arbitrary;

  const leafArbitrary = (schema: SchemaNode, pattern: readonly string[]): fc.Arbitrary<unknown> => {
    const custom = options.leaf?.(pattern, schema);
    if (custom) return custom;
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    if (schema.type === 'array') {
      const items = isNode(schema.items) ? resolveRef(root, schema.items) : {};
      const choices = Array.isArray(items.enum) ? (items.enum as unknown[]) : undefined;
      return choices
        ? fc.uniqueArray(fc.constantFrom(...choices), { maxLength: choices.length })
        : fc.array(trickyString, { maxLength: 3 });
    }
    if (schema.type === 'boolean') return fc.boolean();
    if (schema.type === 'integer') return fc.integer({ min: -5, max: 5000 });
    if (schema.type === 'number') return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    if (schema.format === 'date') return dateString;
    if (schema.format === 'email') return fc.oneof(fc.emailAddress(), trickyString);
    return trickyString;
  };

  const objectArbitrary = (schema: SchemaNode, pattern: readonly string[]): fc.Arbitrary<Record<string, unknown>> => {
    const properties = isNode(schema.properties) ? schema.properties : {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, raw] of Object.entries(properties)) {
      if (isNode(raw) && wanted([...pattern, name]))
        model[name] = valueArbitrary(resolveRef(root, raw), [...pattern, name]);
    }
    const requiredKeys = Object.keys(model).filter((name) => needed([...pattern, name]));
    const known = fc.record(model, { requiredKeys, noNullPrototype: true });
    if (!unknownKeys) return known;
    const extras = fc.array(fc.tuple(unknownKey, anyJson), { maxLength: 2 });
    return fc.tuple(known, extras).map(([value, extra]) => {
      const out: Record<string, unknown> = { ...value };
      for (const [key, json] of extra) if (!Object.hasOwn(properties, key)) defineOwn(out, key, json);
      return out;
    });
  };

  const valueArbitrary = (schema: SchemaNode, pattern: readonly string[]): fc.Arbitrary<unknown> => {
    const items = objectItems(root, schema);
    if (items) {
      const rowPattern = [...pattern, ANY_ITEM];
      const rows = fc.array(objectArbitrary(items, rowPattern), {
        minLength: needed(rowPattern) ? 1 : 0,
        maxLength: maxRows,
      });
      return maybeWrong(pattern, rows);
    }
    if (schema.type === 'object' || isNode(schema.properties))
      return maybeWrong(pattern, objectArbitrary(schema, pattern));
    return maybeWrong(pattern, leafArbitrary(schema, pattern));
  };

  return objectArbitrary(root, []);
}
