import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it, vi } from 'vitest';
import { createRuleEngine } from '../createRuleEngine';
import { formatRuleCasesReport, runRuleCases } from '../runRuleCases';
import { packsOf } from '../testing/compiledRules';
import type { CompiledRulesFactory } from './CompiledRules';
import { compiledRuleEngine } from './compiledRuleEngine';
import { compileRulePackSource } from './compileRulePackSource';

/** Writes compiled source as a real `.mjs` file and imports it, as an app's bundler would. */
async function importCompiledSource(source: string, name: string): Promise<CompiledRulesFactory> {
  const folder = mkdtempSync(join(tmpdir(), 'compiled-rules-'));
  const file = join(folder, `${name}.rules.mjs`);
  writeFileSync(file, source);
  try {
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: CompiledRulesFactory };
    return module.default;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ids = Object.keys(forms) as FormId[];
const casesFile = (id: string, name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../../schemas/forms/${id}/rules/${name}.cases.json`, import.meta.url), 'utf8'),
  );

describe.each(ids)('compiled rules of %s', (id) => {
  const definition = forms[id];
  const source = compileRulePackSource(packsOf(definition), { header: `${id} ${definition.manifest.version}` });
  const factory = importCompiledSource(source, id);

  it('is a module with no imports, no eval and no Function', () => {
    expect(source).not.toMatch(/\bimport\b|\beval\b|Function\s*\(|require\s*\(/);
    expect(source).toMatch(/^export default function rules\(ops\)/m);
  });

  it('passes every rule case of every pack, as the interpreter does', async () => {
    const compiled = compiledRuleEngine(definition, await factory);
    const interpreted = createRuleEngine({ packs: packsOf(definition) });
    for (const name of definition.manifest.rulePacks) {
      const cases = casesFile(id, name);
      const report = runRuleCases(compiled, cases);
      expect(report.failed, formatRuleCasesReport(report)).toBe(0);
      expect(report.results.length).toBeGreaterThan(0);
      expect(report).toEqual(runRuleCases(interpreted, cases));
    }
  });

  it("gives the interpreter's outcome on every example, without eval or Function", async () => {
    const compiled = compiledRuleEngine(definition, await factory, { clock: () => '2026-11-22' });
    const interpreted = createRuleEngine({ packs: packsOf(definition), clock: () => '2026-11-22' });
    const examples = Object.values(formExamples[id]);
    expect(examples.length).toBeGreaterThan(0);
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const functionSpy = vi.spyOn(globalThis, 'Function');
    try {
      for (const example of examples) {
        expect(compiled.evaluate(example.data)).toEqual(interpreted.evaluate(example.data));
      }
      expect(evalSpy).not.toHaveBeenCalled();
      expect(functionSpy).not.toHaveBeenCalled();
    } finally {
      evalSpy.mockRestore();
      functionSpy.mockRestore();
    }
  });
});
