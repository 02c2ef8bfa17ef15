import {
  assertArray,
  assertDepth,
  assertObject,
  assertString,
  cloneJson,
  guarded,
  setOwn,
} from '../definition/jsonInput';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import type { ClearedValue } from './applyHiddenData';
import { compareDocumentOrder } from './documentOrder';

/** The data with cleared answers put back, and any that could not be. */
export interface RestoreResult<T = Record<string, unknown>> {
  data: T;
  /** Pointers put back. */
  restored: string[];
  /**
   * Pointers left alone because something is there now (a person typed a new answer after the
   * field was cleared), or because the place no longer exists.
   */
  skipped: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (token: string) => /^(0|[1-9][0-9]*)$/.test(token);
const isForbidden = (token: string) => token === '__proto__' || token === 'constructor' || token === 'prototype';

/**
 * Undoes `applyHiddenData`: puts each cleared answer back where it was, first to last, so rows of a
 * list return to their positions. Never overwrites a value that is there now. Pure: the input is
 * not changed.
 */
export function restoreHiddenData<T = Record<string, unknown>>(
  data: unknown,
  cleared: readonly ClearedValue[],
): RestoreResult<T> {
  return guarded('restoreHiddenData', () => restore<T>(data, cleared));
}

function restore<T>(data: unknown, cleared: readonly ClearedValue[]): RestoreResult<T> {
  const site = { function: 'restoreHiddenData' };
  assertDepth({ ...site, argument: 'data' }, data);
  const fix = 'Pass the `cleared` list applyHiddenData returned.';
  assertArray({ ...site, argument: 'cleared' }, cleared, '', fix);
  for (const [i, entry] of cleared.entries()) {
    assertObject({ ...site, argument: 'cleared' }, entry, `/${i}`, fix);
    assertString({ ...site, argument: 'cleared' }, entry.pointer, `/${i}/pointer`, fix);
  }
  assertDepth({ ...site, argument: 'cleared' }, cleared);
  const next: Record<string, unknown> = isObject(data) ? cloneJson(data) : {};
  const restored: string[] = [];
  const skipped: string[] = [];
  const entries = cleared
    .flatMap((entry) => {
      try {
        return [{ entry, tokens: parsePointer(entry.pointer) }];
      } catch {
        skipped.push(entry.pointer);
        return [];
      }
    })
    .sort((a, b) => compareDocumentOrder(a.tokens, b.tokens));
  for (const { entry, tokens } of entries) {
    if (tokens.length === 0 || tokens.some(isForbidden)) {
      skipped.push(entry.pointer);
      continue;
    }
    // Make the containers on the way if they have gone since.
    let parent: unknown = next;
    for (let i = 0; i < tokens.length - 1; i += 1) {
      const token = tokens[i] as string;
      const container = parent as Record<string, unknown>;
      if (getAtPointer(container, [token]) === undefined && !Array.isArray(container)) {
        setOwn(container, token, isIndex(tokens[i + 1] as string) ? [] : {});
      }
      parent = getAtPointer(container, [token]);
      if (parent === null || typeof parent !== 'object') break;
    }
    const last = tokens.at(-1) as string;
    const value = cloneJson(entry.previous);
    if (Array.isArray(parent) && isIndex(last)) {
      parent.splice(Math.min(Number(last), parent.length), 0, value);
      restored.push(entry.pointer);
    } else if (isObject(parent) && getAtPointer(parent, [last]) === undefined) {
      setOwn(parent, last, value);
      restored.push(entry.pointer);
    } else {
      skipped.push(entry.pointer);
    }
  }
  return { data: next as T, restored, skipped };
}
