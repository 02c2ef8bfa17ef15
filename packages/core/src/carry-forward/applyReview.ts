import type { FormDefinitionData, FormEnvelope } from '@adoption-support/schemas';
import {
  assertDefinition,
  assertDepth,
  cloneJson,
  guarded,
  isJsonObject,
  MAX_INPUT_DEPTH,
  optionsOf,
} from '../definition/jsonInput';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import { KitInputError } from '../errors';
import { type FieldError, type StandaloneValidator, toFieldErrors } from '../validation/toFieldErrors';
import { CarryForwardError } from './CarryForwardError';
import type { CarryForwardMapping } from './CarryForwardMapping';
import { assertEnvelope, assertSameCase, assertUsableMapping } from './checkDocuments';
import { mappingFile } from './mappingShapeProblems';
import { type PlanChange, runMapping } from './runMapping';

/** One earlier version of a plan, kept in the plan's envelope when a review replaced it. */
export interface PlanRevision {
  /** The version's number: 1 for the first plan, 2 after the first review applied, and so on. */
  revision: number;
  /** The form and form version that version's data follows. */
  form: string;
  version: string;
  /** The plan's data as it was. */
  data: Record<string, unknown>;
  /** The date (YYYY-MM-DD) the next version replaced it. */
  replacedOn: string;
  /** The review that replaced it. */
  replacedBy: { form: string; version: string; reviewDate: string; outcome: unknown };
  /** What the review changed, as pointers into the next version's data. */
  changes: PlanChange[];
}

/**
 * A saved plan with its history. `revision` counts the versions (absent means 1); `history` holds
 * every earlier version, oldest first. Both sit beside `data`, so redaction never shows them.
 */
export interface PlanEnvelope<T = Record<string, unknown>> extends FormEnvelope<T> {
  revision?: number;
  history?: PlanRevision[];
}

/** The review form, so that `applyReview` can check the review before applying it. */
export interface ReviewForm {
  /** The review form's definition (`forms['asp-review-england']`): it gives the errors their labels. */
  definition: FormDefinitionData;
  /**
   * The review form's validator: the precompiled one, `validator` from
   * `@adoption-support/schemas/asp-review-england`, or one compiled with `createAjv` on a server.
   */
  validate: StandaloneValidator;
}

/** Options for {@link applyReview}. */
export interface ApplyReviewOptions {
  /** The date (YYYY-MM-DD) of the new version. The review's date by default. */
  date?: string;
  /**
   * The review form and its validator. Required unless `draft` is true: a review that does not
   * validate is refused with a {@link ReviewNotValidError} listing its errors.
   */
  reviewForm?: ReviewForm;
  /** The language of the errors' labels and messages: `en` (default) or `cy`. */
  locale?: string;
  /**
   * Apply the review even if it does not validate (a draft, e.g. to preview the next version).
   * With `reviewForm`, the review's errors are still returned in `reviewErrors`.
   */
  draft?: boolean;
}

/** The next version of a plan. */
export interface ApplyReviewResult<T = Record<string, unknown>> {
  plan: PlanEnvelope<T>;
  /** The plan's history, the version just replaced last. */
  history: PlanRevision[];
  /** What the review changed. */
  changes: PlanChange[];
  /** A draft applied with `reviewForm`: the review's errors (empty when it validates). */
  reviewErrors?: FieldError[];
}

/**
 * A review that does not validate against its form, refused by {@link applyReview}. `errors` are the
 * review's field errors with labels and messages for people, as `toFieldErrors` gives them.
 */
export class ReviewNotValidError extends CarryForwardError {
  override name = 'ReviewNotValidError';
  constructor(readonly errors: FieldError[]) {
    super(
      `The review does not validate (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}): ` +
        `${errors
          .slice(0, 5)
          .map((e) => `${e.pointer} ${e.message}`)
          .join('; ')}. Correct the review, or pass { draft: true } to apply it as a draft.`,
    );
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies a completed review to the plan it reviewed, with an `apply` mapping, and returns the next
 * version of the plan. The version replaced goes into the envelope's `history` with the date, the
 * review's date and outcome, and what changed. The review must have its date and outcome filled in,
 * and must be about the same child. Pure: neither document is changed.
 *
 * The review must validate: pass its form as `reviewForm` ({ definition, validate }), and a review
 * with errors is refused with a {@link ReviewNotValidError} whose `errors` are labelled field errors.
 * To apply a review that has not been checked or does not validate, pass `{ draft: true }`.
 */
export function applyReview<T = Record<string, unknown>>(
  plan: PlanEnvelope,
  review: FormEnvelope,
  mapping: CarryForwardMapping,
  options: ApplyReviewOptions = {},
): ApplyReviewResult<T> {
  return guarded('applyReview', () => {
    const site = { function: 'applyReview' };
    for (const [argument, value] of [
      ['plan', plan],
      ['review', review],
      ['mapping', mapping],
    ] as const) {
      assertDepth({ ...site, argument }, value);
    }
    const settings = optionsOf<ApplyReviewOptions>(site, options);
    assertDepth({ ...site, argument: 'options' }, settings.date, MAX_INPUT_DEPTH, '/date');
    return apply<T>(plan, review, mapping, settings);
  });
}

/** The review's field errors, or undefined when no review form was given. */
function reviewErrorsOf(review: FormEnvelope, options: Partial<ApplyReviewOptions>): FieldError[] | undefined {
  const { reviewForm, draft } = options;
  if (draft !== undefined && typeof draft !== 'boolean') {
    throw new KitInputError({
      function: 'applyReview',
      argument: 'options',
      pointer: '/draft',
      problem: 'draft must be true or false.',
      fix: 'Pass { draft: true } to apply a review that does not validate, or leave it out.',
    });
  }
  if (reviewForm === undefined) {
    if (draft === true) return undefined;
    throw new KitInputError({
      function: 'applyReview',
      argument: 'options',
      pointer: '/reviewForm',
      problem: 'No review form was given, so the review cannot be checked before it is applied.',
      fix: "Pass { reviewForm: { definition, validate } } (e.g. validators['asp-review-england']), or { draft: true } to apply it unchecked.",
    });
  }
  const site = { function: 'applyReview', argument: 'options' };
  if (!isJsonObject(reviewForm) || typeof reviewForm.validate !== 'function') {
    throw new KitInputError({
      ...site,
      pointer: '/reviewForm',
      problem: 'reviewForm must be { definition, validate } with a validator function.',
      fix: "Pass the review form's definition and its precompiled validator.",
    });
  }
  assertDefinition({ ...site, argument: 'options.reviewForm' }, reviewForm.definition);
  if (reviewForm.validate(review.data)) return [];
  return toFieldErrors(reviewForm.definition, reviewForm.validate.errors ?? [], { locale: options.locale });
}

function apply<T>(
  plan: PlanEnvelope,
  review: FormEnvelope,
  mapping: CarryForwardMapping,
  options: Partial<ApplyReviewOptions>,
): ApplyReviewResult<T> {
  assertUsableMapping(mapping, 'apply');
  const file = mappingFile(mapping);
  assertEnvelope(plan, 'plan', mapping.target.form, [mapping.target.version], file);
  assertEnvelope(review, 'review', mapping.source.form, mapping.source.versions, file);
  const fields = mapping.review as { date: string; outcome: string };
  const reviewDate = getAtPointer(review.data, parsePointer(fields.date));
  const outcome = getAtPointer(review.data, parsePointer(fields.outcome));
  for (const [pointer, value] of [
    [fields.date, reviewDate],
    [fields.outcome, outcome],
  ] as const) {
    if (value === undefined || value === null || value === '') {
      throw new CarryForwardError(
        `The review is not complete: ${pointer} is empty. Complete the review before applying it to the plan.`,
      );
    }
  }
  if (typeof reviewDate !== 'string' || !isoDate.test(reviewDate)) {
    throw new CarryForwardError(`The review's date at ${fields.date} is not a date. Enter it as YYYY-MM-DD.`);
  }
  if (options.date !== undefined && (typeof options.date !== 'string' || !isoDate.test(options.date))) {
    throw new CarryForwardError('The date of the new version is not a date. Pass it as YYYY-MM-DD.');
  }
  assertSameCase(mapping, review, plan, { source: 'review', target: 'plan' });
  const reviewErrors = reviewErrorsOf(review, options);
  if (reviewErrors && reviewErrors.length > 0 && options.draft !== true) throw new ReviewNotValidError(reviewErrors);

  const run = runMapping(mapping, review.data, plan.data, 'set');
  const revision = typeof plan.revision === 'number' && plan.revision >= 1 ? plan.revision : 1;
  const entry: PlanRevision = {
    revision,
    form: plan.form,
    version: plan.version,
    data: cloneJson(plan.data),
    replacedOn: options.date ?? reviewDate,
    replacedBy: { form: review.form, version: review.version, reviewDate, outcome: cloneJson(outcome) },
    changes: run.changes,
  };
  const history = [...(Array.isArray(plan.history) ? cloneJson(plan.history) : []), entry];
  const next: PlanEnvelope = { ...cloneJson(plan), data: run.data, revision: revision + 1, history };
  return {
    plan: next as PlanEnvelope<T>,
    history,
    changes: run.changes,
    ...(reviewErrors === undefined || options.draft !== true ? {} : { reviewErrors }),
  };
}
