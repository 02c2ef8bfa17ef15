// Property tests: redaction over arbitrary documents generated from each published form's schema.
import { type FormDefinitionData, type FormId, formIds, forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../definition/annotations';
import { ANY_ITEM, type SchemaField, schemaFields } from '../definition/schemaFields';
import { rowsPerRelative } from './conditions';
import { redact } from './redact';
import { birthFamilySections, birthFamilySensitivePaths } from './testing/birthFamilySensitivePaths';
import { documentArbitrary } from './testing/documentArbitrary';
import { leavesOf, missingAnswers, subDocumentMismatches, ungrantedLeaves } from './testing/documentWalk';

const numRuns = 30;
const recipient = fc.option(fc.integer({ min: -1, max: 4 }), { nil: undefined });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((t, i) => path[i] === t);
const pattern = (tokens: readonly string[]) => tokens.map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t));

describe.each(formIds)('redact over generated %s documents', (formId) => {
  const definition = forms[formId];
  const { schema } = definition;
  const documents = documentArbitrary(definition);

  it.each(AUDIENCES)('for %s, keeps only answers whose effective audience includes the reader', (audience) => {
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        const { data } = redact(definition, doc, audience, { birthFamilyRecipient });
        expect(ungrantedLeaves(schema, data, audience)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it.each(AUDIENCES)('for %s, keeps each value exactly as the input has it, in the same place', (audience) => {
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        const { data, removed } = redact(definition, doc, audience, { birthFamilyRecipient });
        expect(subDocumentMismatches(schema, doc, data, removed)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it.each(AUDIENCES)('for %s, keeps every answer the reader may see', (audience) => {
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        const { data, removed } = redact(definition, doc, audience, { birthFamilyRecipient });
        expect(missingAnswers(schema, doc, data, removed, audience, birthFamilyRecipient)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it.each(AUDIENCES)('for %s, never changes the input', (audience) => {
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        const before = structuredClone(doc);
        // Frozen, so that even a change undone before returning would throw.
        redact(definition, deepFreeze(doc), audience, { birthFamilyRecipient });
        expect(doc).toEqual(before);
      }),
      { numRuns },
    );
  });
});

/** Leaves under a sensitive path that can hold a marker string (text, dates, emails, phone numbers). */
function markerLeaves(definition: FormDefinitionData, formId: FormId): SchemaField[] {
  const sensitive = birthFamilySensitivePaths[formId].map((p) => p.split('/'));
  return schemaFields(definition.schema).filter(
    (f) =>
      f.kind === 'leaf' &&
      f.schema.type === 'string' &&
      !Array.isArray(f.schema.enum) &&
      sensitive.some((p) => startsWith(f.dataPath, p)),
  );
}

const markerFor = (formId: FormId, dataPath: readonly string[]) =>
  `«never-for-birth-family ${formId}:${dataPath.join('/')}»`;

describe.each(formIds)('the birth-family view of generated %s documents', (formId) => {
  const definition = forms[formId];
  const { schema } = definition;
  const sensitive = birthFamilySensitivePaths[formId].map((p) => p.split('/'));
  const seeded = markerLeaves(definition, formId);
  const markers = seeded.map((f) => markerFor(formId, f.dataPath));
  const documents = documentArbitrary(definition, {
    alwaysInclude: seeded.map((f) => f.dataPath),
    leaf: (path) =>
      seeded.some((f) => f.dataPath.join('/') === path.join('/')) ? fc.constant(markerFor(formId, path)) : undefined,
  });

  it('lists only fields the schema has', () => {
    const fields = new Set(schemaFields(schema).map((f) => f.dataPath.join('/')));
    expect(birthFamilySensitivePaths[formId].filter((p) => !fields.has(p))).toEqual([]);
  });

  it('seeds every sensitive text field with a marker the check looks for', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const text = JSON.stringify(doc);
        expect(markers.filter((m) => !text.includes(m))).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });

  it("never holds the child's new name, the adopters' identity, address or contacts, or the network", () => {
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        const { data } = redact(definition, doc, 'birthFamily', { birthFamilyRecipient });
        const leaked = leavesOf(schema, data)
          .map(({ tokens }) => pattern(tokens))
          .filter((path) => sensitive.some((p) => startsWith(path, p)));
        expect(leaked).toEqual([]);
        const text = JSON.stringify(data);
        expect(markers.filter((m) => text.includes(m))).toEqual([]);
        expect(Object.keys(data).filter((section) => !birthFamilySections[formId].includes(section))).toEqual([]);
      }),
      { numRuns: numRuns * 2 },
    );
  });
});

/**
 * The outermost lists that hold something a birth relative may see, one row per relative (lists
 * marked `"x-birth-family-rows": "all"` belong to the one person the document is about).
 */
function birthFamilyLists(definition: FormDefinitionData): SchemaField[] {
  const fields = schemaFields(definition.schema);
  const lists = fields.filter(
    (f) =>
      f.kind === 'array' &&
      fields.some(
        (leaf) =>
          leaf.kind === 'leaf' && startsWith(leaf.dataPath, f.dataPath) && leaf.audience?.includes('birthFamily'),
      ),
  );
  return lists
    .filter((list) => !lists.some((outer) => outer !== list && startsWith(list.dataPath, outer.dataPath)))
    .filter((list) => rowsPerRelative(list.schema));
}

/**
 * Row answers that decide, through `x-audience-when`, whether a relative sees their row at all:
 * fixed here to values that let them, so the test sees every row a relative could be given. What
 * happens without consent is tested on its own.
 */
const rowsShown: Record<string, fc.Arbitrary<unknown>> = {
  'birthFamilySupport/recipients/*/consentToShare': fc.constant(true),
  'keepingInTouch/arrangements/*/relationship': fc.constantFrom('birthMother', 'birthFather', 'fullSibling'),
};

const rowTag = (row: number) => `‹row ${row}›`;

/** Prefixes every text answer in each row of `list` with its row's tag. */
function tagRows(doc: Record<string, unknown>, list: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(doc);
  let rows: unknown = copy;
  for (const token of list) rows = (rows as Record<string, unknown> | undefined)?.[token];
  if (!Array.isArray(rows)) return copy;
  const tag = (value: unknown, row: number): unknown => {
    if (typeof value === 'string') return `${rowTag(row)}${value}`;
    if (Array.isArray(value)) return value.map((v) => tag(v, row));
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = tag(v, row);
    }
    return value;
  };
  rows.forEach((row, i) => {
    rows[i] = tag(row, i);
  });
  return copy;
}

const listForms = formIds.filter((id) => birthFamilyLists(forms[id]).length > 0);

it('finds the recipients of birth-family support and the Wales arrangements as the lists a birth relative sees', () => {
  expect(listForms).toEqual(['asp-england', 'asp-wales']);
  expect(birthFamilyLists(forms['asp-england']).map((f) => f.dataPath.join('/'))).toEqual([
    'birthFamilySupport/recipients',
  ]);
  expect(birthFamilyLists(forms['asp-wales']).map((f) => f.dataPath.join('/'))).toEqual([
    'keepingInTouch/arrangements',
  ]);
});

describe.each(listForms)('birth-family recipients in generated %s documents', (formId) => {
  const definition = forms[formId];
  const lists = birthFamilyLists(definition);

  it.each(lists.map((l) => [l.dataPath.join('/'), l.dataPath]))(
    'shows a relative their own row of %s and no one else’s',
    (_name, list) => {
      const named = schemaFields(definition.schema).find(
        (f) =>
          f.kind === 'leaf' &&
          f.dataPath.length === list.length + 2 &&
          startsWith(f.dataPath, [...list, ANY_ITEM]) &&
          f.schema.type === 'string' &&
          f.audience?.includes('birthFamily'),
      );
      expect(named).toBeDefined();
      const condition = schemaFields(definition.schema).filter(
        (f) => f.dataPath.join('/') in rowsShown && startsWith(f.dataPath, list),
      );
      const documents = documentArbitrary(definition, {
        alwaysInclude: [named?.dataPath ?? [], ...condition.map((f) => f.dataPath)],
        maxRows: 4,
        leaf: (path) => rowsShown[path.join('/')],
      }).map((doc) => tagRows(doc, list));
      fc.assert(
        fc.property(documents, fc.integer({ min: 0, max: 4 }), (doc, own) => {
          const text = JSON.stringify(redact(definition, doc, 'birthFamily', { birthFamilyRecipient: own }).data);
          const rowCount = countRows(doc, list);
          const others = Array.from({ length: rowCount }, (_, r) => r).filter((r) => r !== own);
          expect(others.filter((r) => text.includes(rowTag(r)))).toEqual([]);
          // Their own row is there: its text answer is always present.
          if (own < rowCount) expect(text).toContain(rowTag(own));
        }),
        { numRuns: numRuns * 2 },
      );
    },
  );
});

function countRows(doc: Record<string, unknown>, list: readonly string[]): number {
  let rows: unknown = doc;
  for (const token of list) rows = (rows as Record<string, unknown> | undefined)?.[token];
  return Array.isArray(rows) ? rows.length : 0;
}
