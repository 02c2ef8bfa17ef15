import { type SchemaNode, schemaFields } from '../definition/schemaFields';
import {
  bindTokens,
  canWrite,
  isJsonObject,
  matchPlaces,
  pointerTokens,
  removeAt,
  replaceInPlace,
  tokensPointer,
  valueAt,
  writeAt,
} from './documentPaths';
import type {
  DelimiterSplitOperation,
  HeadingSplitOperation,
  MergeOperation,
  Migration,
  MigrationEvent,
  PreservedValue,
  PreserveOperation,
  RelocateOperation,
  RemapOptionsOperation,
  SetDefaultOperation,
} from './Migration';
import { cloneData, MigrationError } from './MigrationError';
import { prepareHeadings, splitAtHeadings } from './splitAtHeadings';

/** The document being migrated and what has happened to it so far. */
export interface RunState {
  data: Record<string, unknown>;
  readonly migration: Migration;
  readonly preserved: PreservedValue[];
  readonly events: MigrationEvent[];
}

const isScalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const samePlace = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

export function event(state: RunState, e: Omit<MigrationEvent, 'migration'>): void {
  state.events.push({ migration: state.migration.name, ...e });
}

/** Sets an answer aside in `preserved`, with where it was and why. */
export function setAside(
  state: RunState,
  tokens: readonly string[],
  value: unknown,
  reason: string,
  op: MigrationEvent['op'],
): void {
  const from = tokensPointer(tokens);
  state.preserved.push({
    from,
    value: cloneData(value, 'applyMigration', 'input'),
    reason,
    migration: state.migration.name,
  });
  event(state, { op, from, outcome: 'preserved', detail: reason });
}

/** Moves the answer at `from` to `to`, or sets it aside if `to` is taken. */
function relocate(state: RunState, op: MigrationEvent['op'], from: string[], to: string[], value: unknown): void {
  if (samePlace(from, to)) return;
  const blocked = canWrite(state.data, to);
  if (!blocked && replaceInPlace(state.data, from, [[to, value]])) {
    event(state, { op, from: tokensPointer(from), to: [tokensPointer(to)], outcome: 'moved', detail: 'moved' });
    return;
  }
  removeAt(state.data, from);
  if (blocked) {
    const why = blocked === 'occupied' ? 'which already holds an answer' : 'where the document has no group for it';
    setAside(state, from, value, `It could not go to ${tokensPointer(to)}, ${why}.`, op);
    return;
  }
  writeAt(state.data, to, value);
  event(state, { op, from: tokensPointer(from), to: [tokensPointer(to)], outcome: 'moved', detail: 'moved' });
}

export function relocateAll(state: RunState, operation: RelocateOperation): void {
  const to = pointerTokens(operation.to);
  for (const place of matchPlaces(state.data, pointerTokens(operation.from))) {
    const value = valueAt(state.data, place.tokens);
    relocate(state, operation.op, place.tokens, bindTokens(to, place.bindings), value);
  }
}

function writeParts(state: RunState, from: string[], value: unknown, parts: { tokens: string[]; text: string }[]) {
  const filled = parts.filter((p) => p.text !== '');
  const taken = filled.find((p) => !samePlace(p.tokens, from) && canWrite(state.data, p.tokens));
  if (taken) {
    removeAt(state.data, from);
    setAside(
      state,
      from,
      value,
      `It could not be split: ${tokensPointer(taken.tokens)} already holds an answer.`,
      'split',
    );
    return;
  }
  if (
    !replaceInPlace(
      state.data,
      from,
      filled.map((p) => [p.tokens, p.text]),
    )
  ) {
    removeAt(state.data, from);
    for (const part of filled) writeAt(state.data, part.tokens, part.text);
  }
  const empty = parts.filter((p) => p.text === '').map((p) => tokensPointer(p.tokens));
  event(state, {
    op: 'split',
    from: tokensPointer(from),
    to: filled.map((p) => tokensPointer(p.tokens)),
    outcome: 'split',
    detail: empty.length > 0 ? `split; nothing for ${empty.join(', ')}` : 'split',
  });
}

const NOT_TEXT = 'The answer is not text, so it could not be split.';

export function splitAtHeadingsOp(state: RunState, operation: HeadingSplitOperation): void {
  const parts = Object.entries(operation.headings).map(([part, headings]) => ({
    headings: prepareHeadings(headings),
    tokens: pointerTokens(operation.to[part] as string),
  }));
  const prepared = parts.map((p) => p.headings);
  for (const place of matchPlaces(state.data, pointerTokens(operation.from))) {
    const value = valueAt(state.data, place.tokens);
    const texts = typeof value === 'string' ? splitAtHeadings(value, prepared) : undefined;
    if (!texts) {
      const why =
        typeof value === 'string'
          ? 'The answer does not have the shape the split expects, so it could not be split.'
          : NOT_TEXT;
      if (isJsonObject(operation.otherwise)) {
        const to = bindTokens(pointerTokens(operation.otherwise.to), place.bindings);
        relocate(state, 'split', place.tokens, to, value);
      } else {
        removeAt(state.data, place.tokens);
        setAside(state, place.tokens, value, `${why} Copy it into the new fields by hand.`, 'split');
      }
      continue;
    }
    const written = parts.map((p, i) => ({ tokens: bindTokens(p.tokens, place.bindings), text: texts[i] ?? '' }));
    writeParts(state, place.tokens, value, written);
  }
}

export function splitAtDelimiterOp(state: RunState, operation: DelimiterSplitOperation): void {
  for (const place of matchPlaces(state.data, pointerTokens(operation.from))) {
    const value = valueAt(state.data, place.tokens);
    if (typeof value !== 'string') {
      removeAt(state.data, place.tokens);
      setAside(state, place.tokens, value, NOT_TEXT, 'split');
      continue;
    }
    const count = operation.to.length;
    const pieces = value.split(operation.delimiter, count - 1);
    const used = pieces.reduce((sum, piece) => sum + piece.length + operation.delimiter.length, 0);
    const texts = pieces.length === count - 1 ? [...pieces, value.slice(used)] : pieces;
    const parts = operation.to.map((pointer, i) => ({
      tokens: bindTokens(pointerTokens(pointer), place.bindings),
      text: texts[i]?.trim() ?? '',
    }));
    writeParts(state, place.tokens, value, parts);
  }
}

export function merge(state: RunState, operation: MergeOperation): void {
  const sources = Array.isArray(operation.from)
    ? operation.from.map((p, i) => [String(i), pointerTokens(p)] as const)
    : Object.entries(operation.from).map(([key, p]) => [key, pointerTokens(p)] as const);
  const to = pointerTokens(operation.to);
  const bindingSets = new Map<string, string[]>();
  for (const [, tokens] of sources) {
    for (const place of matchPlaces(state.data, tokens)) bindingSets.set(place.bindings.join('/'), place.bindings);
  }
  for (const bindings of bindingSets.values()) {
    const present = sources
      .map(([key, tokens]) => {
        const concrete = bindTokens(tokens, bindings);
        return { key, tokens: concrete, value: valueAt(state.data, concrete) };
      })
      .filter((s) => s.value !== undefined);
    for (const s of present.filter((p) => !isScalar(p.value))) {
      removeAt(state.data, s.tokens);
      setAside(
        state,
        s.tokens,
        s.value,
        'The answer is a list or a group, so it could not be joined into text.',
        'merge',
      );
    }
    const scalars = present.filter((p) => isScalar(p.value));
    if (scalars.length === 0) continue;
    const target = bindTokens(to, bindings);
    const intoSource = scalars.some((s) => samePlace(s.tokens, target));
    const blocked = canWrite(state.data, target);
    if (!intoSource && blocked) {
      for (const s of scalars) {
        removeAt(state.data, s.tokens);
        setAside(
          state,
          s.tokens,
          s.value,
          `It could not be merged: ${tokensPointer(target)} already holds an answer.`,
          'merge',
        );
      }
      continue;
    }
    const byKey = new Map(scalars.map((s) => [s.key, String(s.value)]));
    const text = operation.template
      ? operation.template.replace(/\{(\w+)\}/g, (_, key: string) => byKey.get(key) ?? '').trim()
      : scalars.map((s) => String(s.value)).join(operation.separator ?? '\n\n');
    for (const s of scalars) removeAt(state.data, s.tokens);
    writeAt(state.data, target, text);
    event(state, {
      op: 'merge',
      from: scalars.map((s) => tokensPointer(s.tokens)).join(', '),
      to: [tokensPointer(target)],
      outcome: 'merged',
      detail: 'merged',
    });
  }
}

export function remap(state: RunState, operation: RemapOptionsOperation): void {
  const unmapped = operation.unmapped ?? 'keep';
  const version = state.migration.to;
  const mapOne = (code: unknown, tokens: string[]): { keep: boolean; value: unknown } => {
    if (typeof code !== 'string') return { keep: true, value: code };
    if (Object.hasOwn(operation.map, code)) {
      const next = operation.map[code];
      if (next === null || next === undefined) {
        setAside(state, tokens, code, `The option "${code}" has no equivalent in version ${version}.`, 'remapOptions');
        return { keep: false, value: undefined };
      }
      return { keep: true, value: next };
    }
    if (unmapped === 'preserve') {
      setAside(state, tokens, code, `The option "${code}" is not one version ${version} offers.`, 'remapOptions');
      return { keep: false, value: undefined };
    }
    return { keep: true, value: code };
  };
  for (const place of matchPlaces(state.data, pointerTokens(operation.at))) {
    const value = valueAt(state.data, place.tokens);
    const at = tokensPointer(place.tokens);
    if (Array.isArray(value)) {
      const next: unknown[] = [];
      const seen = new Set<unknown>();
      value.forEach((code, i) => {
        const mapped = mapOne(code, [...place.tokens, String(i)]);
        const key = typeof mapped.value === 'string' ? mapped.value : {};
        if (mapped.keep && !seen.has(key)) {
          seen.add(key);
          next.push(mapped.value);
        }
      });
      writeAt(state.data, place.tokens, next);
      event(state, { op: 'remapOptions', from: at, to: [at], outcome: 'remapped', detail: 'options remapped' });
    } else {
      const mapped = mapOne(value, place.tokens);
      if (mapped.keep) writeAt(state.data, place.tokens, mapped.value);
      else removeAt(state.data, place.tokens);
      if (mapped.keep && mapped.value !== value) {
        event(state, { op: 'remapOptions', from: at, to: [at], outcome: 'remapped', detail: 'option remapped' });
      }
    }
  }
}

export function setDefault(state: RunState, operation: SetDefaultOperation): void {
  const tokens = pointerTokens(operation.at);
  const leaf = tokens.at(-1) as string;
  const parent = tokens.slice(0, -1);
  const targets = parent.includes('*') ? matchPlaces(state.data, parent).map((p) => [...p.tokens, leaf]) : [tokens];
  for (const target of targets) {
    if (valueAt(state.data, target) !== undefined || canWrite(state.data, target)) continue;
    writeAt(state.data, target, cloneData(operation.value, 'applyMigration', 'migration'));
    event(state, { op: 'setDefault', to: [tokensPointer(target)], outcome: 'defaulted', detail: 'given its default' });
  }
}

export function preserveOp(state: RunState, operation: PreserveOperation): void {
  for (const place of matchPlaces(state.data, pointerTokens(operation.from))) {
    const value = valueAt(state.data, place.tokens);
    removeAt(state.data, place.tokens);
    const reason = operation.reason ?? `Version ${state.migration.to} no longer asks this question.`;
    setAside(state, place.tokens, value, reason, 'preserve');
  }
}

const removedFieldCache = new WeakMap<SchemaNode, WeakMap<SchemaNode, string[][]>>();

/** Data paths of fields the older schema has and the newer one lacks (outermost only). Cached. */
function removedFields(fromSchema: SchemaNode, toSchema: SchemaNode): string[][] {
  let byTarget = removedFieldCache.get(fromSchema);
  const cached = byTarget?.get(toSchema);
  if (cached) return cached;
  const key = (path: readonly string[]) => path.join('\u0000');
  let kept: Set<string>;
  let older: string[][];
  try {
    kept = new Set(schemaFields(toSchema).map((f) => key(f.dataPath)));
    older = schemaFields(fromSchema).map((f) => f.dataPath);
  } catch (error) {
    throw new MigrationError(
      `The schemas either side of the migration cannot be read (${error instanceof Error ? error.message : 'unknown fault'}). Build the versions with formVersions().`,
    );
  }
  const enclosing = (path: readonly string[]) => {
    const parent = path.slice(0, -1);
    return parent.at(-1) === '*' ? parent.slice(0, -1) : parent;
  };
  const removed = older.filter((path) => {
    if (kept.has(key(path))) return false;
    const parent = enclosing(path);
    return parent.length === 0 || kept.has(key(parent)); // else an enclosing field went: it carries this one
  });
  if (!byTarget) {
    byTarget = new WeakMap();
    removedFieldCache.set(fromSchema, byTarget);
  }
  byTarget.set(toSchema, removed);
  return removed;
}

/** Sets aside answers to fields the new version no longer has, which no operation placed. */
export function preserveRemovedFields(state: RunState, fromSchema: SchemaNode, toSchema: SchemaNode): void {
  const { migration } = state;
  for (const path of removedFields(fromSchema, toSchema)) {
    for (const place of matchPlaces(state.data, path)) {
      const value = valueAt(state.data, place.tokens);
      removeAt(state.data, place.tokens);
      const reason = `Version ${migration.to} no longer has this field, and migration ${migration.name} gives its answer no new place.`;
      setAside(state, place.tokens, value, reason, 'removed-field');
    }
  }
}
