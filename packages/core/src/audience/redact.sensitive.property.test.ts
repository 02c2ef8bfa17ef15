// Property test per form: no sensitive answer (contact notes, financial detail, another person's
// assessment) reaches the child, the birth family or the panel unless a documented allow-list says so.
import { readFileSync } from 'node:fs';
import { type Audience, type FormId, formIds, forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../definition/annotations';
import { getAtPointer } from '../definition/jsonPointer';
import { ANY_ITEM, schemaFields } from '../definition/schemaFields';
import { fuzzParameters } from '../testing/hostileJson';
import { redact } from './redact';
import { documentArbitrary } from './testing/documentArbitrary';
import {
  type AllowedOnPurpose,
  allowedOnPurpose,
  extraGuarded,
  guardedAudiences,
  sensitiveAnswers,
  supportItemLists,
} from './testing/sensitiveAnswers';

type Json = Record<string, unknown>;
const split = (path: string) => path.split('/');
const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((t, i) => path[i] === t);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const marker = (formId: FormId, path: string) => `«sensitive ${formId}:${path}»`;
const financialMarker = (formId: FormId, list: string) => `«financial row ${formId}:${list}»`;
/** Everyone but the adopters (and the agency's own case workers, who need no redaction). */
const notForFinance = AUDIENCES.filter((a) => a !== 'adopters');

function allows(entries: readonly AllowedOnPurpose[], doc: Json, audience: Audience, path: readonly string[]) {
  return entries.some(
    (e) =>
      e.audience === audience &&
      startsWith(path, split(e.path)) &&
      (!e.when || e.when.in.includes(getAtPointer(doc, e.when.field))),
  );
}

/**
 * The place of every answer in a redacted document, rows as `*`. Redaction keeps only what the
 * schema describes, so the data's own shape is enough (and far quicker than asking the schema).
 */
function answerPatterns(data: Json): string[][] {
  const found: string[][] = [];
  const stack: [unknown, string[]][] = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string[]];
    if (isObject(value)) for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
    else if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null))
      for (const v of value) stack.push([v, [...path, ANY_ITEM]]);
    else found.push(path);
  }
  return found;
}

/** Writes a marker into the service of every financial row of each list of support items. */
function markFinancialRows(formId: FormId, doc: Json): Json {
  const copy = structuredClone(doc);
  for (const list of supportItemLists[formId]) {
    const rows = getAtPointer(copy, split(list));
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      if (isObject(row) && row.needArea === 'financial') row.service = financialMarker(formId, list);
    }
  }
  return copy;
}

describe.each(formIds)('sensitive answers in generated %s documents', (formId) => {
  const definition = forms[formId];
  const fields = schemaFields(definition.schema);
  const sensitive = sensitiveAnswers[formId].map(split);
  const allowed = allowedOnPurpose[formId];
  const guarded = [...guardedAudiences, ...(extraGuarded[formId] ?? [])];
  const seeded = fields.filter(
    (f) =>
      f.kind === 'leaf' &&
      f.schema.type === 'string' &&
      !Array.isArray(f.schema.enum) &&
      sensitive.some((p) => startsWith(f.dataPath, p)),
  );
  const seededPaths = new Set(seeded.map((f) => f.dataPath.join('/')));
  // Only the parts the check reads: the sensitive answers with the whole rows they sit in, the lists
  // of support items, and the answers the allow-list's conditions read.
  const only = [
    ...sensitive.map((p) => (p.includes(ANY_ITEM) ? p.slice(0, p.indexOf(ANY_ITEM)) : p)),
    ...supportItemLists[formId].map(split),
    ...allowed.flatMap((e) => (e.when ? [split(e.when.field.slice(1))] : [])),
  ];
  const documents = documentArbitrary(definition, {
    alwaysInclude: [...seeded.map((f) => f.dataPath), ...supportItemLists[formId].map(split)],
    leaf: (path) => (seededPaths.has(path.join('/')) ? fc.constant(marker(formId, path.join('/'))) : undefined),
    maxRows: 2,
    only,
    // Unknown keys and wrong types are the general property test's business: here, speed.
    unknownKeys: false,
    wrongTypes: false,
  }).map((doc) => markFinancialRows(formId, doc));

  it('names only fields the schema has, and allows only what the annotations can grant', () => {
    const paths = new Set(fields.map((f) => f.dataPath.join('/')));
    const named = [...sensitiveAnswers[formId], ...supportItemLists[formId], ...allowed.map((e) => e.path)];
    expect(named.filter((p) => !paths.has(p))).toEqual([]);
    // An entry that no annotation grants would be dead: the allow-list says only what is done on purpose.
    const granted = (e: AllowedOnPurpose) =>
      fields.some((f) => startsWith(f.dataPath, split(e.path)) && f.audience?.includes(e.audience));
    expect(allowed.filter((e) => !granted(e)).map((e) => `${e.path} for ${e.audience}`)).toEqual([]);
  });

  it("documents each answer shown on purpose, with its reason, in the form's README", () => {
    const readme = readFileSync(new URL(`../../../../schemas/forms/${formId}/README.md`, import.meta.url), 'utf8');
    const missing = allowed.filter((e) => !readme.includes(`\`${e.path}\``) || !readme.includes(e.reason));
    expect(missing.map((e) => `${e.path} for ${e.audience}`)).toEqual([]);
  });

  it('shows no contact notes, financial detail or other person’s assessment to a reader unless on purpose', () => {
    const recipient = fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined });
    fc.assert(
      fc.property(documents, recipient, (doc, birthFamilyRecipient) => {
        // Each reader's view once: the sensitive answers for the guarded, the financial rows for all but the adopters.
        const views = new Map(
          [...new Set([...guarded, ...notForFinance])].map((a) => [
            a,
            redact(definition, doc, a, { birthFamilyRecipient }).data,
          ]),
        );
        for (const audience of guarded) {
          const data = views.get(audience) as Json;
          const leaked = answerPatterns(data)
            .filter((path) => sensitive.some((p) => startsWith(path, p)))
            .filter((path) => !allows(allowed, doc, audience, path));
          expect(leaked.map((p) => `${audience}: ${p.join('/')}`)).toEqual([]);
          const text = JSON.stringify(data);
          const markers = seeded
            .filter((f) => !allows(allowed, doc, audience, f.dataPath))
            .map((f) => marker(formId, f.dataPath.join('/')));
          expect(markers.filter((m) => text.includes(m)).map((m) => `${audience}: ${m}`)).toEqual([]);
        }
        for (const audience of notForFinance) {
          const text = JSON.stringify(views.get(audience));
          const rows = supportItemLists[formId].map((list) => financialMarker(formId, list));
          expect(rows.filter((m) => text.includes(m)).map((m) => `${audience}: ${m}`)).toEqual([]);
          expect(text.includes('"fundingRoute"') ? `${audience} sees a funding route` : undefined).toBeUndefined();
        }
      }),
      fuzzParameters(),
    );
  });
});
