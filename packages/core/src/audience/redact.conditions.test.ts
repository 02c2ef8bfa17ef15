// Audiences that depend on an answer (x-audience-when) and lists a birth relative sees whole.
import { describe, expect, it } from 'vitest';
import { createAjv } from '../node/createAjv';
import { tinyForm } from '../testing/tinyForm';
import { redact } from './redact';

type Node = Record<string, any>;

/** The tiny form with the child section open to the birth family, and its parts to narrow. */
function openForm() {
  const form = tinyForm();
  const child = (form.schema as Node).properties.child as Node;
  child['x-audience'] = ['professionals', 'adopters', 'birthFamily'];
  return { form, child, helpers: child.properties.helpers as Node };
}

const doc = {
  child: {
    name: 'Sam',
    stage: 'placed',
    helpers: [
      { name: 'Ali', notes: 'weekly' },
      { name: 'Bo', notes: 'monthly' },
    ],
  },
};

describe('x-audience-when', () => {
  it('grants a section only while an answer elsewhere in the document has a listed value', () => {
    const { form, child } = openForm();
    child['x-audience-when'] = { adopters: { field: '/child/stage', in: ['placed'] } };
    expect(redact(form, doc, 'adopters').data).toMatchObject({ child: { stage: 'placed' } });
    const matching = { child: { ...doc.child, stage: 'matching' } };
    const { data, removed } = redact(form, matching, 'adopters');
    expect(data).toEqual({});
    expect(removed).toEqual(['/child']);
    // Other audiences are not affected by a condition that does not name them.
    expect(redact(form, matching, 'professionals').data).toMatchObject({ child: { name: 'Sam' } });
  });

  it('denies when the answer the condition reads is missing or not a single value', () => {
    const { form, child } = openForm();
    child['x-audience-when'] = { adopters: { field: '/child/stage', notIn: ['matching'] } };
    const { stage: _stage, ...withoutStage } = doc.child;
    expect(redact(form, { child: withoutStage }, 'adopters').data).toEqual({});
    expect(redact(form, { child: { ...doc.child, stage: ['placed'] } }, 'adopters').data).toEqual({});
    expect(redact(form, doc, 'adopters').data).toMatchObject({ child: { stage: 'placed' } });
  });

  it('reads a path inside the row it sits on, and takes out only the rows where it does not hold', () => {
    const { form, helpers } = openForm();
    helpers.items['x-audience-when'] = { adopters: { field: 'notes', notIn: ['weekly'] } };
    const { data, removed } = redact(form, doc, 'adopters');
    expect(data).toEqual({ child: { stage: 'placed', helpers: [{ name: 'Bo', notes: 'monthly' }] } });
    expect(removed).toEqual(['/child/name', '/child/helpers/0']);
  });

  it('applies inside a birth relative’s own row', () => {
    const { form, helpers } = openForm();
    helpers.items['x-audience-when'] = { birthFamily: { field: 'notes', in: ['monthly'] } };
    expect(redact(form, doc, 'birthFamily', { birthFamilyRecipient: 1 }).data).toMatchObject({
      child: { helpers: [{ name: 'Bo' }] },
    });
    expect(redact(form, doc, 'birthFamily', { birthFamilyRecipient: 0 }).data).toEqual({ child: { stage: 'placed' } });
  });

  it('denies the audience it names when the condition is not well formed', () => {
    const { form, child } = openForm();
    for (const broken of ['adopters', { adopters: 'stage' }, { adopters: { field: 3, in: ['placed'] } }]) {
      child['x-audience-when'] = broken;
      expect(redact(form, doc, 'adopters').data).toEqual({});
    }
    child['x-audience-when'] = { adopters: { field: '/child/stage' } };
    expect(redact(form, doc, 'adopters').data).toEqual({});
  });

  it('is a keyword ajv accepts only in its documented shape', () => {
    const ajv = createAjv();
    const schema = (when: unknown) => ({ type: 'object', 'x-audience-when': when });
    expect(() => ajv.compile(schema({ adopters: { field: '/a', in: ['x'] } }))).not.toThrow();
    expect(() => ajv.compile(schema({ adopters: { field: '/a' } }))).toThrow();
    expect(() => ajv.compile(schema({ adopters: { field: '/a', in: ['x'], notIn: ['y'] } }))).toThrow();
    expect(() => ajv.compile(schema({ everyone: { field: '/a', in: ['x'] } }))).toThrow();
  });
});

describe('x-birth-family-rows', () => {
  it('shows a birth relative only their own row by default, and the whole list when it is "all"', () => {
    const { form, helpers } = openForm();
    expect(redact(form, doc, 'birthFamily').data).toEqual({ child: { stage: 'placed' } });
    helpers['x-birth-family-rows'] = 'all';
    expect(redact(form, doc, 'birthFamily').data).toEqual({ child: { stage: 'placed', helpers: doc.child.helpers } });
    const ajv = createAjv();
    expect(() => ajv.compile({ type: 'array', 'x-birth-family-rows': 'some' })).toThrow();
  });
});
