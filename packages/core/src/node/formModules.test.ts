// Each form's own entry point (`@adoption-support/schemas/<id>`) holds generated source: the ajv
// standalone validator and the compiled rule packs. These tests check that what apps ship behaves
// exactly as what the kit compiles at runtime, on every example of every form.
import { readFileSync } from 'node:fs';
import { type FormId, formIds, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../rules/createRuleEngine';
import { createAjv } from './createAjv';

const entry = (id: FormId) =>
  import(`@adoption-support/schemas/${id}`) as Promise<typeof import('@adoption-support/schemas/asp-england')>;
const generated = (id: FormId, file: string) =>
  readFileSync(new URL(`../../../../schemas/src/generated/forms/${id}/${file}`, import.meta.url), 'utf8');
const ajv = createAjv();
const today = '2026-12-01';

describe.each([...formIds])('the %s entry point', (id) => {
  const definition = forms[id];
  const examples = Object.entries(formExamples[id]);

  it('gives the form’s definition, its validator and its compiled rules', async () => {
    const { form, definition: own, validator, rules } = await entry(id);
    expect(own).toBe(definition);
    expect(form).toEqual({ definition, validator, rules });
    expect(validator).toBe(validators[id]);
    expect(typeof rules).toBe('function');
  });

  it('compiles nothing at runtime: no eval, no Function, and rules with no imports at all', () => {
    for (const file of ['validator.js', 'rules.js']) {
      expect(generated(id, file)).not.toMatch(/\beval\s*\(|\bnew Function\b|\bFunction\s*\(/);
    }
    expect(generated(id, 'rules.js')).not.toMatch(/^\s*import\b|\brequire\s*\(/m);
  });

  it('validates every example as ajv compiling the schema at runtime does, errors included', async () => {
    const { validator } = await entry(id);
    const compiled = ajv.compile(definition.schema);
    expect(examples.length).toBeGreaterThan(0);
    for (const [name, example] of examples) {
      expect(validator(structuredClone(example.data)), `${id} ${name}`).toBe(compiled(structuredClone(example.data)));
      expect(validator.errors ?? null, `${id} ${name}`).toEqual(compiled.errors ?? null);
    }
  });

  it('runs its rules compiled with the same outcome as the interpreter on every example', async () => {
    const { rules } = await entry(id);
    const packs = definition.manifest.rulePacks.map((name) => definition.rulePacks[name]);
    const interpreted = createRuleEngine({ packs, clock: () => today });
    const compiled = createRuleEngine({ packs, clock: () => today, compiled: rules });
    for (const [name, example] of examples) {
      expect(compiled.evaluate(example.data), `${id} ${name}`).toEqual(interpreted.evaluate(example.data));
    }
  });
});
