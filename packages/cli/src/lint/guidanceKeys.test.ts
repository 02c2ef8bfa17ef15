import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocales } from '@adoption-support/core';
import { loadFormFolder } from '@adoption-support/core/node';
import { describe, expect, it } from 'vitest';
import { lintFormFolder } from './lintFormFolder';

const FORMS = fileURLToPath(new URL('../../../../schemas/forms', import.meta.url));
const TERMBASE = fileURLToPath(new URL('../../../../schemas/shared/termbase.json', import.meta.url));

type Strings = Record<string, string>;

/** The locale problems lint finds in a real form once `change` rewrites its strings (in memory). */
async function checkWith(form: string, change: (en: Strings, cy: Strings | undefined) => void) {
  const { definition } = await loadFormFolder(join(FORMS, form));
  const en = { ...definition.locales.en } as Strings;
  const cy = definition.locales.cy ? ({ ...definition.locales.cy } as Strings) : undefined;
  change(en, cy);
  return checkLocales({ ...definition, locales: cy ? { en, cy } : { en } });
}

/** A copy of a real form folder whose locale files `change` rewrites, linted; only the locale problems. */
async function lintWith(form: string, change: (en: Strings, cy: Strings | undefined) => void) {
  const root = mkdtempSync(join(tmpdir(), 'asf-guidance-'));
  mkdirSync(join(root, 'shared'));
  cpSync(TERMBASE, join(root, 'shared', 'termbase.json'));
  const folder = join(root, 'forms', form);
  cpSync(join(FORMS, form), folder, { recursive: true });
  const read = (code: string): Strings | undefined => {
    try {
      return JSON.parse(readFileSync(join(folder, 'i18n', `${code}.json`), 'utf8')) as Strings;
    } catch {
      return undefined;
    }
  };
  const en = read('en') as Strings;
  const cy = read('cy');
  change(en, cy);
  writeFileSync(join(folder, 'i18n', 'en.json'), `${JSON.stringify(en, null, 2)}\n`);
  if (cy) writeFileSync(join(folder, 'i18n', 'cy.json'), `${JSON.stringify(cy, null, 2)}\n`);
  return (await lintFormFolder(folder)).problems.filter((p) => p.check === 'locales');
}

/** Keys of the form's English strings: a field's hint, a section's description. */
const firstKey = (en: Strings, test: (key: string) => boolean) => Object.keys(en).find(test) as string;
const prefixOf = (key: string) => key.replace(/\.(description|label)$/, '');

describe("guidance keys in a form's strings", () => {
  it('accepts `.guidance` beside the introduction, a section and a field, in English and Welsh', async () => {
    const problems = await checkWith('asp-wales', (en, cy) => {
      const section = prefixOf(firstKey(en, (k) => k.startsWith('sections.') && k.endsWith('.label')));
      const field = prefixOf(firstKey(en, (k) => !k.startsWith('sections.') && k.endsWith('.description')));
      for (const prefix of ['form', section, field]) {
        en[`${prefix}.guidance`] = 'For the agency.';
        if (cy) cy[`${prefix}.guidance`] = 'I’r asiantaeth.';
      }
    });
    expect(problems).toEqual([]);
  });

  it('reports guidance that has no Welsh, as it does any other string', async () => {
    let key = '';
    const problems = await checkWith('asp-wales', (en) => {
      key = `${prefixOf(firstKey(en, (k) => k.endsWith('.description') && !k.startsWith('form.')))}.guidance`;
      en[key] = 'For the agency.';
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'i18n/cy.json', pointer: `/${key}`, message: expect.stringContaining('Welsh') }),
    ]);
  });

  it('reports an orphan `.guidance` key that stands beside no field, section or introduction', async () => {
    const problems = await lintWith('asp-england', (en) => {
      en['child.noSuchField.guidance'] = 'For the agency.';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'i18n/en.json',
        pointer: '/child.noSuchField.guidance',
        message: expect.stringContaining('stands beside no introduction, section, group or field'),
      }),
    ]);
  });
});
