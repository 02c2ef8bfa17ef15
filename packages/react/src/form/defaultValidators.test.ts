import { formIds, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it, vi } from 'vitest';

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
});
