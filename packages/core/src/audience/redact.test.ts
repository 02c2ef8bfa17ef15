import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { redact } from './redact';

const form = tinyForm();
const doc = {
  child: {
    name: 'Sam',
    dateOfBirth: '2020-01-31',
    stage: 'placed',
    helpers: [{ name: 'Ali', notes: 'n1' }, { name: 'Bo' }],
    futureField: 'kept by validation, never shown by redaction',
  },
  agencyExtra: { secret: 'x' },
};

describe('redact', () => {
  it('keeps only what the audience is granted, narrowing leaf by leaf', () => {
    const { data, removed } = redact(form, doc, 'adopters');
    expect(data).toEqual({
      child: { dateOfBirth: '2020-01-31', stage: 'placed', helpers: [{ name: 'Ali', notes: 'n1' }, { name: 'Bo' }] },
    });
    expect(removed).toEqual(['/child/name', '/child/futureField', '/agencyExtra']);
  });

  it('denies by default: an audience no list grants sees nothing, not even the empty sections', () => {
    expect(redact(form, doc, 'panel').data).toEqual({});
    expect(redact(form, doc, 'birthFamily').data).toEqual({});
  });

  it('never changes the document it is given', () => {
    const copy = structuredClone(doc);
    redact(form, doc, 'professionals');
    expect(doc).toEqual(copy);
  });

  it('gives a birth relative only their own row of a list they may see', () => {
    const open = tinyForm();
    const child = (open.schema as Record<string, any>).properties.child;
    child['x-audience'] = ['professionals', 'adopters', 'birthFamily'];
    child.properties.name['x-audience'] = ['professionals'];
    expect(redact(open, doc, 'birthFamily').data).toEqual({ child: { dateOfBirth: '2020-01-31', stage: 'placed' } });
    expect(redact(open, doc, 'birthFamily', { birthFamilyRecipient: 1 }).data).toMatchObject({
      child: { helpers: [{ name: 'Bo' }] },
    });
  });

  it('applies an audience set on the items of a list, as schemaFields does', () => {
    const narrowed = tinyForm();
    const helpers = (narrowed.schema as Record<string, any>).properties.child.properties.helpers;
    helpers.items['x-audience'] = ['professionals'];
    expect(redact(narrowed, doc, 'adopters').data).toEqual({ child: { dateOfBirth: '2020-01-31', stage: 'placed' } });
    expect(redact(narrowed, doc, 'professionals').data).toMatchObject({ child: { helpers: doc.child.helpers } });
  });

  it('removes values of the wrong shape instead of passing them through', () => {
    const odd = {
      child: {
        dateOfBirth: { day: 31, note: 'an object where a date belongs' },
        stage: ['placed', { hidden: 'x' }],
        needs: ['health'],
        helpers: 'a sentence where a list of people belongs',
      },
    };
    const { data, removed } = redact(form, odd, 'adopters');
    expect(data).toEqual({ child: { needs: ['health'] } });
    expect(removed).toEqual(['/child/dateOfBirth', '/child/stage', '/child/helpers']);
    expect(redact(form, { child: 'a sentence where a section belongs' }, 'adopters').data).toEqual({});
  });

  it('reports the outermost value removed, not every answer inside it', () => {
    expect(redact(form, { child: { name: 'Sam' } }, 'adopters').removed).toEqual(['/child']);
  });

  it("filters only the outermost list by recipient: lists inside a relative's own row are theirs", () => {
    const open = tinyForm();
    const child = (open.schema as Record<string, any>).properties.child;
    child['x-audience'] = ['professionals', 'birthFamily'];
    child.properties.helpers.items.properties.visits = {
      type: 'array',
      items: { type: 'object', properties: { date: { $ref: '#/$defs/date' } } },
    };
    const visits = [{ date: '2025-01-01' }, { date: '2025-02-01' }, { date: '2025-03-01' }];
    const withVisits = { child: { helpers: [{ name: 'Ali' }, { name: 'Bo', visits }] } };
    const { data, removed } = redact(open, withVisits, 'birthFamily', { birthFamilyRecipient: 1 });
    expect(data).toEqual({ child: { helpers: [{ name: 'Bo', visits }] } });
    expect(removed).toEqual(['/child/helpers/0']);
  });
});
