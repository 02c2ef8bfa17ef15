export { applyMigration, applyMigrationSync } from './applyMigration';
export type { MigrationFileProblem } from './checkOperation';
export { type FormVersionsOptions, formVersions, type VersionedDefinition } from './formVersions';
export type {
  ApplyMigrationOptions,
  CodeOperation,
  DelimiterSplitOperation,
  EnvelopeMigration,
  FormVersionSet,
  HeadingSplitOperation,
  MergeOperation,
  MigrateEnvelopeOptions,
  Migration,
  MigrationEvent,
  MigrationHook,
  MigrationHookContext,
  MigrationOperation,
  MigrationResult,
  PreservedValue,
  PreserveOperation,
  RelocateOperation,
  RemapOptionsOperation,
  SavedDocument,
  SetDefaultOperation,
} from './Migration';
export { MAX_DATA_DEPTH } from './Migration';
export { MigrationError } from './MigrationError';
export { isSavedDocument, migrateEnvelope, migrateEnvelopeSync } from './migrateEnvelope';
export { compareVersions, parseMigration } from './parseMigration';
export { planMigrations } from './planMigrations';
