import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ANY_ITEM, KitInputError } from '@adoption-support/core';
import { isJsonObject, type JsonObject } from '../definition';
import { moveInMappings } from './carryForwardFiles';
import { readJson, readReleaseRecord, writeJson, writeReleaseRecord } from './releaseRecord';
import { renameInSchema, renameInUiSchema } from './renameInSchema';
import { type FieldMove, fieldPath, moveAnswer, moveI18nKey, movePointersAndVars, moveRowVars } from './renamePaths';

/** What `renameField` changed. */
export interface RenameResult {
  from: string;
  to: string;
  /** Files changed, relative to the form folder (mappings in other forms start with ../). */
  files: string[];
  /** The step added to the next release's migration, when the form has been released. */
  pending?: { op: 'rename' | 'move'; from: string; to: string };
}

const pointerOf = (path: readonly string[]) => `/${path.join('/')}`;

async function jsonFiles(folder: string, dir: string, keep: (f: string) => boolean): Promise<string[]> {
  if (!existsSync(join(folder, dir))) return [];
  return (await readdir(join(folder, dir)))
    .filter((f) => f.endsWith('.json') && keep(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/**
 * Renames or moves a field everywhere a form folder names it: schema.json (properties and required),
 * uischema.json scopes, every locale's keys, rule packs (var paths and targets) and their cases,
 * examples, the carry-forward mappings that read or write the form, and the pending migration step in
 * released.json. `from` and `to` are JSON pointers or dotted paths (`*` for every row of a list).
 */
export async function renameField(folder: string, fromText: string, toText: string): Promise<RenameResult> {
  const from = fieldPath(fromText, 'renameField');
  const to = fieldPath(toText, 'renameField');
  const rowsAt = (path: readonly string[]) => path.flatMap((t, i) => (t === ANY_ITEM ? [i] : [])).join();
  if (rowsAt(from) !== rowsAt(to)) {
    throw new KitInputError({
      function: 'renameField',
      pointer: '',
      argument: 'to',
      problem: `${pointerOf(from)} and ${pointerOf(to)} are not in the same rows of the same lists.`,
      fix: 'A rename keeps a field inside the lists it is in; move answers between lists with a migration.',
    });
  }
  const move: FieldMove = { from, to };
  const files: string[] = [];
  const manifest = await readJson(join(folder, 'form.json'));
  const form = isJsonObject(manifest) && typeof manifest.id === 'string' ? manifest.id : '';

  const schema = await readJson(join(folder, 'schema.json'));
  if (!isJsonObject(schema))
    throw new KitInputError({
      function: 'renameField',
      pointer: '',
      problem: 'schema.json is not a JSON object.',
      fix: 'Run adoption-support lint on the form first.',
    });
  renameInSchema(schema, move);
  await writeJson(join(folder, 'schema.json'), schema);
  files.push('schema.json');

  const edit = async (file: string, change: (value: unknown) => number) => {
    const value = await readJson(join(folder, file));
    if (change(value) > 0) {
      await writeJson(join(folder, file), value);
      files.push(file);
    }
  };
  if (existsSync(join(folder, 'uischema.json'))) await edit('uischema.json', (ui) => renameInUiSchema(ui, move));
  for (const file of await jsonFiles(folder, 'i18n', () => true)) {
    await edit(file, (strings) => {
      if (!isJsonObject(strings)) return 0;
      let changed = 0;
      for (const key of Object.keys(strings)) if (moveI18nKey(key, move) !== undefined) changed += 1;
      if (changed > 0) rewriteKeys(strings, (key) => moveI18nKey(key, move));
      return changed;
    });
  }
  for (const file of await jsonFiles(folder, 'rules', () => true)) {
    await edit(file, (pack) => {
      const rules = isJsonObject(pack) && Array.isArray(pack.rules) ? pack.rules : [];
      let changed = rules.reduce((n: number, rule) => n + moveRowVars(rule, move), 0);
      changed += movePointersAndVars(pack, move);
      if (file.endsWith('.cases.json') && isJsonObject(pack) && Array.isArray(pack.cases)) {
        for (const c of pack.cases) if (isJsonObject(c)) changed += moveAnswer(c.given, move);
      }
      return changed;
    });
  }
  for (const file of await jsonFiles(folder, 'examples', () => true)) {
    // An invalid example's "expect" names the fields it fails at.
    await edit(file, (example) =>
      isJsonObject(example) ? moveAnswer(example.data, move) + movePointersAndVars(example.expect, move) : 0,
    );
  }
  files.push(...(await moveInMappings(folder, form, move)));

  const result: RenameResult = { from: pointerOf(from), to: pointerOf(to), files };
  const record = await readReleaseRecord(folder, form);
  if (record) {
    const sameParent = from.slice(0, -1).join('/') === to.slice(0, -1).join('/');
    const step = { op: sameParent ? ('rename' as const) : ('move' as const), from: pointerOf(from), to: pointerOf(to) };
    // A field renamed twice before a release is one step: from its released name to its newest.
    const earlier = record.pending.find((op) => (op.op === 'rename' || op.op === 'move') && op.to === step.from);
    if (earlier && (earlier.op === 'rename' || earlier.op === 'move')) earlier.to = step.to;
    else record.pending.push(step);
    await writeReleaseRecord(folder, record);
    files.push('released.json');
    result.pending = step;
  }
  return result;
}

/** Renames an object's keys in place, keeping their order (own `__proto__` keys stay own data). */
function rewriteKeys(object: JsonObject, rename: (key: string) => string | undefined): void {
  const entries = Object.entries(object);
  for (const [k] of entries) delete object[k];
  for (const [k, v] of entries)
    Object.defineProperty(object, rename(k) ?? k, { value: v, enumerable: true, writable: true, configurable: true });
}
