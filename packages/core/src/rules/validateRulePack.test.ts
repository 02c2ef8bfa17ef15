import { describe, expect, it } from 'vitest';
import type { Rule, RulePack } from './RulePack';
import { formatRuleProblem } from './RuleProblem';
import { reviewsPack } from './testing/reviewsPack';
import { validateRulePack } from './validateRulePack';

const options = { formId: 'asp-england' };

const withRule = (rule: Record<string, unknown>, extra: Partial<RulePack> = {}): RulePack => ({
  id: 'asp-england.tests',
  form: 'asp-england',
  description: 'Rules for one test.',
  rules: [
    {
      id: 'tests.first.rule',
      description: 'A rule.',
      source: 'Test',
      kind: 'derive',
      target: '/out',
      logic: null,
      ...rule,
    } as Rule,
  ],
  ...extra,
});

const problemsOf = (pack: unknown, more: Partial<Parameters<typeof validateRulePack>[1]> = {}) =>
  validateRulePack(pack, { ...options, ...more }).map((p) => ({ pointer: p.pointer, message: p.message }));

describe('validateRulePack', () => {
  it('accepts a well-formed pack', () => {
    expect(validateRulePack(reviewsPack(), options)).toEqual([]);
  });

  it('names the pack file, the rule and the pointer, with a fix', () => {
    const [problem] = validateRulePack(withRule({ kind: 'check' }), options);
    expect(problem).toEqual({
      check: 'rules',
      form: 'asp-england',
      file: 'rules/tests.json',
      pointer: '/rules/0/kind',
      rule: 'tests.first.rule',
      message: 'Rule "tests.first.rule" has the kind "check", which the kit does not know.',
      fix: 'Use one of: validate, require, show, hide, enable, disable, derive.',
    });
    expect(formatRuleProblem(problem!)).toBe(
      'asp-england: rules/tests.json at /rules/0/kind (rule "tests.first.rule"): Rule "tests.first.rule" has the kind "check", which the kit does not know. Use one of: validate, require, show, hide, enable, disable, derive.',
    );
  });

  it.each([
    ['a missing id', { id: undefined }, '/rules/0/id', 'Rule 1 has no id.'],
    [
      'an id not of the form area.topic.intent',
      { id: 'FirstRule' },
      '/rules/0/id',
      'is not of the form area.topic.intent',
    ],
    ['a missing description', { description: '' }, '/rules/0/description', 'has no description'],
    ['a missing source', { source: undefined }, '/rules/0/source', 'has no source'],
    ['a target that is not a pointer', { target: 'review.date' }, '/rules/0/target', 'is not a JSON pointer'],
    ['a UI scope as target', { target: '#/properties/review' }, '/rules/0/target', 'is not a JSON pointer'],
    ['a target through __proto__', { target: '/__proto__/x' }, '/rules/0/target', 'is not a JSON pointer'],
    ['an unknown field', { parms: { a: 1 } }, '/rules/0/parms', 'has an unknown field "parms"'],
    [
      'a validate rule without a message',
      { kind: 'validate', logic: true },
      '/rules/0/message',
      'validate rule with no message',
    ],
    [
      'a message key outside messages.',
      { kind: 'validate', message: 'reviews.late', logic: true },
      '/rules/0/message',
      'does not start with "messages."',
    ],
    ['a message on a derive rule', { message: 'messages.x' }, '/rules/0/message', 'gives no message'],
    ['no logic', { logic: undefined }, '/rules/0/logic', 'has no logic'],
    [
      'an unknown operator',
      { logic: { date_plus: [1] } },
      '/rules/0/logic/date_plus',
      '"date_plus" is not an operator',
    ],
    [
      'an operator nested in a list',
      { logic: { if: [true, { dat: 1 }, 2] } },
      '/rules/0/logic/if/1/dat',
      '"dat" is not an operator',
    ],
    ['an object with two keys', { logic: { '+': [1], '-': [2] } }, '/rules/0/logic', 'must have exactly one'],
    [
      'a wrong number of arguments',
      { logic: { date_add: ['2026-01-01', 1] } },
      '/rules/0/logic/date_add',
      'takes 3 arguments, but has 2',
    ],
    [
      'reduce with no starting value',
      { logic: { reduce: [[1], { var: 'current' }] } },
      '/rules/0/logic/reduce',
      'Give reduce a list',
    ],
    [
      'an unknown unit',
      { logic: { date_add: ['2026-01-01', 1, 'fortnights'] } },
      '/rules/0/logic/date_add/2',
      '"fortnights" is not a unit',
    ],
    [
      'an unknown milestone',
      { logic: { school_milestone: ['2020-01-01', 'year12'] } },
      '/rules/0/logic/school_milestone/1',
      'is not a school milestone',
    ],
    [
      'a path built at run time',
      { logic: { var: { cat: ['data.', 'x'] } } },
      '/rules/0/logic/var',
      'paths must be written out',
    ],
    [
      'a path through __proto__',
      { logic: { var: 'data.__proto__.polluted' } },
      '/rules/0/logic/var',
      'reaches "__proto__"',
    ],
    [
      'a path through constructor',
      { logic: { var: ['data.a.constructor', 1] } },
      '/rules/0/logic/var/0',
      'reaches "constructor"',
    ],
    [
      'prototype inside a map',
      { logic: { map: [{ var: 'data.xs' }, { var: 'prototype' }] } },
      '/rules/0/logic/map/1/var',
      'reaches "prototype"',
    ],
    [
      'prototype in missing',
      { logic: { missing: ['data.a', 'data.prototype'] } },
      '/rules/0/logic/missing/1',
      'reaches "prototype"',
    ],
    [
      'a variable outside the rule variables',
      { logic: { var: 'document.placementDate' } },
      '/rules/0/logic/var',
      "Did you mean 'data.document.placementDate'?",
    ],
    [
      'a param not declared',
      { params: { days: 28 }, logic: { var: 'params.weeks' } },
      '/rules/0/logic/var',
      "reads 'params.weeks', which it does not declare",
    ],
    [
      'a param that is not a plain value',
      { params: { days: { n: 28 } } },
      '/rules/0/params/days',
      'is not a number, text',
    ],
    ['row without a * target', { logic: { var: 'row.startDate' } }, '/rules/0/logic/var', 'its target has no *'],
    [
      'a derived value not derived before',
      { logic: { var: 'derived.review.due' } },
      '/rules/0/logic/var',
      'no earlier derive rule sets /review/due',
    ],
    [
      'a messageValues name that is not simple',
      { kind: 'validate', message: 'messages.x', logic: true, messageValues: { 'due-date': 1 } },
      '/rules/0/messageValues/due-date',
      'is not a simple name',
    ],
    [
      'an unknown operator in messageValues',
      { kind: 'validate', message: 'messages.x', logic: true, messageValues: { due: { nope: [] } } },
      '/rules/0/messageValues/due/nope',
      '"nope" is not an operator',
    ],
  ])('reports %s', (_name, rule, pointer, message) => {
    const problems = validateRulePack(withRule(rule), options);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe(pointer);
    expect(`${problems[0]?.message} ${problems[0]?.fix}`).toContain(message);
  });

  it('reports duplicate ids, and ids, forms and fields of the pack', () => {
    const pack = reviewsPack();
    pack.rules[3] = { ...(pack.rules[3] as Rule), id: 'reviews.first-review.due-date' };
    expect(problemsOf(pack)).toEqual([
      { pointer: '/rules/3/id', message: 'The rule id "reviews.first-review.due-date" is used twice (also rule 2).' },
      // The later rules that read the derived value still find the first rule's derivation.
    ]);
    expect(problemsOf({ ...reviewsPack(), id: 'reviews', form: 'asp-wales', extra: 1 }).map((p) => p.pointer)).toEqual([
      '/id',
      '/form',
      '/extra',
    ]);
    expect(problemsOf({ ...reviewsPack(), rules: 'none' }).map((p) => p.pointer)).toEqual(['/rules']);
    expect(problemsOf('not a pack').map((p) => p.message)).toEqual(['The rule pack is not a JSON object.']);
  });

  it('lets a rule read what an earlier rule derived, for the form and for its row', () => {
    const pack: RulePack = {
      ...withRule({}),
      rules: [
        { id: 'a.b.first', description: 'd', source: 's', kind: 'derive', target: '/items/*/due', logic: null },
        {
          id: 'a.b.second',
          description: 'd',
          source: 's',
          kind: 'validate',
          target: '/items/*/done',
          message: 'messages.x',
          logic: { var: 'derivedRow.due' },
        },
        {
          id: 'a.b.third',
          description: 'd',
          source: 's',
          kind: 'derive',
          target: '/total',
          logic: { var: 'derived.items.0.due' },
        },
      ],
    };
    expect(problemsOf(pack)).toEqual([]);
    expect(problemsOf(pack, { derivedBefore: [] })).toEqual([]);
    const reversed = { ...pack, rules: [...pack.rules].reverse() };
    expect(problemsOf(reversed).map((p) => p.pointer)).toEqual(['/rules/0/logic/var', '/rules/1/logic/var']);
  });

  it('accepts values derived by an earlier pack', () => {
    const pack = withRule({ logic: { var: 'derived.review.firstReviewDue' } });
    expect(problemsOf(pack)).toHaveLength(1);
    expect(problemsOf(pack, { derivedBefore: ['/review/firstReviewDue'] })).toEqual([]);
  });

  describe('against the schema', () => {
    const schemaFields = [
      ['document'],
      ['document', 'placementDate'],
      ['review'],
      ['review', 'firstReviewDue'],
      ['supportItems'],
      ['supportItems', '*', 'startDate'],
      ['supportItems', '*', 'signOff'],
    ].map((dataPath) => ({ dataPath }));

    it('accepts paths and targets the schema has', () => {
      const pack = withRule({
        target: '/supportItems/*/signOff',
        logic: {
          and: [
            { var: 'data.document.placementDate' },
            { var: 'row.startDate' },
            { var: 'data.supportItems.0.startDate' },
            { var: 'data.supportItems.length' },
          ],
        },
      });
      expect(problemsOf(pack, { schemaFields })).toEqual([]);
    });

    it('reports data paths, row paths and targets the schema lacks', () => {
      const pack = withRule({
        target: '/supportItems/*/sign-off',
        logic: { and: [{ var: 'data.document.placementdate' }, { var: 'row.endDate' }] },
      });
      expect(problemsOf(pack, { schemaFields })).toEqual([
        {
          pointer: '/rules/0/target',
          message: `Rule "tests.first.rule" targets '/supportItems/*/sign-off', which is not in the schema.`,
        },
        {
          pointer: '/rules/0/logic/and/0/var',
          message: `Rule "tests.first.rule" reads 'data.document.placementdate', which is not in the schema.`,
        },
        {
          pointer: '/rules/0/logic/and/1/var',
          message: `Rule "tests.first.rule" reads 'row.endDate', which is not in the schema.`,
        },
      ]);
    });
  });
});
