import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { isJsonObject, type JsonObject } from '../definition';
import { readJson, writeJson } from './releaseRecord';
import { type FieldMove, movePointer } from './renamePaths';

/** A mapping file's path as the form folder sees it: `carry-forward/x.json` or `../other/carry-forward/x.json`. */
const fromForm = (formFolder: string, path: string) => relative(formFolder, path).split('\\').join('/');

/** A carry-forward mapping file that reads or writes a form. */
export interface MappingFile {
  /** Path of the file. */
  path: string;
  /** Path relative to the folder of forms, e.g. `asp-review-england/carry-forward/asp-england.json`. */
  shown: string;
  /** `target` when the mapping writes the form, `source` when it reads it. */
  side: 'source' | 'target';
  mapping: JsonObject;
}

/**
 * The mappings that touch a form: those in its own `carry-forward/` folder (it is their target) and
 * those in the other form folders beside it that read it (it is their source).
 */
export async function mappingsOf(formFolder: string, form: string): Promise<MappingFile[]> {
  const root = dirname(formFolder);
  const found: MappingFile[] = [];
  const folders = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const name of folders.sort()) {
    const dir = join(root, name, 'carry-forward');
    if (!existsSync(dir)) continue;
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(dir, file);
      let mapping: unknown;
      try {
        mapping = await readJson(path);
      } catch {
        continue;
      }
      if (!isJsonObject(mapping)) continue;
      const source = isJsonObject(mapping.source) ? mapping.source.form : undefined;
      const target = isJsonObject(mapping.target) ? mapping.target.form : undefined;
      const shown = relative(root, path).split('\\').join('/');
      if (target === form && join(root, name) === formFolder) found.push({ path, shown, side: 'target', mapping });
      else if (source === form) found.push({ path, shown, side: 'source', mapping });
    }
  }
  return found;
}

/** Moves the pointers on one side of a mapping. Returns how many changed. */
function movePointers(mapping: JsonObject, side: 'source' | 'target', move: FieldMove): number {
  let changed = 0;
  const moved = (pointer: unknown) => {
    if (typeof pointer !== 'string') return pointer;
    const next = movePointer(pointer, move);
    if (next === undefined || next === pointer) return pointer;
    changed += 1;
    return next;
  };
  for (const pair of Array.isArray(mapping.sameCase) ? mapping.sameCase : []) {
    if (isJsonObject(pair)) pair[side] = moved(pair[side]);
  }
  if (side === 'source' && isJsonObject(mapping.review)) {
    mapping.review.date = moved(mapping.review.date);
    mapping.review.outcome = moved(mapping.review.outcome);
  }
  for (const rule of Array.isArray(mapping.rules) ? mapping.rules : []) {
    if (!isJsonObject(rule)) continue;
    if (side === 'target') {
      rule.to = moved(rule.to);
      if ('fromTarget' in rule) rule.fromTarget = moved(rule.fromTarget);
    } else {
      if ('from' in rule) rule.from = moved(rule.from);
      if (isJsonObject(rule.when)) {
        const entries = Object.entries(rule.when);
        const when: JsonObject = {};
        for (const [k, v] of entries)
          Object.defineProperty(when, String(moved(k)), {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        rule.when = when;
      }
    }
  }
  return changed;
}

/** Moves a field in every mapping that touches the form. Returns the files changed, relative to the form folder. */
export async function moveInMappings(formFolder: string, form: string, move: FieldMove): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await mappingsOf(formFolder, form)) {
    if (movePointers(file.mapping, file.side, move) === 0) continue;
    await writeJson(file.path, file.mapping);
    changed.push(fromForm(formFolder, file.path));
  }
  return changed;
}

/**
 * Names the form's new version in every mapping that touches it: a mapping that writes the form
 * writes the new version; one that reads it reads the new version too (only the new one when the
 * release moved fields the mapping names, since older documents are migrated before they are read).
 */
export async function updateMappingVersions(
  formFolder: string,
  form: string,
  version: string,
  movedPointers: boolean,
): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await mappingsOf(formFolder, form)) {
    const m = file.mapping;
    if (file.side === 'target' && isJsonObject(m.target)) {
      if (m.target.version === version) continue;
      m.target.version = version;
    } else if (file.side === 'source' && isJsonObject(m.source)) {
      const versions = Array.isArray(m.source.versions) ? m.source.versions.map(String) : [];
      if (versions.includes(version)) continue;
      m.source.versions = movedPointers ? [version] : [...versions, version];
    } else continue;
    await writeJson(file.path, m);
    changed.push(fromForm(formFolder, file.path));
  }
  return changed;
}
