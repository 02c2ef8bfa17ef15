import { getAtPointer, schemaFields } from '@adoption-support/core';
import { aspEngland, type FormDefinitionData, forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formWith } from '../testing/formFacts';
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

  it('gives the birth family only the sections holding support offered to birth relatives, and in them only that', () => {
    const { definition } = formWith('a part for the birth family', (d) =>
      (d.manifest.audiences as readonly string[]).includes('birthFamily') ? d : undefined,
    );
    const fields = schemaFields(definition.schema);
    const granted = new Set(fields.filter((f) => f.audience?.includes('birthFamily')).map((f) => f.dataPath.join('/')));
    const everything = formModel(definition, 'agency');
    const model = formModel(definition, 'birthFamily');
    const offered = everything.sections.filter((s) => s.controls.some((c) => granted.has(c.dataPath.join('/'))));
    expect(model.sections.map((s) => s.i18n)).toEqual(offered.map((s) => s.i18n));
    expect(model.sections.length).toBeLessThan(everything.sections.length);
    const paths = model.controls.map((c) => c.dataPath.join('/'));
    // A question in those sections that is not for birth relatives stays out.
    const withheld = everything.controls.filter(
      (c) =>
        offered.some((s) => s.index === c.section) &&
        !granted.has(c.dataPath.join('/')) &&
        fields.find((f) => f.dataPath.join('/') === c.dataPath.join('/'))?.kind === 'leaf',
    );
    expect(withheld.length).toBeGreaterThan(0);
    for (const control of withheld) expect(paths).not.toContain(control.dataPath.join('/'));
  });

  it('shows no one but the agency a field whose audience list is empty', () => {
    const definition = structuredClone(aspEngland) as FormDefinitionData;
    // A question some reader sees, made the agency's alone.
    const field = schemaFields(definition.schema).find((f) => f.kind === 'leaf' && (f.ownAudience?.length ?? 0) > 0)!;
    const node = getAtPointer(definition.schema, field.schemaPointer) as Record<string, unknown>;
    const readers = field.ownAudience!;
    node['x-audience'] = [];
    const path = field.dataPath.join('/');
    expect(formModel(definition, 'agency').controls.map((c) => c.dataPath.join('/'))).toContain(path);
    for (const audience of READER_AUDIENCES.filter((a) => a !== 'agency')) {
      expect(formModel(definition, audience).controls.map((c) => c.dataPath.join('/'))).not.toContain(path);
    }
    // The unchanged form shows it to the readers it names.
    expect(formModel(aspEngland, readers[0]!).controls.map((c) => c.dataPath.join('/'))).toContain(path);
  });

  it('finds the section of a pointer, with rows of lists', () => {
    const model = formModel(aspEngland, 'agency');
    const inRow = model.controls.find((c) => c.dataPath.includes('*') && c.dataPath.at(-1) !== '*')!;
    const outside = model.controls.find((c) => !c.dataPath.includes('*') && c.section !== inRow.section)!;
    const rowPointer = `/${inRow.dataPath.map((t) => (t === '*' ? '3' : t)).join('/')}`;
    expect(model.sectionOf(rowPointer)).toBe(inRow.section);
    expect(model.sectionOf(`/${outside.dataPath.join('/')}`)).toBe(outside.section);
    expect(model.sectionOf('/nowhere')).toBeUndefined();
    expect(model.controlAt(rowPointer)?.dataPath).toEqual(inRow.dataPath);
  });
});
