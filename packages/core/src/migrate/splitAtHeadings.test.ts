import { forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../testing/hostileJson';
import { formVersions } from './formVersions';
import type { HeadingSplitOperation } from './Migration';
import { migrateEnvelopeSync } from './migrateEnvelope';
import { prepareHeadings, splitAtHeadings } from './splitAtHeadings';

/** The regular expression the 2025.1-to-2026.1 migration used before it split at headings. */
const FORMER_PATTERN =
  /^\s*(?:Strengths\s*:)?\s*(?<strengths>[\s\S]*?)\s*(?:Possible difficulties|Vulnerabilities)\s*:\s*(?<possibleDifficulties>[\s\S]*?)\s*$/i;

const versions = formVersions(forms['asp-england']);
const isHeadingSplit = (op: { op: string }): op is HeadingSplitOperation => op.op === 'split' && 'headings' in op;
const splitting = versions.migrations.find((m) => m.operations.some(isHeadingSplit));
const shippedSplit = splitting?.operations.find(isHeadingSplit) as HeadingSplitOperation;
const parts = Object.values(shippedSplit.headings).map(prepareHeadings);

/** Text made of heading words, spaces and colons: where a split at headings can go wrong. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('Strengths', 'strengths', 'STRENGTHS', 'Possible difficulties', 'possible DIFFICULTIES'),
      fc.constantFrom('Vulnerabilities', 'vulnerabilities', 'Possible', 'difficulties', 'Strength', 'Vulnerab'),
      fc.constantFrom(':', ' :', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', 'a', 'Kind.', 'ſ', 'ı', 'K'),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('splitAtHeadings', () => {
  it('splits exactly as the former regular expression did, on any text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const match = FORMER_PATTERN.exec(text);
        const expected = match
          ? [match.groups?.strengths?.trim() ?? '', match.groups?.possibleDifficulties?.trim() ?? '']
          : undefined;
        expect(splitAtHeadings(text, parts)).toEqual(expected);
      }),
      fuzzParameters(),
    );
  });

  it('takes linear time: answers that stalled the regular expression split at once', () => {
    const answers = [
      ' '.repeat(600),
      ' '.repeat(10_000),
      `Strengths:${' '.repeat(10_000)}x`,
      'Possible difficulties'.repeat(500),
      `${'Vulnerabilities '.repeat(600)}`,
      'a'.repeat(10 * 1024 * 1024),
    ];
    const start = performance.now();
    for (const answer of answers) splitAtHeadings(answer, parts);
    // The regular expression took 14 s on the first answer alone, and minutes on the second.
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('migrates a 2025.1 plan whose combined answer is 10,000 spaces in well under a second', () => {
    const start = performance.now();
    const { preserved } = migrateEnvelopeSync(
      {
        form: 'asp-england',
        version: splitting?.from as string,
        data: JSON.parse(
          `{"adopters":{${JSON.stringify(shippedSplit.from.split('/').at(-1))}:"${' '.repeat(10_000)}"}}`,
        ),
      },
      versions,
    );
    expect(performance.now() - start).toBeLessThan(1000);
    expect(preserved.map((p) => p.from)).toEqual([shippedSplit.from]);
  });
});
