import { type FormEnvelope, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { KitInputError } from '../errors';
import { normaliseErrors } from '../node/checkSchema';
import { createAjv } from '../node/createAjv';
import { shippedMapping } from '../testing/shippedMappings';
import { applyReview, type PlanEnvelope, ReviewNotValidError } from './applyReview';
import { prefill } from './prefill';

type Data = Record<string, any>;
const mapping = shippedMapping;
const full = (id: FormId) => structuredClone(formExamples[id]['valid.full']) as FormEnvelope<Data>;
/** The review form and its validator, as applyReview needs them to check a review. */
const reviewForm = (id: FormId) => ({ definition: forms[id], validate: createAjv().compile(forms[id].schema) });
const checkedEngland = { reviewForm: reviewForm('asp-review-england') };
const checkedWales = { reviewForm: reviewForm('asp-review-wales') };
const errorsIn = (id: FormId, data: unknown) => {
  const validate = createAjv().compile(forms[id].schema);
  validate(data);
  return normaliseErrors(validate.errors);
};

describe('applying a completed England review to the plan', () => {
  const apply = mapping('asp-england', 'asp-review-england');
  const plan = () => full('asp-england');
  /** The review example, held for the plan example's child. */
  const completedReview = () => {
    const review = full('asp-review-england');
    review.data.reviewDetails.child = plan().data.document.child;
    return review;
  };

  it('gives the next version of the plan, valid against the schema, with the version it replaced in its history', () => {
    const before = plan();
    const review = completedReview();
    const { plan: next, history } = applyReview<Data>(before, review, apply, checkedEngland);
    expect(errorsIn('asp-england', next.data)).toEqual([]);
    expect(next.revision).toBe(2);
    expect(history).toHaveLength(1);
    expect(next.history).toEqual(history);
    expect(history[0]).toMatchObject({
      revision: 1,
      form: 'asp-england',
      version: forms['asp-england'].manifest.version,
      data: before.data,
      replacedOn: review.data.reviewDetails.reviewDate,
      replacedBy: {
        form: 'asp-review-england',
        version: forms['asp-review-england'].manifest.version,
        reviewDate: review.data.reviewDetails.reviewDate,
        outcome: 'updated',
      },
    });
  });

  it("adds the review to the plan's review section", () => {
    const review = completedReview().data;
    const { plan: next } = applyReview<Data>(plan(), completedReview(), apply, checkedEngland);
    expect(next.data.review.reviews).toHaveLength(3);
    expect(next.data.review.reviews.slice(0, 2)).toEqual(plan().data.review.reviews);
    expect(next.data.review.reviews[2]).toEqual({
      date: review.reviewDetails.reviewDate,
      number: 3,
      kind: 'statutory',
      socialWorkerUpdate: review.matters.changesSinceLastReview,
      childViews: review.views.child.views,
      adoptersViews: review.views.prospectiveAdoptersViews,
      supportItemsProgress: review.matters.adoptionSupportArrangements,
      visitingFrequency: review.visits.visitingFrequency,
      reassessmentNeeded: review.matters.reassessmentNeeded,
      recommendations: review.outcome.recommendations.map((r: Data) => ({
        text: r.action,
        owner: r.owner,
        dueDate: r.dueDate,
      })),
      nextReviewDue: review.outcome.nextReviewDue,
      completedBy: review.outcome.socialWorkerSignOff,
      confirmedByIro: review.outcome.iroSignOff,
    });
  });

  it("updates each support item's status from the review and adds the new support", () => {
    const before = plan().data.supportItems;
    const review = completedReview().data;
    const { plan: next, changes } = applyReview<Data>(plan(), completedReview(), apply, checkedEngland);
    // The review: item 1 delivered, 2 partly delivered, 3 not delivered, 4 no longer needed.
    expect(next.data.supportItems.map((s: Data) => s.status)).toEqual([
      'inPlace',
      'inPlace',
      'notDelivered',
      'ended',
      before[4].status,
      ...review.supportItems.newOrChanged.map((s: Data) => s.status),
    ]);
    expect(next.data.supportItems.slice(5)).toEqual(review.supportItems.newOrChanged);
    expect(changes).toContainEqual({ pointer: '/supportItems/3/status', before: 'inPlace', after: 'ended' });
    expect(changes).toContainEqual({ pointer: '/supportItems/2/status', before: 'planned', after: 'notDelivered' });
    expect(changes.map((c) => c.pointer)).not.toContain('/supportItems/0/status');
  });

  it('marks the plan as updated at the review when the review updated it', () => {
    const { plan: next } = applyReview<Data>(plan(), completedReview(), apply, checkedEngland);
    expect(next.data.document).toMatchObject({
      planStage: 'updatedAtReview',
      planDate: completedReview().data.reviewDetails.reviewDate,
    });
    const unchanged = completedReview();
    unchanged.data.outcome.supportPlanOutcome = 'noChange';
    expect(applyReview<Data>(plan(), unchanged, apply, checkedEngland).plan.data.document.planDate).toBe(
      plan().data.document.planDate,
    );
  });

  it('keeps fields the kit does not know, in the plan and in its envelope, and changes neither document', () => {
    const before = plan() as PlanEnvelope<Data> & { agencyCaseId: string };
    before.agencyCaseId = 'CASE-7';
    before.data.agencyNotes = { kept: true };
    const copy = structuredClone(before);
    const review = completedReview();
    const reviewCopy = structuredClone(review);
    const { plan: next } = applyReview<Data>(before, review, apply, checkedEngland);
    expect((next as Data).agencyCaseId).toBe('CASE-7');
    expect(next.data.agencyNotes).toEqual({ kept: true });
    expect(before).toEqual(copy);
    expect(review).toEqual(reviewCopy);
  });

  it('replaces a value of the wrong shape in its way, and records what it replaced', () => {
    const broken = plan();
    broken.data.review = 'notes typed where the list of reviews belongs';
    const { plan: next, changes, history } = applyReview<Data>(broken, completedReview(), apply, checkedEngland);
    expect(next.data.review.reviews).toHaveLength(1);
    expect(next.data.review.reviews[0].number).toBe(1);
    expect(changes).toContainEqual({
      pointer: '/review',
      before: 'notes typed where the list of reviews belongs',
      after: { reviews: [{ date: completedReview().data.reviewDetails.reviewDate }] },
    });
    expect(history[0]?.data.review).toBe('notes typed where the list of reviews belongs');
  });

  it('keeps every earlier version when reviews are applied one after another', () => {
    const first = applyReview<Data>(plan(), completedReview(), apply, checkedEngland).plan;
    const nextReview = completedReview();
    nextReview.data.reviewDetails.reviewDate = '2026-10-27';
    nextReview.data.reviewDetails.reviewSequence = 'subsequent';
    const second = applyReview<Data>(first, nextReview, apply, checkedEngland);
    expect(second.plan.revision).toBe(3);
    expect(second.history.map((h) => [h.revision, h.replacedOn])).toEqual([
      [1, '2026-04-28'],
      [2, '2026-10-27'],
    ]);
    expect(second.history[1]?.data).toEqual(first.data);
    expect(second.plan.data.review.reviews.map((r: Data) => r.number)).toEqual([1, 2, 3, 4]);
  });

  it('dates the new version as asked', () => {
    const { history } = applyReview<Data>(plan(), completedReview(), apply, { ...checkedEngland, date: '2026-05-08' });
    expect(history[0]?.replacedOn).toBe('2026-05-08');
    expect(() => applyReview(plan(), completedReview(), apply, { ...checkedEngland, date: '8 May 2026' })).toThrow(
      'The date of the new version is not a date. Pass it as YYYY-MM-DD.',
    );
  });

  it('refuses a review that is not complete', () => {
    const review = completedReview();
    delete review.data.outcome.supportPlanOutcome;
    expect(() => applyReview(plan(), review, apply, checkedEngland)).toThrow(
      'The review is not complete: /outcome/supportPlanOutcome is empty. Complete the review before applying it to the plan.',
    );
  });

  it("refuses a review of another child's plan, without quoting either document", () => {
    const attempt = () => applyReview(plan(), full('asp-review-england'), apply, checkedEngland);
    expect(attempt).toThrow(
      'The review and the plan seem to be about different children: /reviewDetails/child/dateOfBirth in the review does not match /document/child/dateOfBirth in the plan. Check that you picked the right documents.',
    );
    expect(attempt).not.toThrow(full('asp-review-england').data.reviewDetails.child.dateOfBirth);
  });

  it('refuses the wrong kind of mapping, and documents it does not read', () => {
    expect(() =>
      applyReview(plan(), completedReview(), mapping('asp-review-england', 'asp-england'), checkedEngland),
    ).toThrow(
      'The mapping asp-review-england/carry-forward/asp-england.json is a "prefill" mapping. Pass it to prefill instead.',
    );
    expect(() => applyReview(full('asp-wales'), completedReview(), apply, checkedEngland)).toThrow(
      'The mapping asp-england/carry-forward/asp-review-england.json needs a "asp-england" document as the plan, but was given a "asp-wales" document.',
    );
  });
});

describe('a review pre-filled from the plan, completed and applied', () => {
  it('comes back to the plan item by item', () => {
    const plan = full('asp-england');
    const { envelope } = prefill<Data>(mapping('asp-review-england', 'asp-england'), plan);
    const example = full('asp-review-england').data;
    const statuses = ['noLongerNeeded', 'delivered', 'notDelivered', 'partlyDelivered', 'delivered'];
    envelope.data.supportItems.itemStatus.forEach((row: Data, i: number) => {
      row.deliveryStatus = statuses[i];
    });
    const completed = {
      ...envelope,
      data: {
        ...envelope.data,
        reviewDetails: {
          ...envelope.data.reviewDetails,
          reviewSequence: 'subsequent',
          reviewDate: '2026-08-04',
          chair: example.reviewDetails.chair,
          attendees: example.reviewDetails.attendees,
        },
        views: example.views,
        matters: example.matters,
        outcome: { ...example.outcome, supportPlanOutcome: 'noChange' },
        // What the social worker types in at the review (the plan cannot prefill it).
        stayingInTouch: { ...envelope.data.stayingInTouch, whatChanged: example.stayingInTouch.whatChanged },
        visits: example.visits,
        orderReadiness: example.orderReadiness,
      },
    };
    const { plan: next } = applyReview<Data>(
      plan,
      completed,
      mapping('asp-england', 'asp-review-england'),
      checkedEngland,
    );
    expect(next.data.supportItems.map((s: Data) => s.status)).toEqual([
      'ended',
      'inPlace',
      'notDelivered',
      'inPlace',
      'inPlace',
    ]);
    expect(next.data.review.reviews.at(-1)).toMatchObject({ date: '2026-08-04', number: 3, kind: 'statutory' });
    expect(errorsIn('asp-england', next.data)).toEqual([]);
  });
});

describe('applying a completed Wales review to the plan', () => {
  const apply = mapping('asp-wales', 'asp-review-wales');
  const plan = () => full('asp-wales');
  /** The review example, for the plan example's child, reporting on the plan's own services. */
  const completedReview = (outcome: string) => {
    const review = full('asp-review-wales');
    review.data.reviewDetails.childDateOfBirth = plan().data.child.dateOfBirth;
    review.data.progress.supportDelivered = plan().data.services.items.map((s: Data, i: number) => ({
      service: s.service,
      provider: s.provider,
      tier: s.tier,
      deliveredStatus: i === 0 ? 'noLongerNeeded' : 'delayed',
    }));
    review.data.outcome.reviewOutcome = outcome;
    return review;
  };

  it('(b) amended without a full assessment: records the version it amends, and brings in the amended services', () => {
    const review = completedReview('amendedWithoutAssessment');
    const before = plan().data;
    const { plan: next } = applyReview<Data>(plan(), review, apply, checkedWales);
    expect(errorsIn('asp-wales', next.data)).toEqual([]);
    expect(next.data.header).toMatchObject({
      planType: 'amendedAfterReview',
      planDate: review.data.reviewDetails.reviewDate,
      linkedReviewDate: review.data.reviewDetails.reviewDate,
    });
    expect(next.data.header.planHistory).toEqual([
      ...before.header.planHistory,
      { planDate: before.header.planDate, planType: before.header.planType },
    ]);
    expect(next.data.services.items).toEqual([
      ...before.services.items.map((s: Data, i: number) => ({ ...s, status: i === 0 ? 'ended' : 'planned' })),
      ...review.data.outcome.amendedServices,
    ]);
    expect(next.data.reviewPlan).toMatchObject({
      nextReviewDate: review.data.outcome.nextReviewDate,
      nextReviewStage: review.data.outcome.nextReviewStage,
    });
  });

  it.each(['fitForPurpose', 'fullAssessmentRequired'])(
    '(%s): keeps the plan as it is but sets the next review, and still keeps the version in the history',
    (outcome) => {
      const review = completedReview(outcome);
      const before = plan().data;
      const { plan: next, history } = applyReview<Data>(plan(), review, apply, checkedWales);
      expect(next.data.header).toMatchObject({
        planType: before.header.planType,
        planDate: before.header.planDate,
        planHistory: before.header.planHistory,
        linkedReviewDate: review.data.reviewDetails.reviewDate,
      });
      expect(next.data.services.items).toHaveLength(before.services.items.length);
      expect(next.data.reviewPlan.nextReviewDate).toBe(review.data.outcome.nextReviewDate);
      expect(history[0]).toMatchObject({ revision: 1, data: before, replacedBy: { outcome } });
    },
  );
});

describe('a review that does not validate', () => {
  const apply = mapping('asp-england', 'asp-review-england');
  const plan = () => full('asp-england');
  const schema = forms['asp-review-england'].schema as { required: string[]; properties: Record<string, Data> };
  /** A section the review form requires, read from its schema, and a required field inside it. */
  const section = schema.required.find((key) => Array.isArray(schema.properties[key]?.required)) as string;
  const field = schema.properties[section]?.required[0] as string;
  const invalidReview = () => {
    const review = full('asp-review-england');
    review.data.reviewDetails.child = plan().data.document.child;
    delete review.data[section][field];
    return review;
  };

  it('is refused with its labelled errors, and neither document changes', () => {
    const review = invalidReview();
    const before = structuredClone(review);
    let refused: unknown;
    try {
      applyReview(plan(), review, apply, checkedEngland);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ReviewNotValidError);
    const { errors } = refused as ReviewNotValidError;
    const label = forms['asp-review-england'].locales.en?.[`${section}.${field}.label`];
    expect(errors).toContainEqual(expect.objectContaining({ pointer: `/${section}/${field}`, keyword: 'required' }));
    if (label) expect(errors.find((e) => e.pointer === `/${section}/${field}`)?.field).toBe(label);
    expect(review).toEqual(before);
  });

  it('gives its errors in Welsh when asked', () => {
    const welsh = forms['asp-review-england'].locales.cy?.[`${section}.${field}.label`];
    try {
      applyReview(plan(), invalidReview(), apply, { ...checkedEngland, locale: 'cy' });
      expect.unreachable('the review should be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ReviewNotValidError);
      const found = (error as ReviewNotValidError).errors.find((e) => e.pointer === `/${section}/${field}`);
      if (welsh) expect(found?.field).toBe(welsh);
    }
  });

  it('is applied when the caller asks for a draft, with its errors beside the result', () => {
    const { plan: next, reviewErrors } = applyReview<Data>(plan(), invalidReview(), apply, {
      ...checkedEngland,
      draft: true,
    });
    expect(next.revision).toBe(2);
    expect(reviewErrors?.map((e) => e.pointer)).toContain(`/${section}/${field}`);
  });

  it('cannot be applied unchecked by mistake: without a review form, only a draft is applied', () => {
    expect(() => applyReview(plan(), invalidReview(), apply)).toThrow(KitInputError);
    expect(() => applyReview(plan(), invalidReview(), apply)).toThrow(/reviewForm/);
    expect(applyReview<Data>(plan(), invalidReview(), apply, { draft: true }).reviewErrors).toBeUndefined();
  });
});
