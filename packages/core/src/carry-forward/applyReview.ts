import type { FormEnvelope } from '@adoption-support/schemas';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
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

/** Options for {@link applyReview}. */
export interface ApplyReviewOptions {
  /** The date (YYYY-MM-DD) of the new version. The review's date by default. */
  date?: string;
}

/** The next version of a plan. */
export interface ApplyReviewResult<T = Record<string, unknown>> {
  plan: PlanEnvelope<T>;
  /** The plan's history, the version just replaced last. */
  history: PlanRevision[];
  /** What the review changed. */
  changes: PlanChange[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies a completed review to the plan it reviewed, with an `apply` mapping, and returns the next
 * version of the plan. The version replaced goes into the envelope's `history` with the date, the
 * review's date and outcome, and what changed. The review must have its date and outcome filled in,
 * and must be about the same child. Pure: neither document is changed.
 */
export function applyReview<T = Record<string, unknown>>(
  plan: PlanEnvelope,
  review: FormEnvelope,
  mapping: CarryForwardMapping,
  options: ApplyReviewOptions = {},
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
  if (options.date !== undefined && !isoDate.test(options.date)) {
    throw new CarryForwardError('The date of the new version is not a date. Pass it as YYYY-MM-DD.');
  }
  assertSameCase(mapping, review, plan, { source: 'review', target: 'plan' });

  const run = runMapping(mapping, review.data, plan.data, 'set');
  const revision = typeof plan.revision === 'number' && plan.revision >= 1 ? plan.revision : 1;
  const entry: PlanRevision = {
    revision,
    form: plan.form,
    version: plan.version,
    data: structuredClone(plan.data),
    replacedOn: options.date ?? reviewDate,
    replacedBy: { form: review.form, version: review.version, reviewDate, outcome: structuredClone(outcome) },
    changes: run.changes,
  };
  const history = [...(Array.isArray(plan.history) ? structuredClone(plan.history) : []), entry];
  const next: PlanEnvelope = { ...structuredClone(plan), data: run.data, revision: revision + 1, history };
  return { plan: next as PlanEnvelope<T>, history, changes: run.changes };
}
