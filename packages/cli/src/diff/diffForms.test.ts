import type { Migration } from '@adoption-support/core';
import { describe, expect, it } from 'vitest';
import { diffForms, type FormSnapshot } from './diffForms';

/** A small form: a child section and a list of support items. Each test changes one thing. */
function snapshot(version = '2025.1'): FormSnapshot {
  return structuredClone({
    form: 'tiny',
    version,
    schema: {
      type: 'object',
      properties: {
        child: {
          type: 'object',
          'x-audience': ['professionals', 'adopters'],
          'x-hidden-data': 'retain',
          properties: {
            name: { type: 'string', maxLength: 200 },
            summary: { type: 'string', maxLength: 10000 },
            stage: { enum: ['matching', 'placed'] },
            needs: { type: 'array', uniqueItems: true, items: { enum: ['health', 'school'] } },
          },
          required: ['name'],
        },
        support: {
          type: 'array',
          'x-audience': ['professionals'],
          'x-hidden-data': 'retain',
          items: {
            type: 'object',
            properties: { service: { type: 'string' }, notes: { type: 'string' } },
            required: ['service'],
          },
        },
      },
      required: ['child'],
    },
    english: {
      'sections.child.label': 'About the child',
      'child.name.label': 'Name',
      'child.summary.label': 'Summary',
      'child.stage.label': 'Stage',
      'support.service.label': 'Service',
    },
    uischema: {
      type: 'Categorization',
      elements: [
        {
          type: 'Category',
          i18n: 'sections.child',
          elements: [
            { type: 'Control', scope: '#/properties/child/properties/name' },
            { type: 'Control', scope: '#/properties/child/properties/summary' },
          ],
        },
      ],
    },
  });
}

type Schema = {
  properties: Record<
    string,
    { properties?: Record<string, Record<string, unknown>>; required?: string[] } & Record<string, unknown>
  >;
};
const child = (s: FormSnapshot) =>
  (s.schema as unknown as Schema).properties.child as Required<Schema['properties'][string]>;

describe('diffForms', () => {
  it('finds no change between identical versions', () => {
    const diff = diffForms(snapshot(), snapshot('2026.1'));
    expect(diff).toMatchObject({ form: 'tiny', from: '2025.1', to: '2026.1', changes: [], breaking: 0, compatible: 0 });
  });

  it('classes an added optional field compatible and an added required field breaking', () => {
    const next = snapshot('2026.1');
    child(next).properties.school = { type: 'string' };
    child(next).properties.religion = { type: 'string' };
    child(next).required.push('religion');
    const diff = diffForms(snapshot(), next);
    expect(diff.changes.map((c) => [c.kind, c.pointer, c.impact])).toEqual([
      ['added', '/child/religion', 'breaking'],
      ['added', '/child/school', 'compatible'],
    ]);
  });

  it('classes a removed field breaking and names it by its old label and section', () => {
    const next = snapshot('2026.1');
    delete child(next).properties.summary;
    const [change] = diffForms(snapshot(), next).changes;
    expect(change).toMatchObject({
      kind: 'removed',
      impact: 'breaking',
      pointer: '/child/summary',
      field: 'Summary',
      section: 'About the child',
    });
  });

  it('takes a rename from the migration, and a likely rename from a field that looks the same', () => {
    const next = snapshot('2026.1');
    const props = child(next).properties;
    props.overview = props.summary as Record<string, unknown>;
    delete props.summary;
    next.english['child.overview.label'] = 'Summary';
    const guessed = diffForms(snapshot(), next).changes;
    expect(guessed).toMatchObject([
      { kind: 'renamed', impact: 'breaking', from: '/child/summary', pointer: '/child/overview' },
    ]);
    expect(guessed[0]?.detail).toContain('by the look of it');
    expect(guessed[0]?.handledBy).toBeUndefined();

    const declared: Migration = {
      name: '2025.1-to-2026.1',
      form: 'tiny',
      from: '2025.1',
      to: '2026.1',
      operations: [{ op: 'rename', from: '/child/summary', to: '/child/overview' }],
    };
    delete next.english['child.overview.label'];
    const handled = diffForms(snapshot(), next, [declared]).changes;
    expect(handled).toMatchObject([
      { kind: 'renamed', from: '/child/summary', pointer: '/child/overview', handledBy: '2025.1-to-2026.1' },
    ]);
  });

  it('sees a field with the same name under another parent as moved', () => {
    const next = snapshot('2026.1');
    const stage = child(next).properties.stage as Record<string, unknown>;
    delete child(next).properties.stage;
    (next.schema as unknown as Schema).properties.placement = { type: 'object', properties: { stage } };
    const kinds = diffForms(snapshot(), next).changes.map((c) => [c.kind, c.from, c.pointer]);
    expect(kinds).toContainEqual(['moved', '/child/stage', '/placement/stage']);
  });

  it('reports a split declared by the migration instead of a removal and two additions', () => {
    const next = snapshot('2026.1');
    const props = child(next).properties;
    delete props.summary;
    props.strengths = { type: 'string' };
    props.difficulties = { type: 'string' };
    const migration: Migration = {
      name: '2025.1-to-2026.1',
      form: 'tiny',
      from: '2025.1',
      to: '2026.1',
      operations: [
        {
          op: 'split',
          from: '/child/summary',
          headings: { s: [], d: ['Difficulties'] },
          to: { s: '/child/strengths', d: '/child/difficulties' },
        },
      ],
    };
    const diff = diffForms(snapshot(), next, [migration]);
    expect(diff.changes).toMatchObject([
      {
        kind: 'split',
        impact: 'breaking',
        from: '/child/summary',
        to: ['/child/strengths', '/child/difficulties'],
        handledBy: '2025.1-to-2026.1',
      },
    ]);
  });

  it('classes required-ness, options and limits by whether old documents still fit', () => {
    const next = snapshot('2026.1');
    const c = child(next);
    c.required = ['summary'];
    (c.properties.stage as { enum: string[] }).enum = ['placed', 'adopted'];
    (c.properties.name as Record<string, unknown>).maxLength = 100;
    (c.properties.summary as Record<string, unknown>).maxLength = 20000;
    const diff = diffForms(snapshot(), next);
    expect(diff.changes.map((x) => [x.kind, x.pointer, x.impact])).toEqual([
      ['made-required', '/child/summary', 'breaking'],
      ['options-removed', '/child/stage', 'breaking'],
      ['tightened', '/child/name', 'breaking'],
      ['options-added', '/child/stage', 'compatible'],
      ['relaxed', '/child/summary', 'compatible'],
      ['no-longer-required', '/child/name', 'compatible'],
    ]);
    expect(diff.changes.find((x) => x.kind === 'tightened')?.detail).toBe(
      'Limits tightened: longest answer 200 → 100.',
    );
  });

  it('classes a removed option that the migration renames as handled', () => {
    const next = snapshot('2026.1');
    const needs = child(next).properties.needs as { items: { enum: string[] } };
    needs.items.enum = ['wellbeing', 'school'];
    const migration: Migration = {
      name: '2025.1-to-2026.1',
      form: 'tiny',
      from: '2025.1',
      to: '2026.1',
      operations: [{ op: 'remapOptions', at: '/child/needs', map: { health: 'wellbeing' } }],
    };
    const diff = diffForms(snapshot(), next, [migration]);
    expect(diff.changes).toMatchObject([
      {
        kind: 'options-remapped',
        impact: 'breaking',
        detail: 'Options changed: health → wellbeing.',
        handledBy: '2025.1-to-2026.1',
      },
    ]);
  });

  it('reports a changed type as breaking, and changes of audience and wording as compatible', () => {
    const next = snapshot('2026.1');
    const c = child(next);
    c.properties.summary = { type: 'array', items: { type: 'string' } };
    (c.properties.name as Record<string, unknown>)['x-audience'] = ['professionals'];
    next.english['child.stage.label'] = 'Stage of the plan';
    const diff = diffForms(snapshot(), next);
    expect(diff.changes.map((x) => [x.kind, x.impact, x.detail])).toEqual([
      ['type-changed', 'breaking', 'The answer changes from text to list of string.'],
      ['audience-changed', 'compatible', 'Who may see it changed: no longer seen by adopters.'],
      ['wording-changed', 'compatible', 'Label changed from "Stage" to "Stage of the plan".'],
    ]);
  });

  it('reports a removed list once, not each field inside it', () => {
    const next = snapshot('2026.1');
    delete (next.schema as unknown as Schema).properties.support;
    const diff = diffForms(snapshot(), next);
    expect(diff.changes).toMatchObject([
      { kind: 'removed', pointer: '/support', detail: expect.stringContaining('with the 2 questions inside it') },
    ]);
  });
});
