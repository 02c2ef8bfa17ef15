/** Moves the answer at `from` to `to` (a new name, or a new place). */
export interface RelocateOperation {
  op: 'rename' | 'move';
  from: string;
  to: string;
}

/** Splits one text answer into several by a regular expression with named groups. */
export interface PatternSplitOperation {
  op: 'split';
  from: string;
  /** Anchored (`^...$`) regular expression; each named group is one part. */
  pattern: string;
  /** Regular expression flags: any of `i`, `m`, `s`, `u`. */
  flags?: string;
  /** Where each named group goes. */
  to: Record<string, string>;
  /** When the answer does not match: keep it aside (`preserve`, the default), or put it whole at `to`. */
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

/** Runs a JavaScript module, for the rare change data cannot express. Node only. */
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
  | PatternSplitOperation
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

/** A code operation's function: returns the new data, or changes `data` in place and returns nothing. */
export type MigrationHook = (data: Record<string, unknown>, context: MigrationHookContext) => unknown;
