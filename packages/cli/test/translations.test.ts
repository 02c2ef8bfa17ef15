// The Welsh round trip: export an XLIFF 2.0 file, translate it as a tool would (edit the file on disk),
// import it back, and see lint warn when the English changes after translation.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectKitErrorOrResult, fuzzParameters, hostileString } from '../../core/src/testing/hostileJson';
import { run } from '../src/cli';
import { lintFormFolder } from '../src/lint/lintFormFolder';
import { RECORD_FILE, recordOf } from '../src/translations/translationRecord';
import { parseXliff, TranslationFileError } from '../src/translations/xliff';
import { copyForm } from './support/materialise';

type Strings = Record<string, string>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Runs the command in this process and keeps what it printed. */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { CI: 'true' },
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
  });
  return { code, stdout, stderr };
}

/** A copy of the fixture form, exported to form.cy.xlf beside it. */
async function exported() {
  const folder = copyForm();
  const cwd = dirname(folder);
  const english = readJson(join(folder, 'i18n/en.json')) as Strings;
  const welsh = readJson(join(folder, 'i18n/cy.json')) as Strings;
  const file = join(cwd, 'form.cy.xlf');
  const result = await cli(['translations', 'export', 'asp-review-wales', '--out', 'form.cy.xlf'], cwd);
  return { folder, cwd, english, welsh, file, result };
}

const unitOf = (xml: string, key: string) => parseXliff(xml).units.find((u) => u.key === key);
const setTarget = (xml: string, welsh: string, next: string) => {
  const escaped = welsh.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
  const target = `<target>${escaped.replace(/"/g, '&quot;')}</target>`;
  if (!xml.includes(target)) throw new Error(`The export has no target ${target}`);
  return xml.replace(target, `<target>${next}</target>`);
};

describe('adoption-support translations', () => {
  it('exports every English string with its Welsh as XLIFF 2.0, all final when nothing changed', async () => {
    const { english, welsh, file, result } = await exported();
    expect(result.code).toBe(0);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toMatch(
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy">/,
    );
    const parsed = parseXliff(xml);
    expect(parsed.form).toBe('asp-review-wales');
    expect(parsed.units.map((u) => u.key)).toEqual(Object.keys(english));
    for (const unit of parsed.units) {
      expect(unit.source).toBe(english[unit.key]);
      expect(unit.target).toBe(welsh[unit.key]);
    }
    expect(result.stdout).toContain(`0 new, 0 whose English changed since translated, ${parsed.units.length} final.`);
  });

  it('imports a translated file: writes cy.json in English order and records the English each string came from', async () => {
    const { folder, cwd, english, welsh, file } = await exported();
    const key = Object.keys(english).find((k) => k.endsWith('.label') && welsh[k]) as string;
    writeFileSync(file, setTarget(readFileSync(file, 'utf8'), welsh[key] as string, 'Cymraeg newydd &amp; gwell'));
    const result = await cli(['translations', 'import', 'asp-review-wales', 'form.cy.xlf'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 changed');
    const written = readJson(join(folder, 'i18n/cy.json')) as Strings;
    expect(Object.keys(written)).toEqual(Object.keys(english));
    expect(written[key]).toBe('Cymraeg newydd & gwell');
    expect({ ...written, [key]: welsh[key] }).toEqual(welsh);
    const record = readJson(join(folder, RECORD_FILE)).cy as Strings;
    expect(record[key]).toBe(recordOf(english[key] as string, 'Cymraeg newydd & gwell'));
    const lint = await lintFormFolder(folder, { cwd });
    expect(lint.problems).toEqual([]);
    expect(lint.warnings).toEqual([]);
  });

  it('after the English changes, lint warns (without blocking) and export marks the string "English changed"', async () => {
    const { folder, cwd, english } = await exported();
    expect((await cli(['translations', 'import', 'asp-review-wales', 'form.cy.xlf'], cwd)).code).toBe(0);
    const key = Object.keys(english).find((k) => k.endsWith('.label')) as string;
    writeFileSync(
      join(folder, 'i18n/en.json'),
      `${JSON.stringify({ ...english, [key]: `${english[key]} (new)` }, null, 2)}\n`,
    );
    const lint = await lintFormFolder(folder, { cwd });
    expect(lint.problems).toEqual([]);
    expect(lint.warnings?.map((w) => [w.file, w.pointer, w.message])).toEqual([
      [
        'i18n/cy.json',
        `/${key}`,
        `The English of "${key}" changed after this Welsh was translated, so the Welsh may no longer say the same.`,
      ],
    ]);
    const shown = await cli(['lint', 'asp-review-wales'], cwd);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('no problems, 1 warning');
    const again = await cli(['translations', 'export', 'asp-review-wales', '--out', 'again.xlf'], cwd);
    expect(again.stdout).toContain('0 new, 1 whose English changed since translated');
    const xml = readFileSync(join(cwd, 'again.xlf'), 'utf8');
    expect(unitOf(xml, key)).toMatchObject({ source: `${english[key]} (new)`, state: 'new' });
    expect(xml).toMatch(new RegExp(`name="${key.replace(/\./g, '\\.')}">[\\s\\S]*?subState="asf:english-changed"`));
  });

  it('takes Welsh edited along with its English as revised: no warning', async () => {
    const { folder, cwd, english } = await exported();
    expect((await cli(['translations', 'import', 'asp-review-wales', 'form.cy.xlf'], cwd)).code).toBe(0);
    const welsh = readJson(join(folder, 'i18n/cy.json')) as Strings;
    const key = Object.keys(english).find((k) => k.endsWith('.label')) as string;
    writeFileSync(join(folder, 'i18n/en.json'), JSON.stringify({ ...english, [key]: `${english[key]} (new)` }));
    writeFileSync(join(folder, 'i18n/cy.json'), JSON.stringify({ ...welsh, [key]: `${welsh[key]} (newydd)` }));
    const lint = await lintFormFolder(folder, { cwd });
    expect(lint.problems).toEqual([]);
    expect(lint.warnings).toEqual([]);
  });

  it('marks a string with no Welsh as new, with no target', async () => {
    const folder = copyForm();
    const welsh = readJson(join(folder, 'i18n/cy.json')) as Strings;
    const key = Object.keys(welsh)[1] as string;
    delete welsh[key];
    writeFileSync(join(folder, 'i18n/cy.json'), JSON.stringify(welsh));
    const result = await cli(['translations', 'export', 'asp-review-wales', '--out', 'x.xlf'], dirname(folder));
    expect(result.stdout).toContain('1 new, 0 whose English changed');
    expect(unitOf(readFileSync(join(dirname(folder), 'x.xlf'), 'utf8'), key)?.target).toBeUndefined();
  });

  it('refuses unknown and missing keys and placeholders that differ, naming each key, and changes nothing', async () => {
    const { folder, cwd, english, welsh, file } = await exported();
    const [first, second, third] = Object.keys(english) as [string, string, string];
    writeFileSync(join(folder, 'i18n/en.json'), JSON.stringify({ ...english, [third]: 'Review of {childName}' }));
    let xml = readFileSync(file, 'utf8');
    xml = xml.replace(`name="${first}"`, `name="${first}x"`);
    xml = xml.replace(new RegExp(`<unit id="u2" name="${second.replace(/\./g, '\\.')}">[\\s\\S]*?</unit>`), '');
    writeFileSync(file, xml);
    const before = readFileSync(join(folder, 'i18n/cy.json'), 'utf8');
    const result = await cli(['translations', 'import', 'asp-review-wales', 'form.cy.xlf'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was changed');
    expect(result.stderr).toContain(
      `The file has the key "${first}x", which the form's English (i18n/en.json) does not have. Did you mean "${first}"?`,
    );
    expect(result.stderr).toContain(`The file lacks 2 keys of the form's English: "${first}", "${second}".`);
    expect(result.stderr).toContain(
      `The Welsh of "${third}" has the placeholders (none), but the English has {childName}`,
    );
    expect(readFileSync(join(folder, 'i18n/cy.json'), 'utf8')).toBe(before);
    expect(welsh[first]).toBeDefined();
  });

  it('refuses a file for another language or form, with markup, or with a DOCTYPE', async () => {
    const { cwd, file } = await exported();
    const xml = readFileSync(file, 'utf8');
    const cases: [string, string][] = [
      [xml.replace('trgLang="cy"', 'trgLang="ga"'), 'The file translates into "ga", not Welsh ("cy").'],
      [
        xml.replace('<file id="asp-review-wales"', '<file id="asp-wales"'),
        'The file is for the form "asp-wales", not "asp-review-wales".',
      ],
      [xml.replace(/<target>/, '<target><pc id="1">').replace(/<\/target>/, '</pc></target>'), 'holds markup'],
      [`<!DOCTYPE x [<!ENTITY a "aaaa">]>${xml}`, 'declares a DOCTYPE'],
      ['<xliff version="2.0"><file id="asp-review-wales">', 'is not well-formed XML'],
    ];
    for (const [text, expected] of cases) {
      writeFileSync(file, text);
      const result = await cli(['translations', 'import', 'asp-review-wales', 'form.cy.xlf'], cwd);
      expect(result.stderr).toContain(expected);
      expect(result.code).toBe(1);
    }
  });

  it('reads any text as a translation file or refuses it with a KitError, leaving prototypes alone', () => {
    const xmlish = fc.oneof(
      hostileString,
      fc
        .tuple(hostileString, hostileString, hostileString)
        .map(
          ([key, source, target]) =>
            `<xliff version="2.0" srcLang="en" trgLang="cy"><file id="f"><unit id="u1" name="${key}"><segment><source>${source}</source><target>${target}</target></segment></unit></file></xliff>`,
        ),
    );
    fc.assert(
      fc.property(xmlish, (text) => {
        const { error } = expectKitErrorOrResult(() => parseXliff(text));
        if (error) expect(error).toBeInstanceOf(TranslationFileError);
      }),
      fuzzParameters(),
    );
    const deep = `<xliff version="2.0"><file id="f"><unit name="k"><segment><source>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</source></segment></unit></file></xliff>`;
    expect(() => parseXliff(deep)).toThrow(TranslationFileError);
    const proto = parseXliff(
      '<xliff version="2.0" srcLang="en" trgLang="cy"><file id="f"><unit id="u1" name="__proto__"><segment><source>a</source><target>b</target></segment></unit></file></xliff>',
    );
    expect(proto.units[0]?.key).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
