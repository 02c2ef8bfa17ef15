// Real values for the names a doc's code block uses without declaring them (`<!-- snippet: uses ... -->`),
// taken from the forms' own examples, so a block that runs, runs on a real document.
import {
  createRuleEngine,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  getAtPointer,
  parsePointer,
  type RulePack,
  type SavedDocument,
} from '@adoption-support/core';
import { aspEngland, aspReviewEngland, aspWales, type FormEnvelope } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import reviewIntoPlan from '@adoption-support/schemas/forms/asp-england/carry-forward/asp-review-england.json' with {
  type: 'json',
};

function example(form: keyof typeof formExamples, name: string): FormEnvelope {
  const found = formExamples[form][name];
  if (!found) throw new Error(`no example ${name} for ${form}`);
  return { form: found.form, version: found.version, data: structuredClone(found.data) };
}

/** A saved asp-england plan. */
export const envelope = example('asp-england', 'valid.full');
export const plan = envelope;
export const planEnvelope = envelope;
export const savedPlan: SavedDocument = { ...envelope };
/** Gives `review` the plan's answers to the mapping's same-case questions (the child's date of birth). */
function aboutTheSameChild(review: FormEnvelope, plan: FormEnvelope): FormEnvelope {
  for (const { source, target } of reviewIntoPlan.sameCase) {
    const path = parsePointer(source);
    const parent = getAtPointer(review.data, path.slice(0, -1)) as Record<string, unknown>;
    parent[path.at(-1) ?? ''] = getAtPointer(plan.data, target);
  }
  return review;
}
/** A completed review of the plan, and one just started. */
export const reviewEnvelope = aboutTheSameChild(example('asp-review-england', 'valid.full'), envelope);
export const draftReview: FormEnvelope = {
  form: aspReviewEngland.manifest.id,
  version: aspReviewEngland.manifest.version,
  data: {},
};
const packs = aspEngland.rulePacks as Record<string, RulePack>;
export const reviewsPack = packs.reviews as RulePack;
export const supportPack = packs.support as RulePack;
export const myHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS;
/** A rule engine with every pack of asp-england. */
export const engine = createRuleEngine({ packs: Object.values(packs) });
/** The asp-wales example, as a portal page would load it. */
export async function loadPlanFromMyServer(): Promise<Record<string, unknown>> {
  return example('asp-wales', 'valid.full').data;
}
/** A portal's own storage, which the docs' blocks call. */
export function saveDraft(data: Record<string, unknown>): void {
  void data;
}
export function submitPlan(submitted: FormEnvelope): void {
  if (submitted.version !== aspWales.manifest.version) throw new Error('submitted with an old version');
}
/** A portal's own way of showing a review's errors beside its fields. */
export function showErrors(errors: unknown[]): void {
  void errors;
}
/** React state, for a block that shows props only. */
export const data: Record<string, unknown> = envelope.data;
export function setData(next: Record<string, unknown>): void {
  void next;
}
