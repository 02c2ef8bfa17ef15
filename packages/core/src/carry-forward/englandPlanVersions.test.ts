import { type FormEnvelope, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../node/createAjv';
import { shippedMapping } from '../testing/shippedMappings';
import { applyReview } from './applyReview';
import { prefill } from './prefill';

// The England plan keeps its earlier versions (document.planHistory), and its review names the
// version it looked at by date and stage (reviewDetails.planReviewed), not in free text.
type Data = Record<string, any>;
const mapping = shippedMapping;
const example = (id: FormId, name: string) => structuredClone(formExamples[id][name]) as FormEnvelope<Data>;
const checked = {
  reviewForm: {
    definition: forms['asp-review-england'],
    validate: createAjv().compile(forms['asp-review-england'].schema),
  },
};
const schemaErrors = (id: FormId, data: unknown) => {
  const validate = createAjv().compile(forms[id].schema);
  validate(data);
  return validate.errors ?? [];
};

describe('the version of the England plan a review looks at', () => {
  it.each(Object.keys(formExamples['asp-england']).filter((n) => n.startsWith('valid.')))(
    'a review started from %s names that version by its date and stage',
    (name) => {
      const plan = example('asp-england', name);
      const { envelope } = prefill<Data>(mapping('asp-review-england', 'asp-england'), plan);
      expect(envelope.data.reviewDetails.planReviewed).toEqual({
        planDate: plan.data.document.planDate,
        planStage: plan.data.document.planStage,
      });
    },
  );

  it('a review that updates the plan adds the version it replaced to the plan’s earlier versions', () => {
    const before = example('asp-england', 'valid.full');
    const review = example('asp-review-england', 'valid.full');
    review.data.reviewDetails.child = before.data.document.child;
    review.data.outcome.supportPlanOutcome = 'updated';
    const { plan: next } = applyReview<Data>(before, review, mapping('asp-england', 'asp-review-england'), checked);
    expect(schemaErrors('asp-england', next.data)).toEqual([]);
    expect(next.data.document.planHistory).toEqual([
      ...(before.data.document.planHistory ?? []),
      { planDate: before.data.document.planDate, planStage: before.data.document.planStage },
    ]);
    expect(next.data.document.planDate).toBe(review.data.reviewDetails.reviewDate);
    expect(next.data.document.planStage).toBe('updatedAtReview');
  });

  it('a review that changes nothing leaves the plan’s earlier versions as they were', () => {
    const before = example('asp-england', 'valid.full');
    const review = example('asp-review-england', 'valid.full');
    review.data.reviewDetails.child = before.data.document.child;
    review.data.outcome.supportPlanOutcome = 'noChange';
    const { plan: next } = applyReview<Data>(before, review, mapping('asp-england', 'asp-review-england'), checked);
    expect(next.data.document.planHistory).toEqual(before.data.document.planHistory);
    expect(next.data.document.planDate).toBe(before.data.document.planDate);
  });
});
