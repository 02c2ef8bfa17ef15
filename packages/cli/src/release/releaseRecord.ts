import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KitInputError, type MigrationOperation } from '@adoption-support/core';
import { readJsonFile } from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import { MAX_TEXT, tooLong } from './formMeaning';

/** The file, in a form folder, that records what was released. */
export const RELEASED_FILE = 'released.json';
/** The folder, in a form folder, that keeps the latest release exactly as it was released. */
export const RELEASED_FOLDER = 'released';

/** One released version and the hash of its meaning. */
export interface Release {
  version: string;
  /** `sha256:` hash of the version's meaning (see formMeaning.ts): wording is left out. */
  meaning: string;
  /** The day it was released (YYYY-MM-DD), when known. */
  date?: string;
}

/** What `released.json` holds. */
export interface ReleaseRecord {
  form: string;
  releases: Release[];
  /** Steps already decided for the next release (from `adoption-support rename`), oldest first. */
  pending: MigrationOperation[];
}

const COMMENT =
  'What was released of this form: the meaning of each version (schema, UI schema structure, options, audiences and rules; not wording), hashed. Written by adoption-support release and rename; do not edit by hand. released/<version>/ keeps the latest release as it was.';

/** Reads a form folder's `released.json`, or undefined when the form has none (never released). */
export async function readReleaseRecord(folder: string, form: string): Promise<ReleaseRecord | undefined> {
  const path = join(folder, RELEASED_FILE);
  if (!existsSync(path)) return undefined;
  const raw = await readJsonFile(path, form, RELEASED_FILE);
  const record = isJsonObject(raw) ? raw : {};
  const releases = (Array.isArray(record.releases) ? record.releases : []).filter(
    (r): r is Release => isJsonObject(r) && typeof r.version === 'string' && typeof r.meaning === 'string',
  );
  const pending = (Array.isArray(record.pending) ? record.pending : []).filter(
    (op): op is MigrationOperation => isJsonObject(op) && typeof op.op === 'string',
  );
  return { form: typeof record.form === 'string' ? record.form : form, releases, pending };
}

/** Writes `released.json`. */
export async function writeReleaseRecord(folder: string, record: ReleaseRecord): Promise<void> {
  await writeJson(join(folder, RELEASED_FILE), { $comment: COMMENT, ...record });
}

/**
 * JSON as the form files are written: two spaces, a short list of plain values on one line
 * (`"locales": ["en", "cy"]`), a final newline. Iterative.
 */
export function formatJson(value: unknown): string {
  const out: string[] = [];
  const stack: { value: unknown; indent: string; raw?: string }[] = [{ value, indent: '' }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item.raw !== undefined) {
      out.push(item.raw);
      continue;
    }
    const v = item.value;
    if (typeof v === 'string' && v.length > MAX_TEXT) throw tooLong('formatJson');
    if (item.indent.length > 400) {
      throw new KitInputError({
        function: 'formatJson',
        pointer: '',
        problem: 'The value is nested more than 200 levels deep.',
        fix: 'Form files are never this deep: check the value for a mistake.',
      });
    }
    const inner = `${item.indent}  `;
    const plainList =
      Array.isArray(v) && v.every((x) => x === null || (typeof x !== 'object' && String(x).length < 100))
        ? `[${v.map((x) => JSON.stringify(x ?? null)).join(', ')}]`
        : undefined;
    if (plainList !== undefined && plainList.length + item.indent.length <= 100) out.push(plainList);
    else if (Array.isArray(v) && v.length > 0) {
      const next: (typeof stack)[number][] = [{ value: undefined, indent: '', raw: '[' }];
      v.forEach((x, i) => {
        next.push({ value: undefined, indent: '', raw: `${i > 0 ? ',' : ''}\n${inner}` });
        next.push({ value: x, indent: inner });
      });
      next.push({ value: undefined, indent: '', raw: `\n${item.indent}]` });
      stack.push(...next.reverse());
    } else if (isJsonObject(v) && Object.keys(v).length > 0) {
      const next: (typeof stack)[number][] = [{ value: undefined, indent: '', raw: '{' }];
      Object.keys(v).forEach((k, i) => {
        next.push({ value: undefined, indent: '', raw: `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(k)}: ` });
        next.push({ value: v[k], indent: inner });
      });
      next.push({ value: undefined, indent: '', raw: `\n${item.indent}}` });
      stack.push(...next.reverse());
    } else out.push(Array.isArray(v) ? '[]' : isJsonObject(v) ? '{}' : JSON.stringify(v ?? null));
  }
  return out.join('');
}

/** Writes JSON the way the form files are written (see {@link formatJson}). */
export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${formatJson(value)}\n`);
}

/** Reads a JSON file without the definition loader's checks (for rewriting it). */
export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/**
 * Copies what a kept version holds from one folder to another: form.json, schema.json, uischema.json,
 * i18n/, rule packs (not their cases) and the valid examples, the documents migrations are tried on.
 */
export async function copyVersionFiles(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const file of ['form.json', 'schema.json', 'uischema.json'])
    if (existsSync(join(from, file))) await cp(join(from, file), join(to, file));
  if (existsSync(join(from, 'i18n'))) await cp(join(from, 'i18n'), join(to, 'i18n'), { recursive: true });
  for (const [dir, keep] of [
    ['rules', (f: string) => f.endsWith('.json') && !f.endsWith('.cases.json')],
    ['examples', (f: string) => f.startsWith('valid.') && f.endsWith('.json')],
  ] as const) {
    if (!existsSync(join(from, dir))) continue;
    await mkdir(join(to, dir), { recursive: true });
    for (const file of (await readdir(join(from, dir))).filter(keep))
      await cp(join(from, dir, file), join(to, dir, file));
  }
}
