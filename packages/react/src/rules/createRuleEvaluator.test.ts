import { type FormDefinitionData, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questions } from '../testing/formFacts';
import { createRuleEvaluator } from './createRuleEvaluator';
import type { IncrementalRules, RuleEvaluator } from './ruleResults';

// The suite's seed and floor of runs; `FUZZ_RUNS` raises the number of runs.
const FUZZ = { seed: 20261206, numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) };
const TODAY = '2026-06-01';

type Json = Record<string, unknown>;

/** A copy of `data` with `value` at a data path (`undefined` removes it), copying only the branch on the way. */
function withAnswer(data: Json, path: readonly string[], value: unknown): Json {
  const define = (node: Json, key: string, v: unknown) =>
    Object.defineProperty(node, key, { value: v, enumerable: true, writable: true, configurable: true });
  const root: Json = { ...data };
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    const child: Json = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...(next as Json) } : {};
    define(node, key, child);
    node = child;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete node[last];
  else define(node, last, value);
  return root;
}

const withRules = (Object.values(forms) as FormDefinitionData[]).filter((d) => d.manifest.rulePacks.length > 0);

describe("the kit's rule evaluator after a change", () => {
  it.each(withRules.map((d) => [d.manifest.id, d] as const))(
    '%s: gives what a full evaluation gives, over generated edit sequences',
    (_id, definition) => {
      const asked = questions(definition);
      const example = formExamples[definition.manifest.id as keyof typeof formExamples]?.['valid.full']?.data;
      const start = (example ?? {}) as Json;
      const values = fc.oneof(
        fc.constantFrom(undefined, '', 'text', 0, 7, true, false, '2020-02-29', '2030-01-01', 'yes', 'no'),
        fc.constantFrom(
          ...asked
            .map((q) => (Array.isArray(q.schema.enum) ? (q.schema.enum[0] as unknown) : undefined))
            .filter((v) => v !== undefined),
        ),
      );
      const edit = fc.record({ question: fc.nat({ max: asked.length - 1 }), value: values });
      const incremental = createRuleEvaluator(definition, { today: TODAY }) as RuleEvaluator & IncrementalRules;
      const full = createRuleEvaluator(definition, { today: TODAY });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          let before = start;
          incremental(before);
          for (const { question, value } of edits) {
            const q = asked[question]!;
            const after = withAnswer(before, q.dataPath, value);
            expect(incremental.update(before, after, [q.pointer])).toEqual(full(after));
            before = after;
          }
        }),
        // 1,000 edit sequences in all, shared between the forms.
        { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns / withRules.length) },
      );
    },
  );

  it('evaluates in full from a document it never saw, or for a pointer the engine refuses', () => {
    const definition = withRules[0]!;
    const incremental = createRuleEvaluator(definition, { today: TODAY }) as RuleEvaluator & IncrementalRules;
    const full = createRuleEvaluator(definition, { today: TODAY });
    expect(incremental.update({}, {}, ['/x'])).toEqual(full({}));
    const seen = {};
    incremental(seen);
    expect(incremental.update(seen, {}, ['not a pointer'])).toEqual(full({}));
  });
});
