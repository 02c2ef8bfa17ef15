import type { RuleCasesFile, RulePack } from '../RulePack';

/** A small but realistic pack for the tests: review timings, working days, per-row sign-off. */
export const reviewsPack = (): RulePack => ({
  id: 'asp-england.reviews',
  form: 'asp-england',
  description: 'Statutory review and visit timings while the child is placed.',
  rules: [
    {
      id: 'reviews.first-visit.due-date',
      description: 'The first visit is due within a week of placement.',
      source: 'AAR 2005 reg 36(4)',
      kind: 'derive',
      target: '/review/firstVisitDue',
      params: { firstVisitDays: 7 },
      logic: { date_add: [{ var: 'data.document.placementDate' }, { var: 'params.firstVisitDays' }, 'days'] },
    },
    {
      id: 'reviews.first-review.due-date',
      description: 'The first review is due within 28 days of placement.',
      source: 'AAR 2005 reg 36(3)',
      kind: 'derive',
      target: '/review/firstReviewDue',
      params: { firstReviewDays: 28 },
      logic: { date_add: [{ var: 'data.document.placementDate' }, { var: 'params.firstReviewDays' }, 'days'] },
    },
    {
      id: 'reviews.second-review.due-date',
      description: 'The second review is due within 3 months of the first review actually held.',
      source: 'AAR 2005 reg 36(3)(b)',
      kind: 'derive',
      target: '/review/secondReviewDue',
      params: { secondReviewMonths: 3 },
      logic: {
        if: [
          { var: 'data.review.firstReviewHeld' },
          { date_add: [{ var: 'data.review.firstReviewHeld' }, { var: 'params.secondReviewMonths' }, 'months'] },
          null,
        ],
      },
    },
    {
      id: 'reviews.first-review.in-time',
      description: 'The first review must be held by its due date.',
      source: 'AAR 2005 reg 36(3)(a)',
      kind: 'validate',
      target: '/review/firstReviewHeld',
      message: 'messages.reviews.first-review-late',
      messageValues: { dueDate: { var: 'derived.review.firstReviewDue' } },
      logic: {
        or: [
          { is_empty: [{ var: 'data.review.firstReviewHeld' }] },
          { '<=': [{ var: 'data.review.firstReviewHeld' }, { var: 'derived.review.firstReviewDue' }] },
        ],
      },
    },
    {
      id: 'reviews.first-review.overdue',
      description: 'Say when the first review is overdue and has not been held.',
      source: 'AAR 2005 reg 36(3)(a)',
      kind: 'validate',
      target: '/review/firstReviewHeld',
      message: 'messages.reviews.first-review-overdue',
      logic: {
        or: [
          { '!': [{ is_empty: [{ var: 'data.review.firstReviewHeld' }] }] },
          { is_empty: [{ var: 'derived.review.firstReviewDue' }] },
          { '<=': [{ today: [] }, { var: 'derived.review.firstReviewDue' }] },
        ],
      },
    },
    {
      id: 'reviews.observations.deadline',
      description: "The adopters' observations are due 10 working days after the plan is sent.",
      source: 'AA(W)R 2005 reg 32; NAS good practice guide 4.5',
      kind: 'derive',
      target: '/review/observationsDue',
      params: { observationWorkingDays: 10 },
      logic: { working_days_add: [{ var: 'data.review.planSentDate' }, { var: 'params.observationWorkingDays' }] },
    },
    {
      id: 'reviews.order.no-more-reviews',
      description: 'Once the adoption order is made, the review section is hidden.',
      source: 'AAR 2005 reg 36(1)',
      kind: 'hide',
      target: '/review/nextReview',
      logic: { '!': [{ is_empty: [{ var: 'data.document.adoptionOrderDate' }] }] },
    },
    {
      id: 'reviews.next-review.date-required',
      description: 'The next review date is needed until the order is made.',
      source: 'AAR 2005 reg 36(1)',
      kind: 'require',
      target: '/review/nextReview',
      message: 'messages.reviews.next-review-required',
      logic: true,
    },
    {
      id: 'support.items.sign-off-required',
      description: 'Each support item that has started needs a sign-off.',
      source: 'Agency practice',
      kind: 'require',
      target: '/supportItems/*/signOff',
      message: 'messages.support.sign-off-required',
      messageValues: { item: { '+': [{ var: 'index' }, 1] } },
      logic: { '!': [{ is_empty: [{ var: 'row.startDate' }] }] },
    },
    {
      id: 'support.items.end-after-start',
      description: 'A support item ends after it starts.',
      source: 'Agency practice',
      kind: 'validate',
      target: '/supportItems/*/endDate',
      message: 'messages.support.end-before-start',
      logic: {
        or: [
          { is_empty: [{ var: 'row.endDate' }] },
          { is_empty: [{ var: 'row.startDate' }] },
          { '>=': [{ var: 'row.endDate' }, { var: 'row.startDate' }] },
        ],
      },
    },
    {
      id: 'support.items.review-date',
      description: 'Each support item is reviewed 6 months after it starts.',
      source: 'Agency practice',
      kind: 'derive',
      target: '/supportItems/*/reviewDate',
      params: { itemReviewMonths: 6 },
      logic: { date_add: [{ var: 'row.startDate' }, { var: 'params.itemReviewMonths' }, 'months'] },
    },
    {
      id: 'support.items.review-not-after-end',
      description: "An item's review falls on or before its end.",
      source: 'Agency practice',
      kind: 'disable',
      target: '/supportItems/*/reviewNotes',
      logic: {
        and: [
          { '!': [{ is_empty: [{ var: 'row.endDate' }] }] },
          { '>': [{ var: 'derivedRow.reviewDate' }, { var: 'row.endDate' }] },
        ],
      },
    },
    {
      id: 'child.school.year-seven',
      description: 'When the child starts secondary school (Year 7), for the keep-in-touch offer.',
      source: 'NAS good practice guide 4.13',
      kind: 'derive',
      target: '/child/year7Start',
      logic: { school_milestone: [{ var: 'data.child.dateOfBirth' }, 'year7'] },
    },
    {
      id: 'child.section.show-early-years',
      description: 'Show the early-years section only while the child is under 5.',
      source: 'Agency practice',
      kind: 'show',
      target: '/child/earlyYears',
      params: { earlyYearsAge: 5 },
      logic: { '<': [{ age_on: [{ var: 'data.child.dateOfBirth' }, { today: [] }] }, { var: 'params.earlyYearsAge' }] },
    },
  ],
});

/** Cases for {@link reviewsPack}. */
export const reviewsCases = (): RuleCasesFile => ({
  pack: 'asp-england.reviews',
  cases: [
    {
      rule: 'reviews.first-review.due-date',
      description: 'B2: placed on 31 January 2026, first review by 28 February 2026.',
      given: { document: { placementDate: '2026-01-31' } },
      expect: { derived: { '/review/firstReviewDue': '2026-02-28' } },
    },
    {
      rule: 'reviews.second-review.due-date',
      description: 'B2: first review held 30 November 2025, second by 28 February 2026.',
      given: { review: { firstReviewHeld: '2025-11-30' } },
      expect: { derived: { '/review/secondReviewDue': '2026-02-28' } },
    },
    {
      rule: 'reviews.first-review.in-time',
      description: 'A first review held a day late is reported with its due date.',
      given: { document: { placementDate: '2026-01-31' }, review: { firstReviewHeld: '2026-03-01' } },
      expect: {
        messages: [
          {
            pointer: '/review/firstReviewHeld',
            messageKey: 'messages.reviews.first-review-late',
            values: { dueDate: '2026-02-28' },
          },
        ],
      },
    },
    {
      rule: 'reviews.first-review.overdue',
      description: 'On 1 March 2026 a first review due 28 February and not held is overdue.',
      today: '2026-03-01',
      given: { document: { placementDate: '2026-01-31' } },
      expect: {
        messages: [{ pointer: '/review/firstReviewHeld', messageKey: 'messages.reviews.first-review-overdue' }],
      },
    },
    {
      rule: 'reviews.observations.deadline',
      description: 'B6: plan sent Friday 19 December 2025, observations due Wednesday 7 January 2026.',
      given: { review: { planSentDate: '2025-12-19' } },
      expect: { derived: { '/review/observationsDue': '2026-01-07' } },
    },
    {
      rule: 'support.items.sign-off-required',
      description: 'Only items that have started need a sign-off.',
      given: { supportItems: [{ startDate: '2026-01-05' }, {}, { startDate: '2026-02-01', signOff: 'Team manager' }] },
      expect: {
        required: ['/supportItems/0/signOff', '/supportItems/2/signOff'],
        messages: [{ pointer: '/supportItems/0/signOff', values: { item: 1 } }],
      },
    },
    {
      rule: 'reviews.order.no-more-reviews',
      description: 'Once the order is made, the next review is hidden.',
      given: { document: { adoptionOrderDate: '2026-06-01' } },
      expect: { hidden: ['/review/nextReview'] },
    },
  ],
});
