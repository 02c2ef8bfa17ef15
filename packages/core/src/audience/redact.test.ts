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
});
