// The migration engine lives in @adoption-support/core; re-exported here so existing imports keep working.
export {
  type ApplyMigrationOptions,
  applyMigration,
  type CodeOperation,
  compareVersions,
  type DelimiterSplitOperation,
  type EnvelopeMigration,
  type FormVersionSet,
  type HeadingSplitOperation,
  isSavedDocument,
  type MergeOperation,
  type Migration,
  MigrationError,
  type MigrationEvent,
  type MigrationFileProblem,
  type MigrationHook,
  type MigrationHookContext,
  type MigrationOperation,
  type MigrationResult,
  migrateEnvelope,
  type PreservedValue,
  type PreserveOperation,
  parseMigration,
  planMigrations,
  type RelocateOperation,
  type RemapOptionsOperation,
  type SavedDocument,
  type SetDefaultOperation,
} from '@adoption-support/core';
export { type RunOptions, run, runFromProcess } from './cli';
export { EXIT } from './commands/Command';
export {
  type ChangeImpact,
  type ChangeKind,
  diffForms,
  type FormChange,
  type FormDiff,
  type FormSnapshot,
} from './diff/diffForms';
export { loadFormSnapshot } from './diff/loadFormSnapshot';
export { jsonPositions, positionOf, type SourcePosition, type ValuePosition } from './json/jsonPositions';
export type { LintProblem } from './lint/LintProblem';
export { type FormLint, formFoldersAt, type LintOptions, LintTargetError, lintFormFolder } from './lint/lintFormFolder';
export { type FormHistory, formVersionSet, type KeptVersion, loadFormHistory } from './migrate/loadFormHistory';
export { type DocumentOutcome, type MigrateFilesOptions, migrateFiles } from './migrate/migrateFiles';
export type { PreviewDefinition, PreviewState } from './preview/PreviewState';
export { PREVIEW_HOST, type PreviewOptions, type PreviewServer, startPreview } from './preview/startPreview';
export { dataTypeName, generateTypes } from './types/generateTypes';
