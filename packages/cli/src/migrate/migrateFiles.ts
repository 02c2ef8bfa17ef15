import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  compareVersions,
  DefinitionLoadError,
  type FieldError,
  type FormVersionSet,
  isSavedDocument,
  type MigrationEvent,
  migrateEnvelope,
  toFieldErrors,
} from '@adoption-support/core';
import { createAjv, parseJsonText } from '@adoption-support/core/node';
import type { FormDefinition } from '../definition';
import { type FormHistory, formVersionSet, loadFormHistory } from './loadFormHistory';
import { needObject, needText } from '../inputGuards';

/** What happened to one document. */
export interface DocumentOutcome {
  /** The document's path, relative to the folder given (or its name, for one file). */
  file: string;
  /** `migrated`; `current` (already at the target); `failed` (left as it was, see `message`). */
  status: 'migrated' | 'current' | 'failed';
  form?: string;
  from?: string;
  to?: string;
  /** Migrations applied, oldest first. */
  applied: string[];
  events: MigrationEvent[];
  /** Answers set aside by this run: where they were and why (never the answers themselves). */
  preserved: { from: string; reason: string; migration: string }[];
  /** Why the migrated document is not yet complete for the new version. */
  incomplete: FieldError[];
  /** Why the document was not migrated. */
  message?: string;
  /** Where the result was written, relative to the current folder. */
  written?: string;
}

/** How to migrate. */
export interface MigrateFilesOptions {
  /** A document, or a folder searched (with its subfolders) for `.json` documents. */
  input: string;
  /** The folder holding the form folders (`schemas/forms`). */
  formsDir: string;
  /** The version to bring documents to; default each form's current version. */
  to?: string;
  /** Write results under this folder, keeping the input's subfolders. */
  outDir?: string;
  /** Overwrite each document with its migrated version. */
  inPlace?: boolean;
  /** Where relative `written` paths are shown from. */
  cwd: string;
  /** Called before each document, for progress. */
  onDocument?: (file: string, index: number, total: number) => void;
}

async function listDocuments(input: string, exclude: string | undefined): Promise<string[]> {
  const info = await stat(input);
  if (info.isFile()) return [input];
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (exclude && (path === exclude || path.startsWith(`${exclude}${sep}`))) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) found.push(path);
    }
  };
  await walk(input);
  return found;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.migrating`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * Brings saved documents to a newer version of their form: each document is read, carried through the
 * chain of migrations, checked against the new version, and written to `outDir` or in place (or not
 * written, for a dry run). A document that cannot be migrated is left as it was and reported.
 */
export async function migrateFiles(options: MigrateFilesOptions): Promise<DocumentOutcome[]> {
  const site = { function: 'migrateFiles', argument: 'options' };
  needObject(site, options, 'Pass { input, formsDir, cwd } at least.');
  for (const path of ['input', 'formsDir', 'cwd'] as const) needText(site, options[path], `Pass ${path} as a path.`, `/${path}`);
  for (const path of ['to', 'outDir'] as const) {
    if (options[path] !== undefined) needText(site, options[path], `Pass ${path} as text, or leave it out.`, `/${path}`);
  }
  const input = resolve(options.input);
  const root = (await stat(input)).isFile() ? dirname(input) : input;
  const outDir = options.outDir ? resolve(options.outDir) : undefined;
  const files = await listDocuments(input, outDir);
  const forms = new Map<string, Promise<{ history: FormHistory; versions: FormVersionSet } | Error>>();
  const validators = new Map<string, ReturnType<ReturnType<typeof createAjv>['compile']>>();
  const loadForm = (id: string) => {
    let loading = forms.get(id);
    if (!loading) {
      loading = (async () => {
        const folder = join(options.formsDir, id);
        if (!/^[a-z][a-z0-9-]*$/.test(id) || !existsSync(join(folder, 'form.json'))) {
          return new Error(`There is no form folder for "${id}" in ${relative(options.cwd, options.formsDir) || '.'}.`);
        }
        try {
          const history = await loadFormHistory(folder);
          return { history, versions: await formVersionSet(history) };
        } catch (error) {
          if (error instanceof DefinitionLoadError) return new Error(error.message);
          throw error;
        }
      })();
      forms.set(id, loading);
    }
    return loading;
  };
  const outcomes: DocumentOutcome[] = [];
  for (const [index, path] of files.entries()) {
    const file = relative(root, path) || path;
    options.onDocument?.(file, index, files.length);
    const outcome: DocumentOutcome = { file, status: 'failed', applied: [], events: [], preserved: [], incomplete: [] };
    outcomes.push(outcome);
    let document: unknown;
    try {
      document = parseJsonText(await readFile(path, 'utf8'), '', file);
    } catch (error) {
      if (!(error instanceof DefinitionLoadError)) throw error;
      const at = error.location.line ? ` (line ${error.location.line}, column ${error.location.column ?? 1})` : '';
      outcome.message = `It is not valid JSON${at}.`;
      continue;
    }
    if (!isSavedDocument(document)) {
      outcome.message = 'It is not a saved document: it needs "form", "version" and "data".';
      continue;
    }
    outcome.form = document.form;
    outcome.from = document.version;
    const loaded = await loadForm(document.form);
    if (loaded instanceof Error) {
      outcome.message = loaded.message;
      continue;
    }
    const { history, versions } = loaded;
    const target = options.to ?? history.current;
    outcome.to = target;
    if (!history.versions.has(target)) {
      outcome.message = `${document.form} has no version ${target} (it keeps ${[...history.versions.keys()].sort(compareVersions).join(', ')}).`;
      continue;
    }
    if (compareVersions(document.version, target) > 0) {
      outcome.message = `It is already at version ${document.version}, newer than ${target}; documents are never migrated backwards.`;
      continue;
    }
    let text: string;
    if (document.version === target) {
      outcome.status = 'current';
      text = `${JSON.stringify(document, null, 2)}\n`;
    } else {
      try {
        const result = await migrateEnvelope(document, versions, target);
        outcome.status = 'migrated';
        outcome.applied = result.applied;
        outcome.events = result.events;
        outcome.preserved = result.preserved.map(({ from, reason, migration }) => ({ from, reason, migration }));
        const kept = history.versions.get(target);
        if (kept) {
          const cacheKey = `${document.form}@${target}`;
          let validate = validators.get(cacheKey);
          if (!validate) {
            validate = createAjv({ strict: false }).compile(kept.schema);
            validators.set(cacheKey, validate);
          }
          if (!validate(result.document.data)) {
            const definition = {
              manifest: kept.manifest,
              schema: kept.schema,
              uischema: {},
              locales: { en: kept.english },
              rulePacks: {},
            } as unknown as FormDefinition;
            outcome.incomplete = toFieldErrors(definition, validate.errors);
          }
        }
        text = `${JSON.stringify(result.document, null, 2)}\n`;
      } catch (error) {
        if (error instanceof Error && error.name === 'MigrationError') {
          outcome.message = error.message;
          continue;
        }
        throw error;
      }
    }
    if (options.inPlace && outcome.status === 'migrated') {
      await writeAtomically(path, text);
      outcome.written = relative(options.cwd, path);
    } else if (outDir) {
      const destination = join(outDir, relative(root, path));
      await writeAtomically(destination, text);
      outcome.written = relative(options.cwd, destination);
    }
  }
  return outcomes;
}
