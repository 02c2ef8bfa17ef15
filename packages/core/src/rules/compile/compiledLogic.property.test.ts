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
});
