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

  it('reports a key missing from the Welsh file, with the English label', () => {
    const form = tinyForm();
    delete form.locales.cy?.['child.stage.placed'];
    expect(checkLocales(form)).toEqual([
      expect.objectContaining({ file: 'i18n/cy.json', pointer: '/child.stage.placed', field: 'Placed' }),
    ]);
  });

  it('reports a key with empty text', () => {
    const form = tinyForm();
    (form.locales.en as Record<string, string>)['child.name.label'] = '  ';
    expect(checkLocales(form)[0]?.message).toMatch(/has no text/);
  });

  it('reports a hint present in one locale but not the other', () => {
    const form = tinyForm();
    (form.locales.en as Record<string, string>)['child.name.description'] = 'As on the birth certificate';
    expect(checkLocales(form)[0]).toMatchObject({ file: 'i18n/cy.json', pointer: '/child.name.description' });
  });

  it('reports a key that no field, section or option uses', () => {
    const form = tinyForm();
    for (const strings of Object.values(form.locales)) strings['child.nmae.label'] = 'Name';
    const problems = checkLocales(form);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toMatch(/not used by any field/);
  });

  it('reports a locale listed in the manifest with no file', () => {
    const form = tinyForm();
    delete form.locales.cy;
    expect(checkLocales(form)[0]?.message).toMatch(/no i18n\/cy.json/);
  });
});
