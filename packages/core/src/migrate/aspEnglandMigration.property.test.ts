import { forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFromSchema, leaves } from '../testing/arbitraryDocument';
import { fuzzParameters } from '../testing/hostileJson';
import { applyMigration } from './applyMigration';
import { formVersions } from './formVersions';
import type { Migration } from './Migration';
import { migrateEnvelope } from './migrateEnvelope';

const COMBINED = '/adopters/strengthsAndVulnerabilities';

// The real form as published: the migration the kit ships that splits the combined narrative, found
// by what it does (later releases add migrations after it), and the versions on either side of it.
const DEFINITION = forms['asp-england'];
const versions = formVersions(DEFINITION);
const SHIPPED = versions.migrations.find((m) => m.operations.some((op) => op.op === 'split' && op.from === COMBINED));
if (!SHIPPED)
  throw new Error(`asp-england ships no migration that splits ${COMBINED}: this test has nothing to check.`);
const OLD = SHIPPED.from;
const OLD_SCHEMA = versions.schemas.get(OLD) as Record<string, unknown>;
const NEW = SHIPPED.to;

const RENAMED_FROM = ['child', 'knownAtMatching'];
const RENAMED_TO = ['child', 'summaryAtMatching'];

/** A narrative without the headings the split looks for. */
const plainText = fc.string({ minLength: 1, maxLength: 80, unit: fc.constantFrom(...'abcdefg HIJ.,;\n'.split('')) });
/** One part of an answer written with headings: no heading words inside, no spaces at its ends. */
const part = plainText.map((s) => s.trim()).filter((s) => s !== '');
const heading = fc.constantFrom(
  'Possible difficulties:',
  'possible difficulties :',
  'Vulnerabilities:',
  'VULNERABILITIES:',
);
/** The combined answer as social workers write it: plain, or with headings (sometimes only some). */
const combined = fc.oneof(
  plainText,
  fc.tuple(fc.boolean(), part, heading, part).map(([lead, s, h, d]) => `${lead ? 'Strengths: ' : ''}${s}\n${h} ${d}`),
  fc.tuple(heading, part).map(([h, d]) => `${h} ${d}`),
);

const oldDocuments = arbitraryFromSchema(OLD_SCHEMA, new Map([[COMBINED, combined]]));

const at = (value: unknown, tokens: readonly string[]): unknown =>
  tokens.reduce<unknown>(
    (v, t) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[t] : undefined),
    value,
  );
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`the asp-england migration ${SHIPPED.name} over generated documents`, () => {
  it('puts every answer of the old document at its new place, or in "preserved"; none is lost', async () => {
    await fc.assert(
      fc.asyncProperty(oldDocuments, async (data) => {
        const { document, preserved } = await migrateEnvelope(
          { form: 'asp-england', version: OLD, data },
          versions,
          NEW,
        );
        expect(document.version).toBe(NEW);
        // The only answer a 2026.1 document can lack a place for is the combined narrative.
        expect(preserved.every((p) => p.from === COMBINED)).toBe(true);
        for (const [tokens, value] of leaves(data)) {
          const pointer = `/${tokens.join('/')}`;
          if (pointer === COMBINED) continue;
          const renamed = RENAMED_FROM.every((t, i) => tokens[i] === t) ? [...RENAMED_TO, ...tokens.slice(2)] : tokens;
          expect(at(document.data, renamed), pointer).toEqual(value);
        }
        const original = at(data, ['adopters', 'strengthsAndVulnerabilities']);
        if (original === undefined) return;
        const kept = preserved.find((p) => p.from === COMBINED);
        if (kept) {
          expect(kept.value).toBe(original);
          expect(at(document.data, ['adopters', 'strengths'])).toBeUndefined();
          expect(at(document.data, ['adopters', 'possibleDifficulties'])).toBeUndefined();
          return;
        }
        // Split: the two parts and the headings make up the whole original answer, nothing else.
        const strengths = (at(document.data, ['adopters', 'strengths']) as string | undefined) ?? '';
        const difficulties = (at(document.data, ['adopters', 'possibleDifficulties']) as string | undefined) ?? '';
        const whole = new RegExp(
          `^\\s*(?:Strengths\\s*:)?\\s*${escapeRegExp(strengths)}\\s*(?:Possible difficulties|Vulnerabilities)\\s*:\\s*${escapeRegExp(difficulties)}\\s*$`,
          'i',
        );
        expect(original).toMatch(whole);
      }),
      fuzzParameters(200),
    );
  });

  it('round-trips: joining the split answers under their headings and renaming back gives the old document', async () => {
    const inverse: Migration = {
      name: '2026.1-back-to-2025.1',
      form: 'asp-england',
      from: NEW,
      to: OLD,
      operations: [
        { op: 'rename', from: '/child/summaryAtMatching', to: '/child/knownAtMatching' },
        {
          op: 'merge',
          from: { s: '/adopters/strengths', d: '/adopters/possibleDifficulties' },
          to: COMBINED,
          template: 'Strengths: {s}\nPossible difficulties: {d}',
        },
      ],
    };
    // Documents whose combined answer is written in the canonical form the inverse writes.
    const canonical = arbitraryFromSchema(
      OLD_SCHEMA,
      new Map([[COMBINED, fc.tuple(part, part).map(([s, d]) => `Strengths: ${s}\nPossible difficulties: ${d}`)]]),
    ).filter((d) => at(d, ['adopters', 'strengthsAndVulnerabilities']) !== undefined);
    await fc.assert(
      fc.asyncProperty(canonical, async (data) => {
        const forward = await migrateEnvelope({ form: 'asp-england', version: OLD, data }, versions, NEW);
        expect(forward.preserved).toEqual([]);
        const back = await applyMigration(forward.document.data, inverse);
        expect(back.preserved).toEqual([]);
        expect(back.data).toEqual(data);
      }),
      fuzzParameters(100),
    );
  });

  it('changes nothing when a migrated document is migrated again', async () => {
    await fc.assert(
      fc.asyncProperty(oldDocuments, async (data) => {
        const first = await migrateEnvelope({ form: 'asp-england', version: OLD, data }, versions, NEW);
        const again = await migrateEnvelope(first.document, versions, NEW);
        expect(again.applied).toEqual([]);
        expect(again.document).toEqual(first.document);
      }),
      fuzzParameters(50),
    );
  });
});
