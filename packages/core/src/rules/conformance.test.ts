import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createCompiledRuntime } from './compile/compiledRuntime';
import { compileRulePackSource } from './compile/compileRulePackSource';
import { createInterpreter } from './createInterpreter';
import { loadCompiledSource } from './testing/compiledRules';
import { corpus, differences } from './testing/conformanceCorpus';

/** Every corpus expression compiled as the logic of one rule of one pack, run on the compiled runtime. */
function compiledRunner(logics: unknown[]) {
  const pack = { id: 'conformance.corpus', rules: logics.map((logic, i) => ({ id: `r${i}`, logic })) };
  const factory = loadCompiledSource(compileRulePackSource(pack));
  const runtime = createCompiledRuntime();
  const rules = factory(runtime.library).packs[0]?.rules ?? [];
  return (i: number, data: unknown) => runtime.run(rules[i]!.logic, data, undefined);
}

const engines = (() => {
  const interpreter = createInterpreter();
  const logics = [...corpus.map(([logic]) => logic), ...differences.map((d) => d.logic)];
  const compiled = compiledRunner(logics);
  return [
    ['interpreted', (i: number, data: unknown) => interpreter.run(logics[i], data)],
    ['compiled', compiled],
  ] as const;
})();

describe.each(engines)('conformance with json-logic-js 2.0.5 (%s)', (_engine, ours) => {
  it('has a corpus of at least 60 expressions', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus.map(([logic, data], i) => [JSON.stringify(logic), i, logic, data ?? {}]))(
    '%s',
    (_name, i, logic, data) => {
      expect(ours(i, data)).toEqual(jsonLogic.apply(logic, data));
    },
  );

  it.each(differences.map((d, i) => [JSON.stringify(d.logic), corpus.length + i, d] as const))(
    'differs on purpose: %s',
    (_name, i, d) => {
      const data = d.data ?? {};
      let reference: unknown;
      try {
        reference = jsonLogic.apply(d.logic, data);
      } catch (error) {
        reference = error;
      }
      if (d.ours === 'throws') {
        expect(() => ours(i, data)).toThrow();
      } else {
        expect(ours(i, data)).toEqual(d.ours);
      }
      expect(reference).not.toEqual(d.ours);
    },
  );
});
