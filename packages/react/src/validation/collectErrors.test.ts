import { schemaFields } from '@adoption-support/core';
import { createAjv } from '@adoption-support/core/node';
import type { FormDefinitionData, FormId } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { formModel } from '../definition/formModel';
import { kitStrings } from '../i18n/kitStrings';
import { NO_RULE_RESULTS, type RuleResults } from '../rules/ruleResults';
import {
  documentWith,
  formWith,
  missingMessages,
  type Question,
  requiredQuestions,
  valueAt,
} from '../testing/formFacts';
import { collectErrors } from './collectErrors';
import { withEmptyContainers, withRequiredLists } from './withEmptyContainers';

const validatorFor = (definition: FormDefinitionData) => createAjv().compile(definition.schema);

/** A form whose first section asks for at least three answers, one of them a date. */
const { definition, found: asked } = formWith('a first section asking for three answers and a date', (d) => {
  const first = requiredQuestions(d).filter((q) => q.section === 0);
  return first.length >= 3 && first.some((q) => q.schema.format === 'date') ? first : undefined;
});
const validator = validatorFor(definition);
const [first, second, third] = asked as [Question, Question, Question];
const date = asked.find((q) => q.schema.format === 'date') as Question;
/** A form with Welsh that asks for a date. */
const welsh = formWith('Welsh and a date it asks for', (d) =>
  d.locales.cy ? requiredQuestions(d).find((q) => q.schema.format === 'date') : undefined,
);
/** A form the birth family reads part of. */
const england = formWith('a part for the birth family', (d) =>
  (d.manifest.audiences as readonly string[]).includes('birthFamily') ? d : undefined,
).definition;

describe('the errors a reader is shown', () => {
  it('name each missing answer of a blank form by its own label, in the order of the form', () => {
    const model = formModel(definition, 'agency');
    const errors = collectErrors({
      model,
      data: {},
      validator,
      strings: kitStrings(definition, 'en'),
      rules: NO_RULE_RESULTS,
    });
    const opening = errors.filter((e) => e.section === 0 && asked.some((q) => q.pointer === e.pointer));
    expect(opening.map((e) => e.pointer)).toEqual(asked.map((q) => q.pointer));
    for (const [i, error] of opening.entries()) {
      expect(error.field).toBe(asked[i]!.label());
      expect(missingMessages(asked[i]!), error.pointer).toContain(error.message);
    }
    // The form's first question comes first, and each message is under its own question, never a whole group.
    expect(errors[0]?.pointer).toBe(first.pointer);
    for (const error of errors) expect(model.controlAt(error.pointer), error.pointer).toBeDefined();
    expect(errors.map((e) => e.section)).toEqual([...errors.map((e) => e.section)].sort((a, b) => a - b));
  });

  it('are in Welsh for the Welsh form', () => {
    const { definition: form, found: due } = welsh;
    const errors = collectErrors({
      model: formModel(form, 'agency'),
      data: documentWith(due.dataPath, '2026-2-'),
      validator: validatorFor(form),
      strings: kitStrings(form, 'cy'),
      rules: NO_RULE_RESULTS,
    });
    const error = errors.find((e) => e.pointer === due.pointer)!;
    expect(error.message).toMatch(/^Rhaid i .+ gynnwys diwrnod$/);
    expect(error.message.toLowerCase()).toContain(due.label('cy').toLowerCase());
    expect(error.parts).toEqual(['day']);
  });

  it('leave out what the reader cannot see, and what the rules hide or lock', () => {
    const rules: RuleResults = { ...NO_RULE_RESULTS, hidden: [second.pointer], disabled: [third.pointer] };
    const agency = collectErrors({
      model: formModel(definition, 'agency'),
      data: {},
      validator,
      strings: kitStrings(definition, 'en'),
      rules,
    });
    expect(agency.map((e) => e.pointer)).toContain(first.pointer);
    expect(agency.map((e) => e.pointer)).not.toContain(second.pointer);
    expect(agency.map((e) => e.pointer)).not.toContain(third.pointer);
    const birthFamily = collectErrors({
      model: formModel(england, 'birthFamily'),
      data: {},
      validator: validatorFor(england),
      strings: kitStrings(england, 'en'),
      rules: NO_RULE_RESULTS,
    });
    const granted = new Set(
      schemaFields(england.schema)
        .filter((f) => f.audience?.includes('birthFamily'))
        .map((f) => f.dataPath.join('/')),
    );
    expect(birthFamily.length).toBeGreaterThan(0);
    for (const error of birthFamily) {
      const path = error.pointer.slice(1).replace(/\/\d+(?=\/|$)/g, '/*');
      expect(granted, error.pointer).toContain(path);
    }
  });

  it('add the rules’ messages in the reader’s words, one per field, after the schema’s', () => {
    const rules: RuleResults = {
      ...NO_RULE_RESULTS,
      messages: [
        { ruleId: 'a.b.c', pointer: first.pointer, messageKey: 'x', source: 'Test' },
        { ruleId: 'd.e.f', pointer: date.pointer, messageKey: 'kit.date.notReal', values: {}, source: 'Test' },
      ],
    };
    const answered = valueAt(formExamples[definition.manifest.id as FormId]['valid.full']!.data, first.dataPath);
    const errors = collectErrors({
      model: formModel(definition, 'agency'),
      data: documentWith(first.dataPath, answered),
      validator,
      strings: kitStrings(definition, 'en'),
      rules,
    });
    // The schema already has something to say about the date; the first answer's message is the rule's.
    expect(errors.find((e) => e.pointer === first.pointer)).toMatchObject({ ruleId: 'a.b.c', keyword: 'rule' });
    expect(errors.find((e) => e.pointer === date.pointer)).toMatchObject({ keyword: 'required' });
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
