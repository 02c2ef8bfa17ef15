import { describe, expect, it } from 'vitest';
import { createRuleEngine } from './createRuleEngine';
import type { RuleCase } from './RulePack';
import { formatRuleCasesReport, runRuleCases } from './runRuleCases';
import { reviewsCases, reviewsPack } from './testing/reviewsPack';

const withCases = (...cases: unknown[]) => ({ pack: 'asp-england.reviews', cases });

describe('runRuleCases', () => {
  it('passes every case of a correct pack, from packs or from an engine', () => {
    const report = runRuleCases({ packs: [reviewsPack()] }, reviewsCases());
    expect(report.results.filter((r) => !r.passed)).toEqual([]);
    expect(report.passed).toBe(reviewsCases().cases.length);
    const engine = createRuleEngine({ packs: [reviewsPack()], clock: () => '2020-01-01' });
    expect(runRuleCases(engine, reviewsCases()).failed).toBe(0);
    expect(runRuleCases([reviewsPack()], reviewsCases()).failed).toBe(0);
  });

  it('lists the rules no case exercises', () => {
    const report = runRuleCases({ packs: [reviewsPack()] }, reviewsCases());
    expect(report.untested).toContain('reviews.first-visit.due-date');
    expect(report.untested).not.toContain('reviews.first-review.due-date');
  });

  it('fails a case whose expectation is wrong, with a readable difference', () => {
    const first = reviewsCases().cases[0] as RuleCase;
    const wrong = { ...first, expect: { derived: { '/review/firstReviewDue': '2026-03-01' } } };
    const report = runRuleCases({ packs: [reviewsPack()] }, withCases(wrong));
    expect(report.failed).toBe(1);
    expect(report.results[0]?.differences).toEqual([
      'derived /review/firstReviewDue: expected "2026-03-01", got "2026-02-28".',
    ]);
    expect(formatRuleCasesReport(report)).toContain(
      'FAIL /cases/0 reviews.first-review.due-date: B2: placed on 31 January 2026, first review by 28 February 2026.\n    - derived /review/firstReviewDue: expected "2026-03-01", got "2026-02-28".',
    );
  });

  it('fails when a rule changes: the cases catch a wrong number of days', () => {
    const pack = reviewsPack();
    pack.rules[1] = { ...pack.rules[1]!, params: { firstReviewDays: 29 } };
    const report = runRuleCases({ packs: [pack] }, reviewsCases());
    expect(report.results.find((r) => !r.passed)?.rule).toBe('reviews.first-review.due-date');
  });

  it('compares messages, required, hidden and disabled pointers of the named rule only', () => {
    const given = { supportItems: [{ startDate: '2026-01-05' }, { startDate: '2026-02-01', signOff: 'x' }] };
    const report = runRuleCases(
      { packs: [reviewsPack()] },
      withCases(
        {
          rule: 'support.items.sign-off-required',
          description: 'Too few.',
          given,
          expect: { required: ['/supportItems/0/signOff'] },
        },
        {
          rule: 'support.items.sign-off-required',
          description: 'Wrong message.',
          given,
          expect: { messages: [{ pointer: '/supportItems/0/signOff', values: { item: 2 } }] },
        },
        {
          rule: 'reviews.order.no-more-reviews',
          description: 'Not hidden.',
          given: {},
          expect: { hidden: ['/review/nextReview'] },
        },
        { rule: 'support.items.review-not-after-end', description: 'None disabled.', given, expect: { disabled: [] } },
      ),
    );
    expect(report.results.map((r) => r.differences)).toEqual([
      ['required: the rule also gave /supportItems/1/signOff, which the case does not expect.'],
      [
        'messages: expected {"pointer":"/supportItems/0/signOff","values":{"item":2}}, got [{"pointer":"/supportItems/0/signOff","messageKey":"messages.support.sign-off-required","values":{"item":1}}].',
        'messages: the rule also gave {"pointer":"/supportItems/0/signOff","messageKey":"messages.support.sign-off-required","values":{"item":1}}, which the case does not expect.',
      ],
      ['hidden: expected /review/nextReview, but the rule did not give it.'],
      [],
    ]);
  });

  it('reports malformed cases instead of throwing', () => {
    const report = runRuleCases(
      { packs: [reviewsPack()] },
      withCases(
        'not a case',
        { rule: 'reviews.no-such.rule', description: 'x', given: {}, expect: { hidden: [] } },
        { rule: 'reviews.first-review.due-date', description: '', given: {}, expect: { hidden: [] } },
        { rule: 'reviews.first-review.due-date', description: 'x', given: {}, expect: {} },
        { rule: 'reviews.first-review.due-date', description: 'x', given: {}, expect: { derive: {} } },
        {
          rule: 'reviews.first-review.due-date',
          description: 'x',
          today: '1 March',
          given: {},
          expect: { hidden: [] },
        },
      ),
    );
    expect(report.results.map((r) => r.differences[0])).toEqual([
      'The case is not a JSON object.',
      'There is no rule "reviews.no-such.rule" in the pack.',
      'The case has no description: say in a sentence what it shows.',
      'The case has no expectation: give "expect" at least one of derived, messages, required, hidden, disabled.',
      'The case has no expectation: give "expect" at least one of derived, messages, required, hidden, disabled.',
      '"today" is "1 March", which is not a date (YYYY-MM-DD).',
    ]);
  });

  it('refuses a cases file for another pack', () => {
    expect(() => runRuleCases({ packs: [reviewsPack()] }, { pack: 'asp-england.other', cases: [] })).toThrow(
      'which the engine does not have (asp-england.reviews)',
    );
    expect(() => runRuleCases({ packs: [reviewsPack()] }, [])).toThrow('The cases file is not');
  });
});
