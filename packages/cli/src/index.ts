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
export {
  type ApplyMigrationOptions,
  applyMigration,
  MigrationError,
  type MigrationEvent,
  type MigrationResult,
} from './migrate/applyMigration';
export { type FormHistory, formVersionSet, type KeptVersion, loadFormHistory } from './migrate/loadFormHistory';
export type {
  CodeOperation,
  DelimiterSplitOperation,
  MergeOperation,
  Migration,
  MigrationHook,
  MigrationHookContext,
  MigrationOperation,
  PatternSplitOperation,
  PreservedValue,
  PreserveOperation,
  RelocateOperation,
  RemapOptionsOperation,
  SetDefaultOperation,
} from './migrate/Migration';
export {
  type EnvelopeMigration,
  type FormVersionSet,
  isSavedDocument,
  migrateEnvelope,
  type SavedDocument,
} from './migrate/migrateEnvelope';
export { type DocumentOutcome, type MigrateFilesOptions, migrateFiles } from './migrate/migrateFiles';
export { compareVersions, type MigrationFileProblem, parseMigration } from './migrate/parseMigration';
export { planMigrations } from './migrate/planMigrations';
export type { PreviewDefinition, PreviewState } from './preview/PreviewState';
export { PREVIEW_HOST, type PreviewOptions, type PreviewServer, startPreview } from './preview/startPreview';
export { dataTypeName, generateTypes } from './types/generateTypes';
