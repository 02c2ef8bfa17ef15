import type { SchemaNode } from '@adoption-support/core';

/** What kind of change a field went through. */
export type ChangeKind =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'moved'
  | 'split'
  | 'merged'
  | 'made-required'
  | 'no-longer-required'
  | 'options-added'
  | 'options-removed'
  | 'options-remapped'
  | 'type-changed'
  | 'tightened'
  | 'relaxed'
  | 'audience-changed'
  | 'hidden-data-changed'
  | 'wording-changed';

/**
 * `breaking`: a document valid for the old version may be invalid for the new one, or an answer would
 * sit where the new version does not look, so saved documents need a migration. `compatible`: every
 * old document still fits.
 */
export type ChangeImpact = 'breaking' | 'compatible';

/** One change between two versions of a form. */
export interface FormChange {
  kind: ChangeKind;
  impact: ChangeImpact;
  /** The field's place in the data (new version's place when it has one), `*` for every row of a list. */
  pointer: string;
  /** Where the field was in the old version, when that differs. */
  from?: string;
  /** Where the field's answers go, when that differs (several for a split). */
  to?: string[];
  /** The field's English label (new wording when it has one). */
  field?: string;
  /** The section (Category) it is asked in. */
  section?: string;
  /** What changed, in plain English. */
  detail: string;
  /** The migration that carries saved documents across this change, if one does. */
  handledBy?: string;
}

/** One version of a form, as far as a diff needs it. */
export interface FormSnapshot {
  form: string;
  version: string;
  schema: SchemaNode;
  /** English strings, for field and section names. */
  english: Record<string, string>;
  /** The UI schema, to name each field's section. */
  uischema?: SchemaNode;
}

/** The change report between two versions of a form. */
export interface FormDiff {
  form: string;
  from: string;
  to: string;
  changes: FormChange[];
  breaking: number;
  compatible: number;
  /** The migrations between the versions that the report took renames and splits from. */
  migrations: string[];
}
