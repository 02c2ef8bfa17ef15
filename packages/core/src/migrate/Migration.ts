import type { SchemaNode } from '../definition/schemaFields';

/** Moves the answer at `from` to `to` (a new name, or a new place). */
export interface RelocateOperation {
  op: 'rename' | 'move';
  from: string;
  to: string;
}

/**
 * Splits one text answer into parts at headings, without regular expressions (linear time). The parts
 * come in the order `headings` lists them; each later part starts at the first of its headings, in any
 * case, followed by optional spaces and `:`. The first part's heading may be left out.
 */
export interface HeadingSplitOperation {
  op: 'split';
  from: string;
  /** Part name to the headings that start it, in the order the parts appear in the answer. */
  headings: Record<string, string[]>;
  /** Where each part goes. */
  to: Record<string, string>;
  /** When a heading is missing: keep the answer aside (`preserve`, the default), or put it whole at `to`. */
  otherwise?: 'preserve' | { to: string };
}

/** Splits one text answer into several at a delimiter; the last place takes the rest. */
export interface DelimiterSplitOperation {
  op: 'split';
  from: string;
  delimiter: string;
  to: string[];
}

/** Joins several answers into one text, by a template (`{name}`) or a separator. */
export interface MergeOperation {
  op: 'merge';
  from: Record<string, string> | string[];
  to: string;
  /** Text with `{name}` for each source (named sources only). */
  template?: string;
  /** Placed between the answers that are present, when there is no template. Default: a blank line. */
  separator?: string;
}

/** Changes the codes of a choice or multi-select. */
export interface RemapOptionsOperation {
  op: 'remapOptions';
  at: string;
  /** Old code to new code; `null` when an old code has no new equivalent (the answer is kept aside). */
  map: Record<string, string | null>;
  /** Codes the map does not list: leave them (`keep`, the default) or set them aside (`preserve`). */
  unmapped?: 'keep' | 'preserve';
}

/** Gives a new field a value where a document has none. Never overwrites an answer. */
export interface SetDefaultOperation {
  op: 'setDefault';
  at: string;
  value: unknown;
}

/** Sets an answer aside on purpose: the form no longer asks the question. */
export interface PreserveOperation {
  op: 'preserve';
  from: string;
  reason?: string;
}

/** Runs a JavaScript function, for the rare change data cannot express. Hooks are passed in by the caller. */
export interface CodeOperation {
  op: 'code';
  /** Path of an ES module inside the migrations folder, e.g. `./2026.1-to-2026.2.mjs`. */
  module: string;
  /** The exported function to call. Default: `migrate`. */
  export?: string;
  description?: string;
}

/** One step of a migration. */
export type MigrationOperation =
  | RelocateOperation
  | HeadingSplitOperation
  | DelimiterSplitOperation
  | MergeOperation
  | RemapOptionsOperation
  | SetDefaultOperation
  | PreserveOperation
  | CodeOperation;

/** `migrations/<from>-to-<to>.json`: how documents of one version become documents of the next. */
export interface Migration {
  /** The file's name without `.json`, e.g. `2025.1-to-2026.1`. */
  name: string;
  form: string;
  from: string;
  to: string;
  description?: string;
  operations: MigrationOperation[];
}

/** An answer a migration could not place, kept in the document's `preserved` list. */
export interface PreservedValue {
  /** Where the answer was, as a JSON pointer into `data` of the older version. */
  from: string;
  value: unknown;
  /** Why it has no place, in plain English. */
  reason: string;
  /** The migration that set it aside. */
  migration: string;
}

/** What a code operation's function receives besides the data. */
export interface MigrationHookContext {
  form: string;
  from: string;
  to: string;
  /** Keeps an answer aside, named in the report. Use it for anything the new version has no place for. */
  preserve(from: string, value: unknown, reason: string): void;
}

/**
 * A code operation's function: returns the new data, or changes `data` in place and returns nothing.
 * It may return a promise; then only the async {@link migrateEnvelope} can run it.
 */
export type MigrationHook = (data: Record<string, unknown>, context: MigrationHookContext) => unknown;

/** Something a migration did to one document, said without its answers (reports never show data). */
export interface MigrationEvent {
  migration: string;
  /** The operation, or `removed-field` for an answer the new version has no field for. */
  op: MigrationOperation['op'] | 'removed-field';
  /** The concrete pointer the answer came from. */
  from?: string;
  /** The concrete pointers it went to. */
  to?: string[];
  outcome: 'moved' | 'split' | 'merged' | 'remapped' | 'defaulted' | 'preserved' | 'ran';
  /** Plain English. */
  detail: string;
}

/** What applying one migration to one document's data produced. */
export interface MigrationResult {
  data: Record<string, unknown>;
  preserved: PreservedValue[];
  events: MigrationEvent[];
}

/** The schemas either side of a migration, and the code its `code` operations run. */
export interface ApplyMigrationOptions {
  /** Schema of the version migrated from: fields it has and the next version lacks are never lost. */
  fromSchema?: SchemaNode;
  /** Schema of the version migrated to. */
  toSchema?: SchemaNode;
  /** Functions for `code` operations, by their `module` path. */
  hooks?: Readonly<Record<string, MigrationHook>>;
}

/** A saved document: the form, the version it was written against, its data, and anything set aside. */
export interface SavedDocument {
  form: string;
  version: string;
  data: Record<string, unknown>;
  /** Answers earlier migrations could not place. Never removed by the kit. */
  preserved?: PreservedValue[];
  [other: string]: unknown;
}

/** Everything the kit knows about the versions of one form: build it with {@link formVersions}. */
export interface FormVersionSet {
  form: string;
  /** The version the form publishes now. */
  current: string;
  /** Schemas by version: the current one and each kept older one. */
  schemas: ReadonlyMap<string, SchemaNode>;
  migrations: readonly Migration[];
  /** Functions for code operations, by `module` path. */
  hooks?: Readonly<Record<string, MigrationHook>>;
}

/** What migrating one document did. */
export interface EnvelopeMigration {
  document: SavedDocument;
  /** The migrations applied, oldest first (empty when the document was already at the target). */
  applied: string[];
  events: MigrationEvent[];
  /** Answers this run set aside (earlier ones stay in `document.preserved` too). */
  preserved: PreservedValue[];
}

/** How to migrate an envelope. */
export interface MigrateEnvelopeOptions {
  /** The version to bring the document to. Default: the form's current version. */
  target?: string;
  /** Deepest nesting of `data` accepted (default {@link MAX_DATA_DEPTH}); deeper documents are refused. */
  maxDepth?: number;
}

/** Deepest nesting of a document's data the migration functions accept by default. */
export const MAX_DATA_DEPTH = 100;
