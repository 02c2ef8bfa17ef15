import type { FormDefinitionData } from '@adoption-support/schemas';
import type { LintProblem } from '../lint/LintProblem';

/**
 * The form definition as the preview page renders it: the whole definition (schema, UI schema,
 * strings and rule packs), as the kit's own form component takes it.
 */
export type PreviewDefinition = FormDefinitionData;

/** What `GET /api/form` returns: the form as it is on disk now, and what lint says about it. */
export interface PreviewState {
  /** Goes up by one each time a file in the folder changes. */
  revision: number;
  /** The definition, when its files could be read. */
  definition?: PreviewDefinition;
  /** The data of each example, by name (`valid.full`). */
  examples: Record<string, unknown>;
  problems: LintProblem[];
  /** False when the definition is too broken to draw (unreadable file, schema that does not compile). */
  renderable: boolean;
}
