import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KitInputError } from '@adoption-support/core';
import { readJsonFile } from '@adoption-support/core/node';
import { isJsonObject, type JsonObject } from '../definition';

/** Deeper than any definition file: a value nested further is refused, not walked. */
const MAX_DEPTH = 200;

/** Keywords that hold only wording: changing them never changes what a saved plan means. */
const SCHEMA_WORDING = new Set(['title', 'description', '$comment', 'examples']);
const UI_WORDING = new Set(['label', 'i18n', 'description', '$comment']);
const RULE_WORDING = new Set(['description', 'source', 'message', 'messageKey', 'note', '$comment']);
/** Keywords whose members are names (of fields, definitions), not keywords. */
const NAME_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties']);
/** What a manifest says about meaning: who reads the form and which rules it runs. */
const MANIFEST_MEANING = ['id', 'jurisdiction', 'audiences', 'rulePacks'];

/** What a version of a form means, with its wording left out. */
export interface FormMeaning {
  manifest: JsonObject;
  schema: unknown;
  uischema: unknown;
  /** Rule packs by name, when the folder keeps them. */
  rules: Record<string, unknown>;
}

/** Longer than any text a definition holds: refused rather than copied. */
export const MAX_TEXT = 1_000_000;

/** The error for a text longer than {@link MAX_TEXT}. */
export const tooLong = (fn: string) =>
  new KitInputError({
    function: fn,
    pointer: '',
    problem: `A text is longer than ${MAX_TEXT.toLocaleString('en-GB')} characters.`,
    fix: 'Definitions never hold texts this long: check the file for a mistake.',
  });

const tooDeep = (fn: string, pointer: string) =>
  new KitInputError({
    function: fn,
    pointer,
    problem: `The value is nested more than ${MAX_DEPTH} levels deep.`,
    fix: 'Definitions are never this deep: check the file for a mistake.',
  });

/**
 * A copy of `value` without the keys `wording` names (outside name maps such as `properties`), so
 * that two definitions differing only in wording compare equal. Iterative, with a depth limit.
 */
export function withoutWording(value: unknown, wording: ReadonlySet<string>, fn = 'withoutWording'): unknown {
  const root: { value?: unknown } = {};
  const stack: { from: unknown; into: (v: unknown) => void; depth: number; names: boolean; pointer: string }[] = [
    {
      from: value,
      into: (v) => {
        root.value = v;
      },
      depth: 0,
      names: false,
      pointer: '',
    },
  ];
  while (stack.length > 0) {
    const { from, into, depth, names, pointer } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_DEPTH) throw tooDeep(fn, pointer);
    if (Array.isArray(from)) {
      const out: unknown[] = new Array(from.length);
      into(out);
      from.forEach((item, i) => {
        stack.push({
          from: item,
          into: (v) => {
            out[i] = v;
          },
          depth: depth + 1,
          names: false,
          pointer: `${pointer}/${i}`,
        });
      });
    } else if (isJsonObject(from)) {
      const out: JsonObject = {};
      into(out);
      for (const key of Object.keys(from)) {
        if (!names && wording.has(key)) continue;
        stack.push({
          from: from[key],
          into: (v) => {
            Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
          },
          depth: depth + 1,
          names: !names && NAME_MAPS.has(key),
          pointer: `${pointer}/${key}`,
        });
      }
    } else {
      into(from);
    }
  }
  return root.value;
}

/** JSON with object keys sorted, so equal meanings give equal text. Iterative, with a depth limit. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const stack: { value: unknown; depth: number; raw?: string }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item.raw !== undefined) {
      parts.push(item.raw);
      continue;
    }
    if (item.depth > MAX_DEPTH) throw tooDeep('canonicalJson', '');
    const v = item.value;
    if (Array.isArray(v)) {
      const next: (typeof stack)[number][] = [{ value: undefined, depth: 0, raw: '[' }];
      v.forEach((x, i) => {
        if (i > 0) next.push({ value: undefined, depth: 0, raw: ',' });
        next.push({ value: x, depth: item.depth + 1 });
      });
      next.push({ value: undefined, depth: 0, raw: ']' });
      stack.push(...next.reverse());
    } else if (isJsonObject(v)) {
      const next: (typeof stack)[number][] = [{ value: undefined, depth: 0, raw: '{' }];
      Object.keys(v)
        .sort()
        .forEach((k, i) => {
          next.push({ value: undefined, depth: 0, raw: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` });
          next.push({ value: v[k], depth: item.depth + 1 });
        });
      next.push({ value: undefined, depth: 0, raw: '}' });
      stack.push(...next.reverse());
    } else {
      if (typeof v === 'string' && v.length > MAX_TEXT) throw tooLong('canonicalJson');
      parts.push(JSON.stringify(v ?? null));
    }
  }
  return parts.join('');
}

/** The meaning of a form version from its files: manifest, schema, UI schema and rule packs. */
export function meaningOf(files: {
  manifest: unknown;
  schema: unknown;
  uischema?: unknown;
  rules?: Record<string, unknown>;
}): FormMeaning {
  const manifest: JsonObject = {};
  if (isJsonObject(files.manifest)) {
    for (const key of MANIFEST_MEANING) if (key in files.manifest) manifest[key] = files.manifest[key];
  }
  const rules: Record<string, unknown> = {};
  for (const [name, pack] of Object.entries(files.rules ?? {})) rules[name] = withoutWording(pack, RULE_WORDING);
  return {
    manifest,
    schema: withoutWording(files.schema, SCHEMA_WORDING),
    uischema: withoutWording(files.uischema ?? null, UI_WORDING),
    rules,
  };
}

/** The hash recorded for a released version: `sha256:` and the hex digest of its canonical meaning. */
export const meaningHash = (meaning: FormMeaning): string =>
  `sha256:${createHash('sha256').update(canonicalJson(meaning)).digest('hex')}`;

/** Reads the files of a form folder (or a kept version) that carry its meaning. */
export async function readMeaning(folder: string, form: string): Promise<FormMeaning> {
  const read = (file: string) => readJsonFile(join(folder, file), form, file);
  const rules: Record<string, unknown> = {};
  const rulesDir = join(folder, 'rules');
  if (existsSync(rulesDir)) {
    for (const file of (await readdir(rulesDir))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))
      .sort())
      rules[file.replace(/\.json$/, '')] = await read(`rules/${file}`);
  }
  return meaningOf({
    manifest: await read('form.json'),
    schema: await read('schema.json'),
    ...(existsSync(join(folder, 'uischema.json')) ? { uischema: await read('uischema.json') } : {}),
    rules,
  });
}
