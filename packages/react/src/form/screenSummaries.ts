import { useMemo } from 'react';
import type { FormModel } from '../definition/formModel';
import type { PlacedDerived } from '../rules/placeDerived';
import type { KitFieldError } from '../validation/collectErrors';
import type { Revealed } from './continueAndSubmit';
import type { FormSession } from './FormSession';
import { type SectionStatus, sectionStatus } from './sectionStatus';

type Json = Record<string, unknown>;

/** One empty list, so that "no errors" never looks like a change to a memoised child. */
const NO_ERRORS: readonly KitFieldError[] = Object.freeze([]);

const errorSignature = (errors: readonly KitFieldError[]) =>
  errors.map((e) => `${e.pointer}\u0000${e.message}\u0000${e.parts?.join(',') ?? ''}`).join('\u0001');

/** What `useScreenSummaries` works with. */
interface ScreenSummariesOptions {
  model: FormModel;
  session: FormSession;
  /** The whole document as the screen last took it in. */
  full: Json;
  revealed: Revealed;
  errorsFor: (doc: Json) => KitFieldError[];
  visibleDerived: (doc: Json) => PlacedDerived[];
}

/** What the screen shows of the document besides the answers. */
export interface ScreenSummaries {
  /** The errors shown beside their fields, by pointer. */
  errorMap: Map<string, KitFieldError>;
  /** The errors in the error summary: none until a section's errors have been revealed. */
  summaryErrors: readonly KitFieldError[];
  /** Each section's state in the task list. */
  statuses: SectionStatus[];
  /** The worked-out values and where they are shown. */
  placed: PlacedDerived[];
}

/**
 * The errors, section statuses and worked-out values the screen shows: each the same object while
 * its content is unchanged, so that a keystroke does not redraw the task list, the summary or the
 * fields' errors.
 */
export function useScreenSummaries(options: ScreenSummariesOptions): ScreenSummaries {
  const { model, session, full, revealed, errorsFor, visibleDerived } = options;
  // `full` moves on in a transition while the reader types, so the checks below never hold up a keystroke.
  const allErrors = errorsFor(session.emittedOf(full));
  const shown = useMemo(
    () => allErrors.filter((e) => revealed === 'all' || revealed.has(e.section)),
    [allErrors, revealed],
  );
  const shownSignature = errorSignature(shown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the errors' content.
  const shownErrors = useMemo(() => shown, [shownSignature]);
  const errorMap = useMemo(() => new Map(shownErrors.map((e) => [e.pointer, e])), [shownErrors]);
  // `full` moves on with every edit; `session.view.data` is the view of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const computedStatuses = useMemo(
    () =>
      model.sections.map((section) =>
        sectionStatus(section, session.view.data, allErrors, revealed === 'all' || revealed.has(section.index)),
      ),
    [model, allErrors, revealed, full, session],
  );
  const statusSignature = computedStatuses.map((s) => `${s.state}:${s.errorCount}:${s.missingCount}`).join(',');
  // The same array while nothing in it changes, so the task list is not redrawn at every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the statuses.
  const statuses = useMemo(() => computedStatuses, [statusSignature]);
  const computedPlaced = useMemo(() => visibleDerived(full), [visibleDerived, full]);
  const placedSignature = JSON.stringify(computedPlaced.map((p) => [p.pointer, p.derived.value, p.derived.ruleId]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the values.
  const placed = useMemo(() => computedPlaced, [placedSignature]);
  const summaryErrors = revealed === 'all' || (revealed as ReadonlySet<number>).size > 0 ? shownErrors : NO_ERRORS;
  return { errorMap, summaryErrors, statuses, placed };
}
