import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  compareVersions,
  DefinitionLoadError,
  type FormVersionSet,
  type Migration,
  type MigrationHook,
  parseMigration,
} from '@adoption-support/core';
import { readJsonFile } from '@adoption-support/core/node';
import { isJsonObject, type JsonObject } from '../definition';
import { needObject, needText } from '../inputGuards';
import { explainJsonError } from '../json/explainJsonError';
import type { LintProblem } from '../lint/LintProblem';

/** One version of a form as kept in its folder: the current one, or one under `versions/<version>/`. */
export interface KeptVersion {
  version: string;
  /** Folder of this version, relative to the form folder ('' for the current version). */
  folder: string;
  manifest: JsonObject;
  schema: JsonObject;
  /** English strings, when the version keeps them (for naming fields in reports). */
  english: Record<string, string>;
}

/** A form's versions and migrations, read from its folder. */
export interface FormHistory {
  form: string;
  folder: string;
  current: string;
  versions: Map<string, KeptVersion>;
  migrations: Migration[];
  /** What is wrong with the kept versions and migration files. */
  problems: LintProblem[];
}

const problemFromLoadError = (error: DefinitionLoadError, form: string, prefix: string): LintProblem => ({
  check: 'files',
  form,
  file: `${prefix}${error.location.file}`,
  pointer: error.location.pointer ?? '',
  ...(error.location.line !== undefined ? { line: error.location.line, column: error.location.column ?? 1 } : {}),
  message: explainJsonError(error.reason),
  fix: error.fix,
});

async function readVersion(root: string, folder: string, form: string): Promise<KeptVersion> {
  const prefix = folder === '' ? '' : `${folder}/`;
  const read = async (file: string) => {
    const value = await readJsonFile(join(root, folder, file), form, `${prefix}${file}`);
    if (!isJsonObject(value)) {
      throw new DefinitionLoadError(
        { form, file: `${prefix}${file}` },
        'The file must hold a JSON object.',
        'Wrap its content in { }.',
      );
    }
    return value;
  };
  const manifest = await read('form.json');
  const schema = await read('schema.json');
  const english = existsSync(join(root, folder, 'i18n', 'en.json')) ? await read('i18n/en.json') : {};
  return {
    version: String(manifest.version),
    folder,
    manifest,
    schema,
    english: Object.fromEntries(Object.entries(english).filter((e): e is [string, string] => typeof e[1] === 'string')),
  };
}

/**
 * Reads a form folder's current version, the older versions kept under `versions/`, and the migrations
 * in `migrations/`. Faults in kept versions and migration files become problems; an unreadable current
 * version throws {@link DefinitionLoadError}.
 */
export async function loadFormHistory(folder: string): Promise<FormHistory> {
  needText({ function: 'loadFormHistory', argument: 'folder' }, folder, 'Pass the path of a form folder.');
  const current = await readVersion(folder, '', basename(folder));
  const form = typeof current.manifest.id === 'string' ? current.manifest.id : folder;
  const history: FormHistory = {
    form,
    folder,
    current: current.version,
    versions: new Map([[current.version, current]]),
    migrations: [],
    problems: [],
  };
  const problem = (p: Omit<LintProblem, 'form'>) => history.problems.push({ form, ...p });

  const versionsDir = join(folder, 'versions');
  if (existsSync(versionsDir)) {
    for (const entry of (await readdir(versionsDir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
      const relative = `versions/${entry.name}`;
      let kept: KeptVersion;
      try {
        kept = await readVersion(folder, relative, form);
      } catch (error) {
        if (error instanceof DefinitionLoadError) history.problems.push(problemFromLoadError(error, form, ''));
        else throw error;
        continue;
      }
      if (kept.manifest.id !== form) {
        problem({
          check: 'versions',
          file: `${relative}/form.json`,
          pointer: '/id',
          message: `This kept version says it is "${String(kept.manifest.id)}", not ${form}.`,
          fix: `Set "id" to "${form}".`,
        });
      }
      if (kept.version !== entry.name) {
        problem({
          check: 'versions',
          file: `${relative}/form.json`,
          pointer: '/version',
          message: `The folder is named ${entry.name} but its form.json says version "${kept.version}".`,
          fix: `Name the folder after the version it keeps (versions/${kept.version}/), or correct "version".`,
        });
        continue;
      }
      if (compareVersions(kept.version, current.version) >= 0) {
        problem({
          check: 'versions',
          file: `${relative}/form.json`,
          pointer: '/version',
          message: `Version ${kept.version} is kept as an older version, but it is not older than the current version ${current.version}.`,
          fix: 'Bump "version" in the form\'s own form.json, or remove this folder.',
        });
        continue;
      }
      history.versions.set(kept.version, kept);
    }
  }

  const migrationsDir = join(folder, 'migrations');
  const files = existsSync(migrationsDir)
    ? (await readdir(migrationsDir)).filter((f) => f.endsWith('.json')).sort()
    : [];
  const listed = Array.isArray(current.manifest.migrations) ? current.manifest.migrations.map(String) : [];
  for (const [i, name] of listed.entries()) {
    if (!files.includes(`${name}.json`)) {
      problem({
        check: 'migrations',
        file: 'form.json',
        pointer: `/migrations/${i}`,
        message: `form.json lists the migration "${name}" but there is no migrations/${name}.json.`,
        fix: `Create migrations/${name}.json, or remove "${name}" from "migrations".`,
      });
    }
  }
  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    const relative = `migrations/${file}`;
    if (!listed.includes(name)) {
      problem({
        check: 'migrations',
        file: 'form.json',
        pointer: '/migrations',
        message: `The migration ${relative} is not listed in form.json.`,
        fix: `Add "${name}" to "migrations" in form.json (oldest first).`,
      });
    }
    let raw: unknown;
    try {
      raw = await readJsonFile(join(migrationsDir, file), form, relative);
    } catch (error) {
      if (error instanceof DefinitionLoadError) history.problems.push(problemFromLoadError(error, form, ''));
      else throw error;
      continue;
    }
    const parsed = parseMigration(raw, name, form);
    for (const p of parsed.problems) problem({ check: 'migrations', file: relative, ...p });
    if (parsed.migration) history.migrations.push(parsed.migration);
  }
  return history;
}

/** The versions and migrations of a form, ready for {@link migrateEnvelope}, with its code modules loaded. */
export async function formVersionSet(history: FormHistory): Promise<FormVersionSet> {
  const site = { function: 'formVersionSet', argument: 'history' };
  const fix = 'Pass what loadFormHistory(folder) returned.';
  needObject(site, history, fix);
  needText(site, history.form, fix, '/form');
  needText(site, history.folder, fix, '/folder');
  needText(site, history.current, fix, '/current');
  if (!(history.versions instanceof Map)) needObject(site, null, fix, '/versions');
  if (!Array.isArray(history.migrations)) needObject(site, null, fix, '/migrations');
  return {
    form: history.form,
    current: history.current,
    schemas: new Map([...history.versions].map(([v, kept]) => [v, kept.schema])),
    migrations: history.migrations,
    hooks: await loadMigrationHooks(history),
  };
}

/**
 * Imports the JavaScript modules that `code` operations name. Only modules inside the form's own
 * migrations folder are loaded; this is the one place the kit runs code from a form folder.
 */
export async function loadMigrationHooks(history: FormHistory): Promise<Record<string, MigrationHook>> {
  const hooks: Record<string, MigrationHook> = {};
  const dir = resolve(history.folder, 'migrations');
  for (const migration of history.migrations) {
    for (const operation of migration.operations) {
      if (operation.op !== 'code' || operation.module in hooks) continue;
      const path = resolve(dir, operation.module);
      if (!path.startsWith(`${dir}${sep}`) || !existsSync(path)) {
        throw new DefinitionLoadError(
          { form: history.form, file: `migrations/${migration.name}.json` },
          `The code module ${operation.module} is not in the migrations folder.`,
          'Put the module in migrations/ and name it with "./".',
        );
      }
      const exported = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      const hook = exported[operation.export ?? 'migrate'];
      if (typeof hook !== 'function') {
        throw new DefinitionLoadError(
          { form: history.form, file: `migrations/${operation.module.slice(2)}` },
          `The module does not export a function named "${operation.export ?? 'migrate'}".`,
          'Export the function: export function migrate(data, context) { ... }.',
        );
      }
      hooks[operation.module] = hook as MigrationHook;
    }
  }
  return hooks;
}
