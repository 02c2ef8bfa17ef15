import type { SectionModel } from '../definition/formModel';
import { isAnswered, valuesAt } from '../definition/valuesAt';
import type { KitFieldError } from '../validation/collectErrors';

/** Where a section has got to, as the task list shows it. */
export type SectionState = 'notStarted' | 'inProgress' | 'completed' | 'errors';

/** A section's state and how many errors it has. */
export interface SectionStatus {
  state: SectionState;
  errorCount: number;
}

/**
 * A section's status: "has errors" once its errors have been shown (after Continue or Submit),
 * otherwise not started (no answers yet), in progress (answers, but something still to do) or
 * completed (answers and nothing to fix).
 */
export function sectionStatus(
  section: SectionModel,
  data: unknown,
  errors: readonly KitFieldError[],
  revealed: boolean,
): SectionStatus {
  const errorCount = errors.filter((e) => e.section === section.index).length;
  if (revealed && errorCount > 0) return { state: 'errors', errorCount };
  const answered = section.controls.some((c) => valuesAt(data, c.dataPath).some((v) => isAnswered(v.value)));
  if (!answered) return { state: 'notStarted', errorCount };
  return { state: errorCount > 0 ? 'inProgress' : 'completed', errorCount };
}
