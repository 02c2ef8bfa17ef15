// The docs' TypeScript and JavaScript blocks are compiled (one program, against the workspace source)
// and the Node ones are run, so a doc showing an API that does not exist, a wrong type or a version
// that is not current fails the suite. Markers: scripts/snippets/extractSnippets.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forms } from '@adoption-support/schemas';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { statedVersions } from './envelopeVersions';
import { readSnippets } from './extractSnippets';
import { whereFailed, writeSnippetModules } from './snippetModules';
import { typeCheckSnippets } from './typeCheckSnippets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const markdown = [
  ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`),
  'schemas/README.md',
]
  .filter((f) => f.endsWith('.md') && existsSync(join(root, f)))
  .sort();
const snippets = readSnippets(root, markdown);
const modules = writeSnippetModules(
  snippets,
  join(root, 'test-results', 'doc-snippets'),
  join(root, 'scripts', 'snippets', 'givens.ts'),
);

describe('the docs’ code blocks', () => {
  let problems = new Map<string, string[]>();
  beforeAll(() => {
    problems = typeCheckSnippets(root, modules);
  }, 300_000);

  it('are every ts, tsx, js and jsx block of the docs', () => {
    const fences = markdown.flatMap(
      (f) => readFileSync(join(root, f), 'utf8').match(/^\s*```(ts|tsx|js|jsx)\b/gm) ?? [],
    );
    expect(snippets.length).toBe(fences.length);
    expect(snippets.length).toBeGreaterThan(10);
  });

  it.each(modules.map((m) => [`${m.snippet.file}:${m.snippet.line}`, m] as const))('%s compiles', (_, module) => {
    expect(problems.get(module.path)).toEqual([]);
  });

  const runnable = modules.filter((m) => m.runs);
  describe('run in Node', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    afterAll(() => log.mockRestore());
    it.each(runnable.map((m) => [`${m.snippet.file}:${m.snippet.line}`, m] as const))('%s runs', async (where, m) => {
      try {
        await import(/* @vite-ignore */ m.path);
      } catch (error) {
        throw new Error(`${whereFailed(m, error)}: the block ${where} threw: ${String(error)}`, { cause: error });
      }
    });
  });

  const stated = markdown.flatMap((file) => statedVersions(root, file));

  it('state each form’s current version in every envelope', () => {
    const wrong = stated
      .filter(({ form }) => form in forms)
      .filter(({ form, version, older }) => {
        const definition = forms[form as keyof typeof forms];
        if (version === definition.manifest.version) return false;
        return !(older && version in (definition.history?.versions ?? {}));
      })
      .map(({ file, line, form, version }) => {
        const current = forms[form as keyof typeof forms].manifest.version;
        return `${file}:${line}: ${form} ${version}, but the current version is ${current}`;
      });
    expect(wrong).toEqual([]);
  });

  it('state a version in code only inside an envelope, where it is checked', () => {
    const checked = new Set(stated.map((v) => `${v.file}:${v.versionLine}`));
    const loose = snippets
      .filter((s) => !s.older)
      .flatMap((s) =>
        s.code
          .split('\n')
          .flatMap((text, i) =>
            /["'`]\d{4}\.\d+["'`]/.test(text) && !checked.has(`${s.file}:${s.line + i}`)
              ? [`${s.file}:${s.line + i}: ${text.trim()}`]
              : [],
          ),
      );
    expect(loose).toEqual([]);
  });
});
