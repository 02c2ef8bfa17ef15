import type { Audience } from '@adoption-support/schemas';

/**
 * One rule of a carry-forward mapping: where a value comes from and where it goes.
 *
 * Pointers are JSON pointers into a document's `data`, with three extra tokens:
 * - `*` every row of a list. In `to`, each `*` takes the position of the matching `*` in the source,
 *   in order; with no `*` in `to`, the first match is used.
 * - `$last` (source only) the last row of a list.
 * - `-` (`to` only, apply mappings only) a new row at the end of a list. Every rule of one mapping
 *   that writes through the same `-` writes to the same new row.
 */
export interface CarryForwardRule {
  /** Where the value comes from in the source document (the plan, the assessment, or the review). */
  from?: string;
  /** Apply mappings only: where the value comes from in the target as it was before applying. */
  fromTarget?: string;
  /** A fixed value to write. */
  value?: unknown;
  /**
   * What to take from each match: the value itself (the default), the 1-based position of the row
   * the last `*` matched (`rowNumber`), or one more than the number of rows in the list
   * (`nextRowNumber`, 1 for a list not there yet).
   */
  take?: 'value' | 'rowNumber' | 'nextRowNumber';
  /** Write numbers as text. */
  as?: 'string';
  /** Where the value goes in the target document. */
  to: string;
  /** Choice codes translated from the source's to the target's; a code not listed is not carried. */
  map?: Record<string, unknown>;
  /** Choice codes that are not carried over (everything else is carried as it is). */
  skipValues?: unknown[];
  /** The rule runs only when the source holds one of the listed values at every pointer given. */
  when?: Record<string, unknown[]>;
  /**
   * Only rows of the first `*` in the source whose field (a pointer inside the row) holds one of
   * the listed values.
   */
  where?: Record<string, unknown[]>;
  /**
   * Finds the target row for each source row by a key instead of by position. `source` and `target`
   * are pointers inside a row; `#` as `target` means the row's 1-based position.
   */
  match?: { source: string; target: string };
  /** With `match`: what to do with a source row no target row matches. `skip` by default. */
  unmatched?: 'skip' | 'append';
  /**
   * Audiences the target field is shown to that the source field is not, accepted on purpose. A
   * rule that would show an answer to a wider audience fails the mapping check without this.
   */
  allowWider?: Audience[];
  /** A note for the person reading the mapping. */
  note?: string;
}

/** A mapping file: `schemas/forms/<target>/carry-forward/<source>.json`. */
export interface CarryForwardMapping {
  $comment?: string;
  /**
   * `prefill` starts (or tops up) a target document and never overwrites what is typed there;
   * `apply` writes a completed review into the next version of a plan.
   */
  kind: 'prefill' | 'apply';
  /** What the mapping is for, in plain English. */
  description: string;
  /** The form the values come from, and the versions of it the mapping reads. */
  source: { form: string; versions: string[] };
  /** The form the values go to, and the version of it the mapping writes. */
  target: { form: string; version: string };
  /**
   * Pairs of fields that must hold the same value when both are filled in, so that a review is never
   * applied to another child's plan.
   */
  sameCase?: { source: string; target: string }[];
  /** Apply mappings: where the review records its date and its outcome. Both must be filled in. */
  review?: { date: string; outcome: string };
  /** Audiences the mapping as a whole may widen to (see {@link CarryForwardRule.allowWider}). */
  allowWider?: Audience[];
  /** The rules, in order. In a prefill, the first rule to fill a field wins. */
  rules: CarryForwardRule[];
}

/** Something wrong with a mapping file, said in plain English with the fix. */
export interface CarryForwardProblem {
  /** The mapping file, e.g. `asp-review-england/carry-forward/asp-england.json`. */
  file: string;
  /** JSON pointer inside the mapping file, e.g. `/rules/3/from`. */
  pointer: string;
  message: string;
  fix: string;
}

/** One value carried from the source to the target. */
export interface CarriedValue {
  /** JSON pointer into the source's data, or `(value)` for a fixed value. */
  from: string;
  /** JSON pointer into the target's data. */
  to: string;
}
