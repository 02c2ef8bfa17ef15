/** Why a document could not be migrated, in a word. */
export type FailureReason =
  | 'unreadable'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'not-saved-document'
  | 'unknown-form'
  | 'form-unreadable'
  | 'unknown-version'
  | 'newer-version'
  | 'no-migration-path'
  | 'migration-failed'
  | 'unwritable'
  | 'unexpected-error';

/** Each reason as the summary names it, in the order the summary lists them. */
export const FAILURE_REASONS: Readonly<Record<FailureReason, string>> = {
  unreadable: 'could not be read',
  'too-large': 'too large to be a saved document',
  'not-json': 'not valid JSON',
  'too-deep': 'nested too deeply',
  'not-saved-document': 'not a saved document',
  'unknown-form': 'for a form that is not in the forms folder',
  'form-unreadable': 'for a form whose folder has faults (run adoption-support lint)',
  'unknown-version': 'at a version the form does not keep',
  'newer-version': 'newer than the version asked for',
  'no-migration-path': 'with no chain of migrations to the version asked for',
  'migration-failed': 'stopped by a migration',
  unwritable: 'could not be written',
  'unexpected-error': 'stopped by a fault in the kit',
};

/** A failed outcome's fields: the reason in a word and in a sentence. */
export function failure(
  reason: FailureReason,
  message: string,
): { status: 'failed'; reason: FailureReason; message: string } {
  return { status: 'failed', reason, message };
}
