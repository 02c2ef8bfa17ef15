import { redact } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { pointerTokens, type ReaderAudience } from '../definition/formModel';

type Json = Record<string, unknown>;

/** What one reader sees of a document, and enough to carry the reader's edits back into it. */
export interface AudienceView {
  /** The whole document, as the host gave it (or as edited). */
  readonly full: Json;
  /** What the reader may see: core's redaction of `full` (all of it for the agency). */
  readonly data: Json;
  /** Pointers (into `full`) of what redaction took out. */
  readonly removed: readonly string[];
  /**
   * Whether the list at a pointer (into `data`) holds things the reader cannot see: rows left out or
   * answers taken out of rows. Such a list's rows can be changed but not added, removed or moved,
   * so each visible row stays tied to its whole row in `full`.
   */
  isLocked(viewPointer: string): boolean;
  /** The pointer into `full` of a pointer into `data`. */
  toFull(viewPointer: string): string | undefined;
  /** The pointer into `data` of a pointer into `full`; undefined when the reader cannot see it. */
  toView(fullPointer: string): string | undefined;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reader's view of a document. `birthFamilyRecipient` picks the relative's own row (see core's `redact`). */
export function audienceView(
  definition: FormDefinitionData,
  full: Json,
  audience: ReaderAudience,
  birthFamilyRecipient?: number,
): AudienceView {
  if (audience === 'agency') {
    const same = (p: string) => p;
    return { full, data: full, removed: [], isLocked: () => false, toFull: same, toView: same };
  }
  const redaction = redact(
    definition,
    full,
    audience,
    birthFamilyRecipient === undefined ? {} : { birthFamilyRecipient },
  );
  const removed = redaction.removed;
  const isLocked = (viewPointer: string) => {
    const original = toOriginalPointer(full, removed, viewPointer);
    return original !== undefined && removedUnder(removed, original, false);
  };
  const toFull = (viewPointer: string) => toOriginalPointer(full, removed, viewPointer);
  const toView = (fullPointer: string) => toViewPointer(full, removed, fullPointer);
  return { full, data: redaction.data as Json, removed, isLocked, toFull, toView };
}

/** Whether redaction took out anything at (when `self`) or under a pointer. */
function removedUnder(removed: readonly string[], pointer: string, self = true): boolean {
  const prefix = `${pointer}/`;
  return removed.some((r) => (self && r === pointer) || r.startsWith(prefix));
}

/** The rows of the list at `pointer` in `full` that the reader sees, in order. */
function keptRows(removed: readonly string[], pointer: string, rows: readonly unknown[]): number[] {
  const gone = new Set(removed);
  return rows.map((_, i) => i).filter((i) => !gone.has(`${pointer}/${i}`));
}

/** Maps a pointer into the reader's view to the same place in the whole document. */
function toOriginalPointer(full: Json, removed: readonly string[], viewPointer: string): string | undefined {
  let node: unknown = full;
  let pointer = '';
  for (const token of pointerTokens(viewPointer)) {
    if (Array.isArray(node)) {
      const original = keptRows(removed, pointer, node)[Number(token)];
      if (original === undefined) return undefined;
      pointer = `${pointer}/${original}`;
      node = node[original];
    } else if (isObject(node)) {
      pointer = `${pointer}/${token}`;
      node = node[token];
    } else {
      pointer = `${pointer}/${token}`;
      node = undefined;
    }
  }
  return pointer;
}

/** Maps a pointer into the whole document to the reader's view; undefined when it was taken out. */
function toViewPointer(full: Json, removed: readonly string[], fullPointer: string): string | undefined {
  const gone = new Set(removed);
  let node: unknown = full;
  let pointer = '';
  let view = '';
  for (const token of pointerTokens(fullPointer)) {
    const next = `${pointer}/${token}`;
    if (gone.has(next)) return undefined;
    if (Array.isArray(node)) {
      const position = keptRows(removed, pointer, node).indexOf(Number(token));
      if (position === -1) return undefined;
      view = `${view}/${position}`;
    } else {
      view = `${view}/${token}`;
    }
    pointer = next;
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[token] : undefined;
  }
  return view;
}

/**
 * Carries a reader's edits back into the whole document: where the reader sees everything of a
 * part, their version replaces it; where something is hidden from them, only what they can see
 * changes and the hidden answers (and hidden rows) stay exactly as they were, even where a question
 * showed empty over a place redaction took out whole.
 */
export function mergeViewEdits(view: AudienceView, next: Json): Json {
  if (view.removed.length === 0) return next;
  const gone = new Set(view.removed);
  const merge = (full: unknown, before: unknown, after: unknown, pointer: string): unknown => {
    if (after === before) return full;
    // A place taken out whole stays as it was, whatever the reader typed where its question showed.
    if (gone.has(pointer)) return full;
    if (!removedUnder(view.removed, pointer)) return after;
    if (Array.isArray(full)) {
      const kept = keptRows(view.removed, pointer, full);
      const rowsBefore = Array.isArray(before) ? before : [];
      const rowsAfter = Array.isArray(after) ? after : [];
      const result = [...full];
      kept.forEach((original, i) => {
        result[original] = merge(full[original], rowsBefore[i], rowsAfter[i], `${pointer}/${original}`);
      });
      return result.filter((row) => row !== undefined);
    }
    if (isObject(full)) {
      const objectBefore = isObject(before) ? before : {};
      const objectAfter = isObject(after) ? after : {};
      const result: Json = { ...full };
      for (const key of new Set([...Object.keys(objectBefore), ...Object.keys(objectAfter)])) {
        const merged = merge(full[key], objectBefore[key], objectAfter[key], `${pointer}/${key}`);
        if (merged === undefined) delete result[key];
        else result[key] = merged;
      }
      return result;
    }
    return after;
  };
  return merge(view.full, view.data, next, '') as Json;
}
