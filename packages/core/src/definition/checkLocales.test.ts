import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { checkLocales, formStringKeys } from './checkLocales';

describe('formStringKeys', () => {
  it('asks for the title, each section, each field and each option', () => {
    const { required } = formStringKeys(tinyForm());
    expect([...required].sort()).toEqual(Object.keys(tinyForm().locales.en ?? {}).sort());
  });
});

describe('checkLocales', () => {
  it('accepts locales that hold exactly the keys the form uses', () => {
    expect(checkLocales(tinyForm())).toEqual([]);
  });

  it('reports a key missing from the Welsh file, naming the field by its English label', () => {
    const form = tinyForm();
    delete form.locales.cy?.['child.stage.placed'];
    expect(checkLocales(form)).toEqual([
      expect.objectContaining({
        file: 'i18n/cy.json',
        pointer: '/child.stage.placed',
        field: form.locales.en?.['child.stage.label'],
      }),
    ]);
  });

  it('reports a key with empty text', () => {
    const form = tinyForm();
    (form.locales.en as Record<string, string>)['child.name.label'] = '  ';
    expect(checkLocales(form)[0]?.message).toBe('The English wording for "child.name.label" is empty.');
  });

  it('reports a hint present in one locale but not the other, naming the field (not the hint)', () => {
    const form = tinyForm();
    (form.locales.en as Record<string, string>)['child.name.description'] = 'As on the birth certificate';
    expect(checkLocales(form)[0]).toMatchObject({
      file: 'i18n/cy.json',
      pointer: '/child.name.description',
      field: form.locales.en?.['child.name.label'],
    });
  });

  it('says a key belongs to a field that is in the schema but on no page, rather than calling it unknown', () => {
    const form = tinyForm();
    const child = (form.schema as { properties: { child: { properties: Record<string, unknown> } } }).properties.child;
    child.properties.firstLanguage = { type: 'string' };
    for (const strings of Object.values(form.locales)) strings['child.firstLanguage.label'] = 'First language';
    const problems = checkLocales(form);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ pointer: '/child.firstLanguage.label', field: 'First language' });
    expect(problems[0]?.message).toMatch(/belongs to the field \/child\/firstLanguage, which .* has no Control/);
    expect(problems[0]?.fix).toMatch(/Add a Control for \/child\/firstLanguage to uischema.json/);
  });

  it('reports a key that no field, section or option uses', () => {
    const form = tinyForm();
    for (const strings of Object.values(form.locales)) strings['child.nmae.label'] = 'Name';
    const problems = checkLocales(form);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toMatch(/not used by any field/);
  });

  it('blames the Welsh file, not the English one, for a misspelt Welsh key', () => {
    const form = tinyForm();
    const welsh = form.locales.cy as Record<string, string>;
    welsh['child.stage.plcaed'] = welsh['child.stage.placed'] as string;
    delete welsh['child.stage.placed'];
    const problems = checkLocales(form);
    expect(problems.map((p) => p.file)).toEqual(['i18n/cy.json', 'i18n/cy.json']);
    expect(problems.map((p) => p.message)).toEqual([
      'The Welsh wording for "child.stage.placed" is missing.',
      'The key "child.stage.plcaed" is not used by any field, section or option of the form.',
    ]);
    expect(problems.map((p) => p.fix).join(' ')).not.toMatch(/i18n\/en\.json/);
  });

  it('says a Welsh string is missing in the same plain words, whether the form needs it or only may have it', () => {
    const form = tinyForm();
    const child = (form.schema as { properties: { child: { properties: Record<string, unknown> } } }).properties.child;
    // A new optional question with a hint, worded in English only, and another not yet on any page.
    child.properties.nickname = { type: 'string' };
    child.properties.firstLanguage = { type: 'string' };
    const ui = form.uischema as { elements: { elements: Record<string, unknown>[] }[] };
    ui.elements[0]!.elements.push({ type: 'Control', scope: '#/properties/child/properties/nickname' });
    const english = form.locales.en as Record<string, string>;
    english['child.nickname.label'] = 'Nickname';
    english['child.nickname.description'] = 'The name friends use';
    english['child.firstLanguage.label'] = 'First language';
    const problems = checkLocales(form).filter((p) => p.file === 'i18n/cy.json');
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/child.nickname.label', 'The Welsh wording for "child.nickname.label" is missing.'],
      ['/child.nickname.description', 'The Welsh wording for "child.nickname.description" is missing.'],
      ['/child.firstLanguage.label', 'The Welsh wording for "child.firstLanguage.label" is missing.'],
    ]);
    expect(problems.map((p) => p.fix)).toEqual([
      'Add "child.nickname.label" to i18n/cy.json with the Welsh wording.',
      'Add "child.nickname.description" to i18n/cy.json with the Welsh wording, or remove it from i18n/en.json.',
      'Add "child.firstLanguage.label" to i18n/cy.json with the Welsh wording, or remove it from i18n/en.json.',
    ]);
    for (const problem of problems) expect(problem.message).not.toMatch(/locale|key/);
  });

  it('reports a locale listed in the manifest with no file', () => {
    const form = tinyForm();
    delete form.locales.cy;
    expect(checkLocales(form)[0]?.message).toMatch(/no i18n\/cy.json/);
  });
});
