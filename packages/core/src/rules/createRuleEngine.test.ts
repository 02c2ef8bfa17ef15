import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/bankHolidays';
import { deepObject, prototypeKeys, tenMegabytes } from '../testing/hostileJson';
import { createRuleEngine as createEngine, type RuleEngineOptions } from './createRuleEngine';
import type { Rule, RulePack } from './RulePack';
import { RulePackError } from './RulePackError';
import { compiledFor } from './testing/compiledRules';
import { reviewsPack } from './testing/reviewsPack';

const packOf = (...rules: Partial<Rule>[]): RulePack => ({
  id: 'asp-england.tests',
  form: 'asp-england',
  description: 'Rules for one test.',
  rules: rules.map((r, i) => ({
    id: `tests.rule.number-${i + 1}`,
    description: 'A rule under test.',
    source: 'Test',
    kind: 'derive',
    target: `/out${i + 1}`,
    logic: null,
    ...r,
  })) as Rule[],
});

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

/** Every test runs on the interpreter, and on the same packs compiled by compileRulePackSource. */
describe.each(['interpreted', 'compiled'] as const)('%s rules', (mode) => {
  const createRuleEngine = (options: RuleEngineOptions) =>
    createEngine(mode === 'compiled' ? { ...options, compiled: compiledFor(options.packs) } : options);
  const engineFor = (...rules: Partial<Rule>[]) =>
    createRuleEngine({ packs: [packOf(...rules)], clock: () => '2026-03-01' });

  describe('createRuleEngine: what each kind of rule does', () => {
    it('derive: returns the value at the target', () => {
      const engine = createRuleEngine({ packs: [reviewsPack()] });
      const outcome = engine.evaluate({ document: { placementDate: '2026-01-31' } });
      expect(outcome.derived['/review/firstVisitDue']).toBe('2026-02-07');
      expect(outcome.derived['/review/firstReviewDue']).toBe('2026-02-28');
      expect(outcome.derived['/review/secondReviewDue']).toBeNull();
    });

    it('validate: gives the message at the target when the logic is false, and not when true', () => {
      const engine = engineFor({
        kind: 'validate',
        target: '/age',
        message: 'messages.tests.too-young',
        params: { minimumAge: 18 },
        logic: { '>=': [{ var: 'data.age' }, { var: 'params.minimumAge' }] },
      });
      expect(engine.evaluate({ age: 21 }).messages).toEqual([]);
      expect(engine.evaluate({ age: 17 }).messages).toEqual([
        {
          packId: 'asp-england.tests',
          ruleId: 'tests.rule.number-1',
          kind: 'validate',
          pointer: '/age',
          messageKey: 'messages.tests.too-young',
          values: { minimumAge: 18 },
          source: 'Test',
        },
      ]);
    });

    it('require: lists the target as required, and speaks only when it has no answer', () => {
      const engine = engineFor({
        kind: 'require',
        target: '/reason',
        message: 'messages.tests.give-reason',
        logic: { '==': [{ var: 'data.answer' }, 'no'] },
      });
      expect(engine.evaluate({ answer: 'yes' }).required).toEqual([]);
      const needed = engine.evaluate({ answer: 'no', reason: '  ' });
      expect(needed.required).toEqual(['/reason']);
      expect(needed.messages.map((m) => m.messageKey)).toEqual(['messages.tests.give-reason']);
      const answered = engine.evaluate({ answer: 'no', reason: 'Moved away' });
      expect(answered.required).toEqual(['/reason']);
      expect(answered.messages).toEqual([]);
    });

    it('show and hide: a show rule that is false hides, a hide rule that is true hides', () => {
      const engine = engineFor(
        { kind: 'show', target: '/a', logic: { var: 'data.flag' } },
        { kind: 'hide', target: '/b', logic: { var: 'data.flag' } },
      );
      expect(engine.evaluate({ flag: true }).hidden).toEqual(['/b']);
      expect(engine.evaluate({ flag: false }).hidden).toEqual(['/a']);
    });

    it('enable and disable: an enable rule that is false disables, a disable rule that is true disables', () => {
      const engine = engineFor(
        { kind: 'enable', target: '/a', logic: { var: 'data.flag' } },
        { kind: 'disable', target: '/b', logic: { var: 'data.flag' } },
      );
      expect(engine.evaluate({ flag: true }).disabled).toEqual(['/b']);
      expect(engine.evaluate({ flag: false }).disabled).toEqual(['/a']);
    });

    it('drops messages and requirements at hidden pointers and inside hidden sections', () => {
      const engine = engineFor(
        { kind: 'hide', target: '/review', logic: { var: 'data.ordered' } },
        { kind: 'require', target: '/review/next', message: 'messages.tests.next', logic: true },
        { kind: 'validate', target: '/review/date', message: 'messages.tests.date', logic: false },
      );
      const open = engine.evaluate({ ordered: false });
      expect(open.required).toEqual(['/review/next']);
      expect(open.messages).toHaveLength(2);
      const closed = engine.evaluate({ ordered: true });
      expect(closed.hidden).toEqual(['/review']);
      expect(closed.required).toEqual([]);
      expect(closed.messages).toEqual([]);
      expect(closed.decisions.map((d) => d.value)).toEqual([true, true, false]);
    });

    it('records every decision with its source, in order', () => {
      const engine = createRuleEngine({ packs: [reviewsPack()], clock: () => '2026-03-01' });
      const { decisions } = engine.evaluate({ document: { placementDate: '2026-01-31' } });
      expect(decisions[1]).toEqual({
        packId: 'asp-england.reviews',
        ruleId: 'reviews.first-review.due-date',
        kind: 'derive',
        pointer: '/review/firstReviewDue',
        value: '2026-02-28',
        source: 'AAR 2005 reg 36(3)',
      });
    });
  });

  describe('createRuleEngine: rows, chaining, clock and holidays', () => {
    const items = {
      supportItems: [
        { startDate: '2026-01-05', endDate: '2026-03-01' },
        {},
        { startDate: '2026-02-01', endDate: '2026-01-01', signOff: 'Team manager' },
      ],
    };

    it('evaluates a * target once per item, with row and index, and reports concrete pointers', () => {
      const outcome = createRuleEngine({ packs: [reviewsPack()] }).evaluate(items);
      expect(outcome.required.filter((p) => p.startsWith('/supportItems'))).toEqual([
        '/supportItems/0/signOff',
        '/supportItems/2/signOff',
      ]);
      expect(outcome.messages.filter((m) => m.ruleId === 'support.items.sign-off-required')).toMatchObject([
        { pointer: '/supportItems/0/signOff', values: { item: 1 } },
      ]);
      expect(
        outcome.messages.filter((m) => m.ruleId === 'support.items.end-after-start').map((m) => m.pointer),
      ).toEqual(['/supportItems/2/endDate']);
      expect(outcome.derived['/supportItems/0/reviewDate']).toBe('2026-07-05');
      expect(outcome.derived['/supportItems/1/reviewDate']).toBeNull();
    });

    it('lets a rule build on values derived earlier, for the whole form and for its own row', () => {
      const outcome = createRuleEngine({ packs: [reviewsPack()] }).evaluate({
        document: { placementDate: '2026-01-31' },
        review: { firstReviewHeld: '2026-03-02' },
        ...items,
      });
      expect(outcome.messages.find((m) => m.ruleId === 'reviews.first-review.in-time')?.values).toEqual({
        dueDate: '2026-02-28',
      });
      // Item 0 ends 1 March, before its derived review date of 5 July: its review notes are disabled.
      expect(outcome.disabled).toEqual(['/supportItems/0/reviewNotes', '/supportItems/2/reviewNotes']);
    });

    it('runs nothing for a * target when the list is absent', () => {
      const outcome = createRuleEngine({ packs: [reviewsPack()] }).evaluate({});
      expect(outcome.decisions.some((d) => d.pointer.startsWith('/supportItems'))).toBe(false);
    });

    it('reads today from the injected clock, or from the evaluation', () => {
      const child = { child: { dateOfBirth: '2021-03-02' } };
      const before = createRuleEngine({ packs: [reviewsPack()], clock: () => '2026-03-01' });
      const after = createRuleEngine({ packs: [reviewsPack()], clock: () => '2026-03-02' });
      expect(before.evaluate(child).hidden).not.toContain('/child/earlyYears');
      expect(after.evaluate(child).hidden).toContain('/child/earlyYears');
      expect(before.evaluate(child, { today: '2026-03-02' }).hidden).toContain('/child/earlyYears');
    });

    it('refuses a clock that does not give a date', () => {
      const engine = createRuleEngine({ packs: [reviewsPack()], clock: () => '1/3/2026' });
      expect(() => engine.evaluate({})).toThrow('The clock gave "1/3/2026", which is not a date');
    });

    it('uses the bank holidays the host gives instead of the table', () => {
      const sent = { review: { planSentDate: '2026-05-22' } };
      const standard = createRuleEngine({ packs: [reviewsPack()] });
      expect(standard.evaluate(sent).derived['/review/observationsDue']).toBe('2026-06-08');
      const extra = createRuleEngine({
        packs: [reviewsPack()],
        bankHolidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS, '2026-06-01'],
      });
      expect(extra.evaluate(sent).derived['/review/observationsDue']).toBe('2026-06-09');
      const none = createRuleEngine({ packs: [reviewsPack()], bankHolidays: [] });
      expect(none.evaluate(sent).derived['/review/observationsDue']).toBe('2026-06-05');
      expect(() => createRuleEngine({ packs: [reviewsPack()], bankHolidays: ['2026-13-01'] })).toThrow('bankHolidays');
    });

    it('applies the leap-day birthday setting to age_on', () => {
      const rule = { target: '/age', logic: { age_on: [{ var: 'data.dob' }, '2025-02-28'] } };
      const pack = packOf(rule);
      expect(createRuleEngine({ packs: [pack] }).evaluate({ dob: '2020-02-29' }).derived['/age']).toBe(4);
      const feb28 = createRuleEngine({ packs: [pack], leapDayBirthday: 'february-28' });
      expect(feb28.evaluate({ dob: '2020-02-29' }).derived['/age']).toBe(5);
    });
  });

  describe('createRuleEngine: data is never changed', () => {
    it('leaves frozen input untouched and returns values that share nothing with it', () => {
      const data = deepFreeze({
        document: { placementDate: '2026-01-31' },
        review: { firstReviewHeld: '2026-03-02', planSentDate: '2025-12-19' },
        supportItems: [{ startDate: '2026-01-05', details: { hours: 3 } }],
        child: { dateOfBirth: '2019-08-31' },
      });
      const before = JSON.stringify(data);
      const engine = createRuleEngine({
        packs: [
          reviewsPack(),
          { ...packOf({ target: '/copy', logic: { var: 'data.supportItems' } }), id: 'asp-england.copy' },
        ],
      });
      const outcome = engine.evaluate(data);
      expect(JSON.stringify(data)).toBe(before);
      expect(outcome.derived['/copy']).toEqual(data.supportItems);
      expect(outcome.derived['/copy']).not.toBe(data.supportItems);
      expect('firstReviewDue' in data.review).toBe(false);
    });

    it('is not affected by later changes to the packs it was given', () => {
      const pack = packOf({
        target: '/x',
        params: { days: 1 },
        logic: { date_add: ['2026-01-01', { var: 'params.days' }, 'days'] },
      });
      const engine = createRuleEngine({ packs: [pack] });
      (pack.rules[0] as Rule).params = { days: 5 };
      expect(engine.evaluate({}).derived['/x']).toBe('2026-01-02');
    });
  });

  describe('createRuleEngine: errors name the pack, the rule and where it is', () => {
    it('refuses a malformed rule with its pack file, id and pointer', () => {
      const pack = packOf({}, { id: 'tests.rule.broken', logic: { date_ad: ['2026-01-01', 1, 'days'] } });
      try {
        createRuleEngine({ packs: [pack] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RulePackError);
        expect((error as RulePackError).problems).toMatchObject([
          { file: 'rules/tests.json', rule: 'tests.rule.broken', pointer: '/rules/1/logic/date_ad' },
        ]);
        expect((error as Error).message).toContain(
          'rules/tests.json at /rules/1/logic/date_ad (rule "tests.rule.broken")',
        );
        expect((error as Error).message).toContain('"date_ad" is not an operator the kit knows');
      }
    });

    it('stops a rule that does too much work, naming it and the row', () => {
      const engine = createRuleEngine({
        packs: [
          packOf({
            id: 'tests.loops.too-many',
            target: '/rows/*/total',
            logic: {
              reduce: [
                { var: 'data.big' },
                {
                  '+': [{ var: 'accumulator' }, { reduce: [{ var: 'current' }, { '+': [{ var: 'current' }, 1] }, 0] }],
                },
                0,
              ],
            },
          }),
        ],
        maxOperations: 5_000,
      });
      const big = Array.from({ length: 100 }, () => Array.from({ length: 100 }, (_, i) => i));
      const { failed, derived } = engine.evaluate({ big, rows: [{}] });
      expect(failed).toEqual([
        expect.objectContaining({ ruleId: 'tests.loops.too-many', pointer: '/rows/0/total', stoppedBy: 'operations' }),
      ]);
      expect(failed[0]?.message).toContain(
        'Rule "tests.loops.too-many" in pack "asp-england.tests" (rules/tests.json at /rules/0), evaluated for /rows/0/total: It did more than 5000 operations.',
      );
      expect(derived).toEqual({});
    });

    it('stops a rule whose values grow without bound', () => {
      const engine = engineFor({
        logic: { reduce: [{ var: 'data.xs' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] },
      });
      const xs = Array.from({ length: 40 }, (_, i) => i);
      expect(engine.evaluate({ xs }).failed[0]?.reason).toMatch(
        /It built a list of \d+ items|It did more than 100000 operations/,
      );
    });

    it('refuses a path built at run time that reaches the prototype, naming the rule', () => {
      // Static checks cannot see a path that `cat` builds; the runtime guard in `var`/`missing` stops it.
      const engine = createRuleEngine({
        packs: [
          packOf({
            id: 'tests.paths.built-at-run-time',
            target: '/x',
            logic: { missing: { merge: [{ cat: [{ var: 'data.prefix' }, 'to__'] }] } },
          }),
        ],
      });
      expect(engine.evaluate({ prefix: 'data.ok' }).derived['/x']).toEqual(['data.okto__']);
      expect(engine.evaluate({ prefix: 'data.__pro' }).failed[0]?.message).toContain(
        'Rule "tests.paths.built-at-run-time" in pack "asp-england.tests" (rules/tests.json at /rules/0), evaluated for /x: The variable path "data.__proto__" reaches "__proto__"',
      );
    });

    it('refuses a huge or deeply nested rule before it runs', () => {
      let deep: unknown = 1;
      for (let i = 0; i < 100; i++) deep = { '+': [deep, 1] };
      expect(() => engineFor({ logic: deep })).toThrow('nested more than 64 levels');
      const wide = { '+': Array.from({ length: 6000 }, () => 1) };
      expect(() => engineFor({ logic: wide })).toThrow('more than 5000 parts');
    });

    it('refuses logic nested 2,000 deep with a RulePackError, before building anything recursive', () => {
      const deep = deepObject(2_000, '!');
      expect(() => engineFor({ logic: deep })).toThrow(RulePackError);
      expect(() => engineFor({ logic: deep })).toThrow(/nested more than 64 levels|more than \d+ levels deep/);
    });

    it('never throws for data: a rule the data stops is listed, and a check it could not run speaks', () => {
      const engine = createRuleEngine({ packs: [reviewsPack()] });
      const pack = reviewsPack() as { rules: { kind: string; logic: unknown; target: string }[] };
      const dateVar = JSON.stringify(pack.rules.map((r) => r.logic)).match(/"var":"(data\.[A-Za-z.]+Date)"/)?.[1];
      expect(dateVar).toBeDefined();
      const data: Record<string, unknown> = {};
      let at = data;
      const path = (dateVar as string).split('.').slice(1);
      for (const key of path.slice(0, -1)) {
        const inner: Record<string, unknown> = {};
        at[key] = inner;
        at = inner;
      }
      at[path.at(-1) as string] = tenMegabytes();
      const outcome = engine.evaluate(data);
      expect(outcome.failed.length).toBeGreaterThan(0);
      for (const failure of outcome.failed) expect(failure.message).toMatch(/^Rule "/);
      for (const value of [null, 'text', 42, [], deepObject(10_000), prototypeKeys()]) {
        const result = engine.evaluate(value);
        expect(Array.isArray(result.failed)).toBe(true);
      }
      expect(engine.evaluate(deepObject(10_000)).failed[0]).toMatchObject({ stoppedBy: 'data' });
    });

    it('refuses packs for different forms or given twice', () => {
      expect(() => createRuleEngine({ packs: [reviewsPack(), { ...packOf(), form: 'asp-wales' }] })).toThrow(
        'The pack is for form "asp-wales", not "asp-england"',
      );
      expect(() => createRuleEngine({ packs: [reviewsPack(), reviewsPack()] })).toThrow('given twice');
      expect(() => createRuleEngine({ packs: [] })).toThrow('at least one rule pack');
      expect(() => createRuleEngine({ packs: [reviewsPack(), null] })).toThrow('The rule pack is not a JSON object');
      expect(() => createRuleEngine({ packs: [reviewsPack()], maxOperations: 0 })).toThrow('maxOperations');
    });
  });
});
