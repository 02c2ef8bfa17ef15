import { schemaFields } from '@adoption-support/core';
import { aspEngland, forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formModel, READER_AUDIENCES } from './formModel';

describe('the form as one reader sees it', () => {
  const cases = Object.values(forms).flatMap((definition) =>
    READER_AUDIENCES.filter((a) => a === 'agency' || definition.manifest.audiences.includes(a as never)).map(
      (audience) => [definition.manifest.id, audience, definition] as const,
    ),
  );

  it.each(cases)(
    '%s for %s has a Control only for fields the annotations grant, and every such field',
    (_id, audience, definition) => {
      const model = formModel(definition, audience);
      const fields = new Map(schemaFields(definition.schema).map((f) => [f.dataPath.join('/'), f]));
      for (const control of model.controls) {
        const field = fields.get(control.dataPath.join('/'))!;
        if (audience !== 'agency') expect(field.audience ?? [], control.dataPath.join('/')).toContain(audience);
      }
      const everything = formModel(definition, 'agency');
      const granted = everything.controls.filter(
        (c) => audience === 'agency' || (fields.get(c.dataPath.join('/'))?.audience ?? []).includes(audience as never),
      );
      // A list's Control stays only while some field of its rows does.
      const shown = new Set(model.controls.map((c) => c.dataPath.join('/')));
      for (const control of granted) {
        const path = control.dataPath.join('/');
        const hasVisibleLeaf = granted.some(
          (c) => c.dataPath.join('/').startsWith(path) && fields.get(c.dataPath.join('/'))?.kind === 'leaf',
        );
        if (hasVisibleLeaf) expect(shown, path).toContain(path);
      }
    },
  );

  it('gives the birth family only the support offered to birth relatives', () => {
    const model = formModel(aspEngland, 'birthFamily');
    expect(model.sections.map((s) => s.i18n)).toEqual(['sections.birthFamilySupport']);
    const paths = model.controls.map((c) => c.dataPath.join('/'));
    expect(paths.some((p) => p.startsWith('adopters') || p.startsWith('document') || p.startsWith('network'))).toBe(
      false,
    );
    expect(paths).not.toContain('birthFamilySupport/recipients/*/consentToShare');
  });

  it('shows no one but the agency a field whose audience list is empty', () => {
    expect(formModel(aspEngland, 'agency').controls.map((c) => c.dataPath.join('/'))).toContain(
      'approval/distribution',
    );
    for (const audience of READER_AUDIENCES.filter((a) => a !== 'agency')) {
      expect(formModel(aspEngland, audience).controls.map((c) => c.dataPath.join('/'))).not.toContain(
        'approval/distribution',
      );
    }
  });

  it('finds the section of a pointer, with rows of lists', () => {
    const model = formModel(aspEngland, 'agency');
    const section = (i18n: string) => model.sections.findIndex((s) => s.i18n === i18n);
    expect(model.sectionOf('/supportItems/3/objective')).toBe(section('sections.supportItems'));
    expect(model.sectionOf('/document/child/fullName')).toBe(section('sections.document'));
    expect(model.sectionOf('/nowhere')).toBeUndefined();
    expect(model.controlAt('/supportItems/3/objective')?.dataPath).toEqual(['supportItems', '*', 'objective']);
  });
});
