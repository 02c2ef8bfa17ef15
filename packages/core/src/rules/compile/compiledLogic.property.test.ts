import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../../testing/hostileJson';
import { createInterpreter } from '../createInterpreter';
import { LogicError } from '../LogicError';
import { loadCompiledSource } from '../testing/compiledRules';
import { anyLogic, logicData } from '../testing/logicArbitrary';
import { createCompiledRuntime } from './compiledRuntime';
import { compileRulePackSource } from './compileRulePackSource';

/** What a run gave: its value, or the kind and text of the LogicError that stopped it (nothing else may escape). */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof LogicError) return { stopped: error.kind, message: error.message };
    throw error;
  }
}

describe('compiled logic gives exactly what the interpreter gives', () => {
  it('for any logic and any data: the same value, or the same refusal, within the same budget', () => {
    fc.assert(
      fc.property(
        anyLogic,
        fc.array(logicData, { minLength: 1, maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        (logic, data, maxOperations) => {
          const options = { limits: maxOperations === undefined ? {} : { maxOperations }, clock: () => '2026-11-22' };
          const interpreter = createInterpreter(options);
          const runtime = createCompiledRuntime(options);
          const source = compileRulePackSource({ id: 'p', rules: [{ id: 'r', logic }] });
          expect(source).not.toMatch(/\beval\b|Function\s*\(/);
          const compiled = loadCompiledSource(source)(runtime.library).packs[0]?.rules[0]?.logic;
          if (compiled === undefined) throw new Error('no compiled rule');
          // Several documents on the same engines: whatever either caches must not change an answer.
          for (const context of data) {
            expect(outcome(() => runtime.run(compiled, context, undefined))).toEqual(
              outcome(() => interpreter.run(logic, context)),
            );
          }
        },
      ),
      fuzzParameters(),
    );
  });

  it('charges if, and, or and the operators written in place at the same moment as the interpreter', () => {
    // A list longer than allowed stops a rule that reads it, unless the budget ran out first: which error
    // comes out shows when each operation was charged.
    const context = { long: Array.from({ length: 10_001 }, () => 0), day: '2026-01-05', n: 2 };
    const read = { var: 'long' };
    const logics = [
      { and: [read] },
      { or: [false, read] },
      { if: [read, 1, 2] },
      { if: [false, 1, read] },
      { '!': [read] },
      { '==': [{ var: 'n' }, read] },
      { date_add: [{ var: 'day' }, read, 'days'] },
      { '<': [1, { var: 'n' }, { if: [true, read] }] },
      { is_empty: [{ and: [{ var: 'n' }, { or: [{ var: 'day' }] }] }] },
    ];
    for (const logic of logics) {
      const source = compileRulePackSource({ id: 'p', rules: [{ id: 'r', logic }] });
      expect(source).not.toMatch(/ops\.op\("(if|and|or)"\)/);
      for (let maxOperations = 1; maxOperations <= 6; maxOperations++) {
        const options = { limits: { maxOperations }, clock: () => '2026-11-22' };
        const runtime = createCompiledRuntime(options);
        const compiled = loadCompiledSource(source)(runtime.library).packs[0]?.rules[0]?.logic;
        if (compiled === undefined) throw new Error('no compiled rule');
        expect(
          outcome(() => runtime.run(compiled, context, undefined)),
          JSON.stringify({ logic, maxOperations }),
        ).toEqual(outcome(() => createInterpreter(options).run(logic, context)));
      }
    }
  });
});
