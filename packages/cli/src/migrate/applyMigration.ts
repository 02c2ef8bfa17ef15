import { type SchemaNode, schemaFields } from '@adoption-support/core';
import { isJsonObject, type JsonObject } from '../definition';
import {
  bindTokens,
  canWrite,
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
  MergeOperation,
  Migration,
  MigrationHook,
  MigrationOperation,
  PatternSplitOperation,
  PreservedValue,
  RemapOptionsOperation,
} from './Migration';

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
  data: JsonObject;
  preserved: PreservedValue[];
  events: MigrationEvent[];
}

/** The schemas either side of a migration, and the code its `code` operations run. */
export interface ApplyMigrationOptions {
  /** Schema of the version migrated from: fields it has and the next version lacks are never lost. */
  fromSchema?: SchemaNode;
  /** Schema of the version migrated to. */
  toSchema?: SchemaNode;
  /** Functions for `code` operations, by their `module` path. Loaded by the Node side only. */
  hooks?: Readonly<Record<string, MigrationHook>>;
}

/** A migration that cannot run at all (a code module that was not loaded, a hook that failed). */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

const isScalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const samePlace = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Applies one migration to a document's data, in the order its operations are written. Never overwrites
 * an answer and never drops one: anything without a place goes to `preserved` with the reason. With
 * both schemas given, answers to fields the new version no longer has (and no operation placed) are
 * preserved too.
 */
export async function applyMigration(
  input: JsonObject,
  migration: Migration,
  options: ApplyMigrationOptions = {},
): Promise<MigrationResult> {
  let data = structuredClone(input);
  const preserved: PreservedValue[] = [];
  const events: MigrationEvent[] = [];
  const name = migration.name;
  const event = (e: Omit<MigrationEvent, 'migration'>) => events.push({ migration: name, ...e });
  const setAside = (tokens: readonly string[], value: unknown, reason: string, op: MigrationEvent['op']) => {
    const from = tokensPointer(tokens);
    preserved.push({ from, value: structuredClone(value), reason, migration: name });
    event({ op, from, outcome: 'preserved', detail: reason });
  };
  /** Moves the answer at `from` to `to`, or sets it aside if `to` is taken. */
  const relocate = (op: MigrationEvent['op'], from: string[], to: string[], value: unknown) => {
    if (samePlace(from, to)) return;
    const blocked = canWrite(data, to);
    if (!blocked && replaceInPlace(data, from, [[to, value]])) {
      event({ op, from: tokensPointer(from), to: [tokensPointer(to)], outcome: 'moved', detail: 'moved' });
      return;
    }
    removeAt(data, from);
    if (blocked) {
      setAside(from, value, `It could not go to ${tokensPointer(to)}, which already holds an answer.`, op);
      return;
    }
    writeAt(data, to, value);
    event({ op, from: tokensPointer(from), to: [tokensPointer(to)], outcome: 'moved', detail: 'moved' });
  };

  for (const operation of migration.operations) {
    switch (operation.op) {
      case 'rename':
      case 'move': {
        const to = pointerTokens(operation.to);
        for (const place of matchPlaces(data, pointerTokens(operation.from))) {
          relocate(operation.op, place.tokens, bindTokens(to, place.bindings), valueAt(data, place.tokens));
        }
        break;
      }
      case 'split':
        if ('delimiter' in operation) splitAtDelimiter(operation);
        else splitByPattern(operation);
        break;
      case 'merge':
        merge(operation);
        break;
      case 'remapOptions':
        remap(operation);
        break;
      case 'setDefault': {
        const tokens = pointerTokens(operation.at);
        const leaf = tokens.at(-1) as string;
        const parent = tokens.slice(0, -1);
        const targets = parent.includes('*') ? matchPlaces(data, parent).map((p) => [...p.tokens, leaf]) : [tokens];
        for (const target of targets) {
          if (valueAt(data, target) !== undefined || canWrite(data, target)) continue;
          writeAt(data, target, structuredClone(operation.value));
          event({ op: 'setDefault', to: [tokensPointer(target)], outcome: 'defaulted', detail: 'given its default' });
        }
        break;
      }
      case 'preserve':
        for (const place of matchPlaces(data, pointerTokens(operation.from))) {
          const value = valueAt(data, place.tokens);
          removeAt(data, place.tokens);
          setAside(
            place.tokens,
            value,
            operation.reason ?? `Version ${migration.to} no longer asks this question.`,
            'preserve',
          );
        }
        break;
      case 'code': {
        const hook = options.hooks?.[operation.module];
        if (!hook) {
          throw new MigrationError(
            `Migration ${name} runs the code module ${operation.module}, which was not loaded. Code operations run only in Node (the adoption-support command).`,
          );
        }
        const context = {
          form: migration.form,
          from: migration.from,
          to: migration.to,
          preserve: (from: string, value: unknown, reason: string) =>
            setAside(pointerTokens(from), value, reason, 'code'),
        };
        let result: unknown;
        try {
          result = await hook(data, context);
        } catch (error) {
          throw new MigrationError(
            `The code module ${operation.module} of migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        if (result !== undefined) {
          if (!isJsonObject(result)) {
            throw new MigrationError(`The code module ${operation.module} of migration ${name} must return an object.`);
          }
          data = result;
        }
        event({ op: 'code', outcome: 'ran', detail: operation.description ?? `ran ${operation.module}` });
        break;
      }
    }
  }
  if (options.fromSchema && options.toSchema) preserveRemovedFields(options.fromSchema, options.toSchema);
  return { data, preserved, events };

  function splitByPattern(operation: PatternSplitOperation) {
    const regex = new RegExp(operation.pattern, operation.flags ?? '');
    const groups = Object.entries(operation.to).map(([group, pointer]) => [group, pointerTokens(pointer)] as const);
    for (const place of matchPlaces(data, pointerTokens(operation.from))) {
      const value = valueAt(data, place.tokens);
      const match = typeof value === 'string' ? regex.exec(value) : null;
      if (!match) {
        const why =
          typeof value === 'string'
            ? 'The answer does not have the shape the split expects, so it could not be split.'
            : 'The answer is not text, so it could not be split.';
        if (isJsonObject(operation.otherwise)) {
          relocate('split', place.tokens, bindTokens(pointerTokens(operation.otherwise.to), place.bindings), value);
        } else {
          removeAt(data, place.tokens);
          setAside(place.tokens, value, `${why} Copy it into the new fields by hand.`, 'split');
        }
        continue;
      }
      const parts = groups.map(([group, tokens]) => ({
        tokens: bindTokens(tokens, place.bindings),
        text: match.groups?.[group]?.trim() ?? '',
      }));
      writeParts(place.tokens, value, parts);
    }
  }

  function splitAtDelimiter(operation: DelimiterSplitOperation) {
    for (const place of matchPlaces(data, pointerTokens(operation.from))) {
      const value = valueAt(data, place.tokens);
      if (typeof value !== 'string') {
        removeAt(data, place.tokens);
        setAside(place.tokens, value, 'The answer is not text, so it could not be split.', 'split');
        continue;
      }
      const pieces = value.split(operation.delimiter);
      const count = operation.to.length;
      const texts = [...pieces.slice(0, count - 1), pieces.slice(count - 1).join(operation.delimiter)];
      const parts = operation.to.map((pointer, i) => ({
        tokens: bindTokens(pointerTokens(pointer), place.bindings),
        text: texts[i]?.trim() ?? '',
      }));
      writeParts(place.tokens, value, parts);
    }
  }

  function writeParts(from: string[], value: unknown, parts: { tokens: string[]; text: string }[]) {
    const filled = parts.filter((p) => p.text !== '');
    const taken = filled.find((p) => !samePlace(p.tokens, from) && canWrite(data, p.tokens));
    if (taken) {
      removeAt(data, from);
      setAside(from, value, `It could not be split: ${tokensPointer(taken.tokens)} already holds an answer.`, 'split');
      return;
    }
    if (
      !replaceInPlace(
        data,
        from,
        filled.map((p) => [p.tokens, p.text]),
      )
    ) {
      removeAt(data, from);
      for (const part of filled) writeAt(data, part.tokens, part.text);
    }
    const empty = parts.filter((p) => p.text === '').map((p) => tokensPointer(p.tokens));
    event({
      op: 'split',
      from: tokensPointer(from),
      to: filled.map((p) => tokensPointer(p.tokens)),
      outcome: 'split',
      detail: empty.length > 0 ? `split; nothing for ${empty.join(', ')}` : 'split',
    });
  }

  function merge(operation: MergeOperation) {
    const sources = Array.isArray(operation.from)
      ? operation.from.map((p, i) => [String(i), pointerTokens(p)] as const)
      : Object.entries(operation.from).map(([key, p]) => [key, pointerTokens(p)] as const);
    const to = pointerTokens(operation.to);
    const bindingSets = new Map<string, string[]>();
    for (const [, tokens] of sources) {
      for (const place of matchPlaces(data, tokens)) bindingSets.set(place.bindings.join('/'), place.bindings);
    }
    for (const bindings of bindingSets.values()) {
      const present = sources
        .map(([key, tokens]) => {
          const concrete = bindTokens(tokens, bindings);
          return { key, tokens: concrete, value: valueAt(data, concrete) };
        })
        .filter((s) => s.value !== undefined);
      for (const s of present.filter((p) => !isScalar(p.value))) {
        removeAt(data, s.tokens);
        setAside(s.tokens, s.value, 'The answer is a list or a group, so it could not be joined into text.', 'merge');
      }
      const scalars = present.filter((p) => isScalar(p.value));
      if (scalars.length === 0) continue;
      const target = bindTokens(to, bindings);
      const intoSource = scalars.some((s) => samePlace(s.tokens, target));
      if (!intoSource && canWrite(data, target)) {
        for (const s of scalars) {
          removeAt(data, s.tokens);
          setAside(
            s.tokens,
            s.value,
            `It could not be merged: ${tokensPointer(target)} already holds an answer.`,
            'merge',
          );
        }
        continue;
      }
      const text = operation.template
        ? operation.template
            .replace(/\{(\w+)\}/g, (_, key: string) => {
              const source = scalars.find((s) => s.key === key);
              return source ? String(source.value) : '';
            })
            .trim()
        : scalars.map((s) => String(s.value)).join(operation.separator ?? '\n\n');
      for (const s of scalars) removeAt(data, s.tokens);
      writeAt(data, target, text);
      event({
        op: 'merge',
        from: scalars.map((s) => tokensPointer(s.tokens)).join(', '),
        to: [tokensPointer(target)],
        outcome: 'merged',
        detail: 'merged',
      });
    }
  }

  function remap(operation: RemapOptionsOperation) {
    const unmapped = operation.unmapped ?? 'keep';
    const mapOne = (code: unknown, tokens: string[]): { keep: boolean; value: unknown } => {
      if (typeof code !== 'string') return { keep: true, value: code };
      if (Object.hasOwn(operation.map, code)) {
        const next = operation.map[code];
        if (next === null || next === undefined) {
          setAside(tokens, code, `The option "${code}" has no equivalent in version ${migration.to}.`, 'remapOptions');
          return { keep: false, value: undefined };
        }
        return { keep: true, value: next };
      }
      if (unmapped === 'preserve') {
        setAside(tokens, code, `The option "${code}" is not one version ${migration.to} offers.`, 'remapOptions');
        return { keep: false, value: undefined };
      }
      return { keep: true, value: code };
    };
    for (const place of matchPlaces(data, pointerTokens(operation.at))) {
      const value = valueAt(data, place.tokens);
      const at = tokensPointer(place.tokens);
      if (Array.isArray(value)) {
        const next: unknown[] = [];
        value.forEach((code, i) => {
          const mapped = mapOne(code, [...place.tokens, String(i)]);
          if (mapped.keep && !next.includes(mapped.value)) next.push(mapped.value);
        });
        writeAt(data, place.tokens, next);
        event({ op: 'remapOptions', from: at, to: [at], outcome: 'remapped', detail: 'options remapped' });
      } else {
        const mapped = mapOne(value, place.tokens);
        if (mapped.keep) writeAt(data, place.tokens, mapped.value);
        else removeAt(data, place.tokens);
        if (mapped.keep && mapped.value !== value) {
          event({ op: 'remapOptions', from: at, to: [at], outcome: 'remapped', detail: 'option remapped' });
        }
      }
    }
  }

  function preserveRemovedFields(fromSchema: SchemaNode, toSchema: SchemaNode) {
    const key = (path: readonly string[]) => path.join('\u0000');
    const kept = new Set(schemaFields(toSchema).map((f) => key(f.dataPath)));
    const enclosing = (path: readonly string[]) => {
      const parent = path.slice(0, -1);
      return parent.at(-1) === '*' ? parent.slice(0, -1) : parent;
    };
    for (const field of schemaFields(fromSchema)) {
      if (kept.has(key(field.dataPath))) continue;
      const parent = enclosing(field.dataPath);
      if (parent.length > 0 && !kept.has(key(parent))) continue; // an enclosing field went: it carries this one
      for (const place of matchPlaces(data, field.dataPath)) {
        const value = valueAt(data, place.tokens);
        removeAt(data, place.tokens);
        setAside(
          place.tokens,
          value,
          `Version ${migration.to} no longer has this field, and migration ${name} gives its answer no new place.`,
          'removed-field',
        );
      }
    }
  }
}
