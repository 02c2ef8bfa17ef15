import { createAjv } from '@adoption-support/core/node';
import { aspEngland, aspWales } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formModel } from '../definition/formModel';
import { kitStrings } from '../i18n/kitStrings';
import { NO_RULE_RESULTS, type RuleResults } from '../rules/ruleResults';
import { collectErrors } from './collectErrors';
import { withEmptyContainers, withRequiredLists } from './withEmptyContainers';

const validatorFor = (schema: Record<string, unknown>) => createAjv().compile(schema);
const walesValidator = validatorFor(aspWales.schema);
const englandValidator = validatorFor(aspEngland.schema);

describe('the errors a reader is shown', () => {
  it('name each missing answer of a blank form by its own label, in the order of the form', () => {
    const errors = collectErrors({
      model: formModel(aspWales, 'agency'),
      data: {},
      validator: walesValidator,
      strings: kitStrings(aspWales, 'en'),
      rules: NO_RULE_RESULTS,
    });
    expect(errors.slice(0, 4).map((e) => [e.pointer, e.message])).toEqual([
      ['/header/region', 'Select region'],
      ['/header/vaa', 'Select voluntary adoption agency'],
      ['/header/planType', 'Select type of plan'],
      ['/header/planDate', 'Enter date of this plan'],
    ]);
    expect(errors.every((e) => e.pointer.split('/').length > 2)).toBe(true);
    expect(errors.map((e) => e.section)).toEqual([...errors.map((e) => e.section)].sort((a, b) => a - b));
  });

  it('are in Welsh for the Welsh form', () => {
    const errors = collectErrors({
      model: formModel(aspWales, 'agency'),
      data: { header: { planDate: '2026-2-' } },
      validator: walesValidator,
      strings: kitStrings(aspWales, 'cy'),
      rules: NO_RULE_RESULTS,
    });
    const planDate = errors.find((e) => e.pointer === '/header/planDate')!;
    expect(planDate.message).toMatch(/^Rhaid i .+ gynnwys diwrnod$/);
    expect(planDate.parts).toEqual(['day']);
  });

  it('leave out what the reader cannot see, and what the rules hide or lock', () => {
    const rules: RuleResults = { ...NO_RULE_RESULTS, hidden: ['/header/vaa'], disabled: ['/header/planType'] };
    const agency = collectErrors({
      model: formModel(aspWales, 'agency'),
      data: {},
      validator: walesValidator,
      strings: kitStrings(aspWales, 'en'),
      rules,
    });
    expect(agency.map((e) => e.pointer)).not.toContain('/header/vaa');
    expect(agency.map((e) => e.pointer)).not.toContain('/header/planType');
    const birthFamily = collectErrors({
      model: formModel(aspEngland, 'birthFamily'),
      data: {},
      validator: englandValidator,
      strings: kitStrings(aspEngland, 'en'),
      rules: NO_RULE_RESULTS,
    });
    expect(birthFamily.length).toBeGreaterThan(0);
    expect(birthFamily.every((e) => e.pointer.startsWith('/birthFamilySupport'))).toBe(true);
  });

  it('add the rules’ messages in the reader’s words, one per field, after the schema’s', () => {
    const rules: RuleResults = {
      ...NO_RULE_RESULTS,
      messages: [
        { ruleId: 'a.b.c', pointer: '/header/region', messageKey: 'x', source: 'Test' },
        { ruleId: 'd.e.f', pointer: '/header/planDate', messageKey: 'kit.date.notReal', values: {}, source: 'Test' },
      ],
    };
    const errors = collectErrors({
      model: formModel(aspWales, 'agency'),
      data: { header: { region: 'northWales' } },
      validator: walesValidator,
      strings: kitStrings(aspWales, 'en'),
      rules,
    });
    // The schema already has something to say about the plan date; the region's message is the rule's.
    expect(errors.find((e) => e.pointer === '/header/region')).toMatchObject({ ruleId: 'a.b.c', keyword: 'rule' });
    expect(errors.find((e) => e.pointer === '/header/planDate')).toMatchObject({ keyword: 'required' });
  });
});

describe('empty groups for validation', () => {
  it('add the groups the schema requires, never optional ones, and never change the data', () => {
    const schema = {
      type: 'object',
      required: ['a', 'list'],
      properties: {
        a: {
          type: 'object',
          required: ['b'],
          properties: { b: { type: 'object', properties: { c: { type: 'string' } } } },
        },
        optional: { type: 'object', required: ['d'], properties: { d: { type: 'string' } } },
        list: { type: 'array', items: { type: 'object', required: ['e'], properties: { e: { $ref: '#/$defs/e' } } } },
      },
      $defs: { e: { type: 'object', properties: {} } },
    };
    const data = { list: [{}, { e: { kept: true } }] };
    expect(withEmptyContainers(schema, data)).toEqual({ a: { b: {} }, list: [{ e: {} }, { e: { kept: true } }] });
    expect(data).toEqual({ list: [{}, { e: { kept: true } }] });
    expect(withEmptyContainers(schema, {})).toEqual({ a: { b: {} } });
  });
});

describe('required lists with no rows', () => {
  it('are given as empty lists inside groups the data has, and the data keeps its identity otherwise', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'object', required: ['rows'], properties: { rows: { type: 'array', items: { type: 'string' } } } },
        b: { type: 'object', required: ['rows'], properties: { rows: { type: 'array', items: { type: 'string' } } } },
        c: { type: 'object', properties: { rows: { type: 'array', items: { type: 'string' } } } },
      },
    };
    expect(withRequiredLists(schema, { a: {}, c: {} })).toEqual({ a: { rows: [] }, c: {} });
    const complete = { a: { rows: ['x'] } };
    expect(withRequiredLists(schema, complete)).toBe(complete);
  });
});
