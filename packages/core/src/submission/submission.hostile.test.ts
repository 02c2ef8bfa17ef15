// judgeSubmission and shareCopy on hostile submissions: every input gives a result, never a throw.
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../definition/annotations';
import { createAjv } from '../node/createAjv';
import { fuzzParameters, hostileJson, withHostilePart } from '../testing/hostileJson';
import { type JudgedSubmission, judgeSubmission } from './judgeSubmission';
import { shareCopy } from './shareCopy';

const ajv = createAjv();
const validators = Object.fromEntries(Object.entries(forms).map(([id, d]) => [id, ajv.compile(d.schema)]));
const clock = () => '2026-12-01';
// The widest limits as well as the defaults, so 10 MB texts and 100-level values also reach the rules and the validator.
const wide = { maxSize: 50_000_000, maxDepth: 100, maxTextLength: 20_000_000 };
const MAX_CALL_MS = 5000;

/** Submissions: hostile as a whole, hostile in one envelope part, or a real example with one hostile answer. */
const submissions = fc.oneof(
  hostileJson,
  ...Object.values(formExamples).flatMap((examples) => {
    const full = examples['valid.full']!;
    const minimal = examples['valid.minimal']!;
    return [
      withHostilePart(minimal as unknown as Record<string, unknown>, ['form', 'version', 'data', 'preserved']),
      withHostilePart(full.data, Object.keys(full.data)).map((data) => ({ ...full, data })),
    ];
  }),
);

const limits = fc.constantFrom(undefined, wide);

async function bounded<T>(run: () => Promise<T>): Promise<T> {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started).toBeLessThan(MAX_CALL_MS);
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

/** "Complete for this stage" is "valid to save" with nothing missing; what is missing is named once, by section. */
function expectStageParts(result: JudgedSubmission) {
  expect(result.valid).toBe(result.savable && result.missing.length === 0);
  const pointers = result.missing.map((m) => m.pointer);
  expect(new Set(pointers).size).toBe(pointers.length);
  const wrong = [...result.errors, ...result.ruleMessages].filter((e) => !pointers.includes(e.pointer));
  if (wrong.length > 0 || result.ruleFailures.length > 0) expect(result.savable).toBe(false);
  for (const m of result.missing) {
    expect(typeof m.field).toBe('string');
    if (m.section !== null) expect(m.section.label.length).toBeGreaterThan(0);
  }
}

describe('judgeSubmission on hostile submissions', () => {
  it('gives a judgement or a refusal for each, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(submissions, limits, async (input, limit) => {
        const result = await bounded(() => judgeSubmission(input, { forms, validators, clock, limits: limit }));
        expect(['judged', 'refused']).toContain(result.status);
        if (result.status === 'refused') {
          expect(result.problem.message.length).toBeGreaterThan(20);
          expect(result.savable).toBe(false);
        } else {
          expect(Object.hasOwn(forms, result.form)).toBe(true);
          expectStageParts(result);
        }
      }),
      fuzzParameters(),
    );
  }, 120_000);
});

describe('shareCopy on hostile documents', () => {
  it('gives a copy or a refusal for each, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(submissions, fc.constantFrom(...AUDIENCES), limits, async (input, audience, limit) => {
        const result = await bounded(() => shareCopy(input, audience, { forms, clock, limits: limit }));
        expect(['shared', 'refused']).toContain(result.status);
      }),
      fuzzParameters(),
    );
  }, 120_000);
});
