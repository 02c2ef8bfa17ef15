import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyExamples, tinyForm } from '../testing/tinyForm';
import { standaloneValidatorSource } from './standaloneValidator';

// Written next to core so the module can resolve ajv's runtime helpers from core's dependencies.
const dir = mkdtempSync(join(import.meta.dirname, '.standalone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(source: string) {
  const file = join(dir, `v${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as { validate: ((d: unknown) => boolean) & { errors?: unknown[] } };
}

describe('standaloneValidatorSource', () => {
  const source = standaloneValidatorSource(tinyForm());

  it('generates code that compiles nothing at runtime', () => {
    expect(source).not.toMatch(/new Function|\beval\(|require\(/);
    expect(source).toMatch(/^import \* as runtime0Module from "ajv\//m);
  });

  it('judges every example exactly as the runtime validator does', async () => {
    const { validate } = await load(source);
    for (const [name, example] of Object.entries(tinyExamples())) {
      expect(validate(example.data), name).toBe(name.startsWith('valid.'));
    }
    validate({ child: { name: 'Sam', dateOfBirth: '2026-02-30' } });
    expect(validate.errors).toMatchObject([{ instancePath: '/child/dateOfBirth', keyword: 'format' }]);
  });
});
