import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFormFolders, loadFormFolder } from '@adoption-support/core/node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectKitErrorOrResult,
  fuzzParameters,
  hostileJson,
  tenMegabytes,
} from '../../../core/src/testing/hostileJson';
import { checkTermbase, findTermbase, findWords, readTermbase, termProblems } from './checkTermbase';
import { lintFormFolder } from './lintFormFolder';

const FORMS = fileURLToPath(new URL('../../../../schemas/forms', import.meta.url));
const TERMBASE = fileURLToPath(new URL('../../../../schemas/shared/termbase.json', import.meta.url));
const termbase = readTermbase(JSON.parse(readFileSync(TERMBASE, 'utf8')));
const termFor = (concept: string) => termbase.terms.find((t) => t.concept === concept);

const form = (jurisdiction: string, en: Record<string, string>, cy: Record<string, string> = {}) => ({
  manifest: { id: 'test-form', jurisdiction } as never,
  locales: { en, cy },
});

describe('the termbase check', () => {
  it('reports a Welsh string that uses a forbidden variant, naming the key and the term to use', () => {
    const father = termFor("the child's birth father");
    const variant = father?.forbidden.cy?.[0] as string;
    const problems = termProblems(
      form('wales', { 'a.label': 'Birth father' }, { 'a.label': `${variant[0]?.toUpperCase()}${variant.slice(1)}` }),
      termbase,
      'termbase.json',
    );
    expect(problems).toEqual([
      {
        check: 'terms',
        form: 'test-form',
        file: 'i18n/cy.json',
        pointer: '/a.label',
        message: `"a.label" says "${variant}", a variant the termbase does not allow for the child's birth father.`,
        fix: `Write "${father?.words.cy}" instead, as every form does (termbase.json).`,
      },
    ]);
  });

  it('checks only the forms a term is for, and whole words only', () => {
    const variant = termFor("the child's birth father")?.forbidden.cy?.[0] as string;
    expect(termProblems(form('england', {}, { k: variant }), termbase, 't')).toEqual([]);
    expect(termProblems(form('wales', {}, { k: `x${variant}` }), termbase, 't')).toEqual([]);
    expect(findWords('Darparwyd gan y tîm', 'darparwyd gan')).toBe(0);
    expect(findWords('Ail-Darparwyd ganddo', 'darparwyd gan')).toBe(-1);
  });

  it('holds a list option to its term exactly', () => {
    const universal = termbase.terms.find((t) => t.keySuffix === '.tier.universal');
    const problems = termProblems(
      form(
        'wales',
        { 'x.tier.universal': universal?.words.en as string },
        { 'x.tier.universal': 'Gwasanaeth cyffredinol' },
      ),
      termbase,
      't',
    );
    expect(problems.map((p) => [p.file, p.pointer])).toEqual([['i18n/cy.json', '/x.tier.universal']]);
    expect(problems[0]?.fix).toContain(`"${universal?.words.cy}"`);
  });

  it('wants an abbreviation spelt out in the label or hint of the first field that uses it', () => {
    const tessa = termbase.terms.find((t) => t.abbreviation === 'TESSA');
    const bare = { 'a.label': 'Refer to TESSA?', 'b.label': `${tessa?.words.en} (TESSA)` };
    expect(termProblems(form('wales', bare), termbase, 't').map((p) => p.pointer)).toEqual(['/a.label']);
    const hinted = { 'a.label': 'Refer to TESSA?', 'a.description': `${tessa?.words.en} (TESSA) is ...` };
    expect(termProblems(form('wales', hinted), termbase, 't')).toEqual([]);
  });

  it('finds nothing wrong in the published forms', async () => {
    for (const folder of await listFormFolders(FORMS)) {
      expect(findTermbase(folder)).toBe(TERMBASE);
      expect(await checkTermbase(await loadFormFolder(folder))).toEqual([]);
    }
  });

  it('is part of lint: a forbidden variant in a copied form fails it, placed at its line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'asf-terms-'));
    mkdirSync(join(root, 'shared'));
    cpSync(TERMBASE, join(root, 'shared', 'termbase.json'));
    const folder = join(root, 'forms', 'asp-wales');
    cpSync(join(FORMS, 'asp-wales'), folder, { recursive: true });
    const file = join(folder, 'i18n', 'cy.json');
    const welsh = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const key = Object.keys(welsh).find((k) => k.endsWith('.tier.universal')) as string;
    welsh[key] = `${welsh[key]}: Tor-faen`;
    writeFileSync(file, `${JSON.stringify(welsh, null, 2)}\n`);
    const terms = (await lintFormFolder(folder)).problems.filter((p) => p.check === 'terms');
    expect(terms.map((p) => p.pointer)).toEqual([`/${key}`, `/${key}`]);
    expect(terms[0]?.line).toBeGreaterThan(1);
  });

  it('reads any JSON as a termbase, and any text, without throwing', () => {
    fc.assert(
      fc.property(hostileJson, hostileJson, (json, strings) => {
        expectKitErrorOrResult(() =>
          termProblems(form('wales', strings as Record<string, string>), readTermbase(json), 't'),
        );
      }),
      fuzzParameters(),
    );
    const started = performance.now();
    expect(termProblems(form('wales', {}, { big: tenMegabytes() }), termbase, 't')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
