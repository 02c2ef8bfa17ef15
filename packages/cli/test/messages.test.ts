// The messages a policy lead reads: each misleading message reported in the walkthrough, corrected,
// with "did you mean" for names that are probably typos, and no validator jargon.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli';
import type { LintProblem } from '../src/lint/LintProblem';
import { lintFormFolder } from '../src/lint/lintFormFolder';
import { copyForm, FIXTURES } from './support/materialise';

type Json = Record<string, any>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const said = (problems: LintProblem[]) => problems.map((p) => `${p.file} ${p.message} Fix: ${p.fix}`).join('\n');

/** A copy of a published form (with its kept versions and migrations). */
function copyPublished(form: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'asf-messages-')), form);
  cpSync(fileURLToPath(new URL(`../../../schemas/forms/${form}`, import.meta.url)), folder, { recursive: true });
  return folder;
}

describe('lint messages a policy lead reads', () => {
  it('calls a misspelt Welsh key unknown in cy.json and suggests the key, not "add it to en.json"', async () => {
    const folder = copyForm();
    const welsh = readJson(join(folder, 'i18n/cy.json'));
    const key = Object.keys(welsh).find((k) => k.endsWith('.label') && k.split('.').length > 2) as string;
    const typo = key.replace(/(\w)(\w)(\w*)\.label$/, '$2$1$3.label');
    writeJson(
      join(folder, 'i18n/cy.json'),
      Object.fromEntries(Object.entries(welsh).map(([k, v]) => [k === key ? typo : k, v])),
    );
    const { problems } = await lintFormFolder(folder, { cwd: dirname(folder) });
    expect(problems.filter((p) => p.file === 'i18n/en.json')).toEqual([]);
    const unknown = problems.find((p) => p.pointer === `/${typo}`);
    expect(unknown?.file).toBe('i18n/cy.json');
    expect(unknown?.message).toBe(
      `The key "${typo}" is not used by any field, section or option of the form. Did you mean "${key}"?`,
    );
    expect(unknown?.fix).toBe(`Correct the key to "${key}", or remove it.`);
    const missing = problems.find((p) => p.pointer === `/${key}`);
    expect(missing?.fix).toBe(
      `i18n/cy.json has "${typo}" instead (line ${unknown?.line}): correct its spelling to "${key}".`,
    );
  });

  it('says a misspelt audience is not an audience, once, with the one meant; no "data/2"', async () => {
    const folder = copyForm();
    const schema = readJson(join(folder, 'schema.json'));
    const audiences = readJson(join(folder, 'form.json')).audiences as string[];
    const meant = audiences.find((a) => a.endsWith('s') && a !== 'professionals') as string;
    const section = Object.values(schema.properties as Json).find((s: Json) => Array.isArray(s['x-audience'])) as Json;
    section['x-audience'] = [...(section['x-audience'] as string[]).filter((a) => a !== meant), meant.slice(0, -1)];
    writeJson(join(folder, 'schema.json'), schema);
    const { problems } = await lintFormFolder(folder, { cwd: dirname(folder) });
    expect(problems.map((p) => p.message)).toEqual([
      `"${meant.slice(0, -1)}" is not an audience. Did you mean "${meant}"?`,
    ]);
    expect(problems[0]?.fix).toBe(`Use the audiences form.json lists: ${audiences.map((a) => `"${a}"`).join(', ')}.`);
  });

  it('does not ask to add a migration file that exists: it points at the problems in it, and suggests the operation', async () => {
    const folder = copyPublished('asp-england');
    const name = (readJson(join(folder, 'form.json')).migrations as string[])[0] as string;
    const file = join(folder, 'migrations', `${name}.json`);
    const migration = readJson(file);
    const op = migration.operations[0].op as string;
    migration.operations[0].op = `${op.slice(0, -1)}x`;
    writeJson(file, migration);
    const { problems } = await lintFormFolder(folder, { cwd: dirname(folder) });
    expect(said(problems)).not.toContain(`Add migrations/${name}.json`);
    expect(said(problems)).toContain(
      `Fix: Fix the problems reported in migrations/${name}.json: a migration with a problem is not used until it is fixed.`,
    );
    expect(said(problems)).toContain(`(found "${op.slice(0, -1)}x"). Did you mean "${op}"?`);
  });

  it('suggests the field a migration meant to read, the scope a Control meant, and the field a rule meant', async () => {
    const england = copyPublished('asp-england');
    const name = (readJson(join(england, 'form.json')).migrations as string[])[0] as string;
    const file = join(england, 'migrations', `${name}.json`);
    const migration = readJson(file);
    const from = migration.operations[0].from as string;
    migration.operations[0].from = `${from.slice(0, -2)}${from.at(-1)}`;
    writeJson(file, migration);
    expect(said((await lintFormFolder(england, { cwd: dirname(england) })).problems)).toContain(
      `Did you mean "${from}"?`,
    );

    const review = copyForm();
    const uischema = readFileSync(join(review, 'uischema.json'), 'utf8');
    const scope = /"scope": "(#\/properties\/\w+\/properties\/\w+)"/.exec(uischema)?.[1] as string;
    writeFileSync(join(review, 'uischema.json'), uischema.replace(`"${scope}"`, `"${scope.slice(0, -1)}"`));
    const rules = readdirSync(join(review, 'rules')).find((f) => !f.includes('.cases.')) as string;
    const pack = readFileSync(join(review, 'rules', rules), 'utf8');
    const variable = /"data\.(\w+\.\w+)"/.exec(pack)?.[1] as string;
    writeFileSync(join(review, 'rules', rules), pack.replace(`"data.${variable}"`, `"data.${variable}x"`));
    const told = said((await lintFormFolder(review, { cwd: dirname(review) })).problems);
    expect(told).toContain(`Did you mean "${scope}"?`);
    expect(told).toContain(`Did you mean "${variable}"?`);
  });

  it('uses no validator jargon in any message of the mistakes the fixtures make', async () => {
    const { formWithMistake } = await import('./support/materialise');
    for (const mistake of readdirSync(join(FIXTURES, 'mistakes')).map((f) => f.replace(/\.json$/, ''))) {
      const folder = formWithMistake(mistake);
      const text = said((await lintFormFolder(folder, { cwd: dirname(folder) })).problems);
      expect(text, mistake).not.toMatch(/strict mode|\bdata\/\d|must NOT have|instancePath/);
    }
  });
});

describe('diff and the migration format agree about a new required question', () => {
  it('says no migration step is needed: saved documents leave it empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'asf-diff-'));
    const old = join(root, 'old', 'asp-review-wales');
    const next = join(root, 'new', 'asp-review-wales');
    cpSync(join(FIXTURES, 'forms', 'asp-review-wales'), old, { recursive: true });
    cpSync(join(FIXTURES, 'forms', 'asp-review-wales'), next, { recursive: true });
    const manifest = readJson(join(next, 'form.json'));
    manifest.version = `${Number(String(manifest.version).split('.')[0]) + 1}.1`;
    writeJson(join(next, 'form.json'), manifest);
    const schema = readJson(join(next, 'schema.json'));
    const [section, node] = Object.entries(schema.properties as Json).find(([, s]: [string, Json]) => s.properties) as [
      string,
      Json,
    ];
    node.properties.firstLanguage = { type: 'string' };
    node.required = [...(node.required ?? []), 'firstLanguage'];
    writeJson(join(next, 'schema.json'), schema);
    let stdout = '';
    const sink = {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    };
    await run(['diff', old, next], { cwd: root, env: { CI: 'true' }, stdout: sink, stderr: sink });
    expect(stdout).toContain(`/${section}/firstLanguage`);
    expect(stdout).toContain(
      'No migration step needed: saved documents leave it empty and show it as still to answer.',
    );
    expect(stdout).not.toContain('No migration handles this yet.');
  });
});
