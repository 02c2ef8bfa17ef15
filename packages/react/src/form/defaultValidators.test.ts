import { formIds, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// The suite's seed and floor of runs (core's testing/hostileJson, which this package's type check
// cannot reach across its root directory); `FUZZ_RUNS` raises the number of runs.
const FUZZ = { seed: 20261206, numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) };
/** An array `depth` levels deep, built without recursion. */
const deepArray = (depth: number) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** A copy of the loaders with nothing loaded yet (test/preloadForms.ts loads every form into the usual one). */
async function freshLoaders() {
  vi.resetModules();
  return import('./defaultValidators');
}

describe('loading one published form', () => {
  it('knows every published form and no other', async () => {
    const { publishedFormIds, isPublishedForm } = await freshLoaders();
    expect([...publishedFormIds].sort()).toEqual([...formIds].sort());
    for (const id of ['asp', '__proto__', 'constructor', 'toString', '']) expect(isPublishedForm(id)).toBe(false);
  });

  it("loads a form once, with its definition and its precompiled validator, and nothing for an id it doesn't publish", async () => {
    const { loadForm, loadedForm } = await freshLoaders();
    const { validators } = await import('@adoption-support/schemas/validators');
    for (const id of formIds) {
      expect(loadedForm(id)).toBeUndefined();
      const module = await loadForm(id);
      expect(module?.definition.manifest).toEqual(forms[id].manifest);
      expect(module?.definition.schema).toEqual(forms[id].schema);
      // The generated module's validator (what an app ships), not one compiled at runtime.
      expect(module?.validator).toBe(validators[id]);
      expect(loadedForm(id)).toBe(module);
      expect(await loadForm(id)).toBe(module);
    }
    expect(await loadForm('__proto__')).toBeUndefined();
    expect(await loadForm('no-such-form')).toBeUndefined();
  });

  it('validates each form’s examples with the precompiled code as the examples expect', async () => {
    const { loadForm } = await freshLoaders();
    for (const id of formIds) {
      const module = await loadForm(id);
      for (const [name, example] of Object.entries(formExamples[id])) {
        const valid = module?.validator(structuredClone(example.data));
        // Invalid examples may be invalid by a rule rather than the schema; valid ones pass the schema.
        if (name.startsWith('valid')) expect(valid, `${id} ${name}`).toBe(true);
        if (!valid) expect(module?.validator.errors?.length, `${id} ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives nothing, and never throws, for any other JSON value as an id', async () => {
    const { loadForm, loadedForm } = await freshLoaders();
    const hostile = [null, 42, [], deepArray(10_000), JSON.parse('{"__proto__":{"polluted":true}}'), 'x'.repeat(1e7)];
    for (const id of hostile) {
      expect(await loadForm(id as never)).toBeUndefined();
      expect(loadedForm(id as never)).toBeUndefined();
    }
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.constantFrom(...formIds, '__proto__', 'constructor')),
        async (id) => {
          const module = await loadForm(id as never);
          expect(module === undefined || formIds.includes(id as never)).toBe(true);
        },
      ),
      FUZZ,
    );
  });
});
