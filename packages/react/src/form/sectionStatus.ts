import type { SectionModel } from '../definition/formModel';
import { isAnswered, valuesAt } from '../definition/valuesAt';
import type { KitFieldError } from '../validation/collectErrors';

/**
 * Where a section has got to, as the task list shows it: not started, in progress, complete (for the
 * document's stage), needed at this stage (answers left out, nothing wrong), or has problems (an
 * answer given in the wrong form, or a rule's objection to one).
 */
export type SectionState = 'notStarted' | 'inProgress' | 'completed' | 'needed' | 'errors';

/** A section's state, how many errors it has, and how many of those are answers still to give. */
export interface SectionStatus {
  state: SectionState;
  errorCount: number;
  /** The errors that are answers the stage still needs (`missing`), not problems with answers given. */
  missingCount: number;
}

/**
 * A section's status. Problems with answers given show once the section's errors have been shown
 * (after Continue or Submit): "has problems". Answers still needed show as soon as the section is
 * started, or once its errors have been shown: "needed at this stage". A section with no answers is
 * otherwise not started; one with answers and nothing to do is complete for this stage; one whose
 * problems are not shown yet is in progress.
 */
export function sectionStatus(
  section: SectionModel,
  data: unknown,
  errors: readonly KitFieldError[],
  revealed: boolean,
): SectionStatus {
  const own = errors.filter((e) => e.section === section.index);
  const errorCount = own.length;
  const missingCount = own.filter((e) => e.missing === true).length;
  const counts = { errorCount, missingCount };
  if (revealed && errorCount > missingCount) return { state: 'errors', ...counts };
  const answered = section.controls.some((c) => valuesAt(data, c.dataPath).some((v) => isAnswered(v.value)));
  if (!answered && !(revealed && missingCount > 0)) return { state: 'notStarted', ...counts };
  if (missingCount > 0) return { state: 'needed', ...counts };
  return { state: errorCount > 0 ? 'inProgress' : 'completed', ...counts };
}
