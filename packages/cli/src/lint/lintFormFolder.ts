import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import {
  DefinitionLoadError,
  i18nPrefix,
  KitError,
  planMigrations,
  schemaFields,
  walkUiSchema,
} from '@adoption-support/core';
import {
  checkLoadedForm,
  createAjv,
  type LoadedFormFolder,
  listFormFolders,
  loadFormFolder,
  normaliseErrors,
  readJsonFile,
} from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import { needObject, needText } from '../inputGuards';
import { explainJsonError } from '../json/explainJsonError';
import { jsonPositions, positionOf, type ValuePosition } from '../json/jsonPositions';
import { type FormHistory, loadFormHistory } from '../migrate/loadFormHistory';
import { staleTranslations } from '../translations/staleTranslations';
import { checkHintDurations } from './checkHintDurations';
import { checkHistory } from './checkHistory';
import { checkReleased, sendToRelease } from './checkReleased';
import { checkRulePacks, type LabelFinder } from './checkRulePacks';
import { checkSavedPlans } from './checkSavedPlans';
import { checkTermbase } from './checkTermbase';
import { type FieldContext, fieldContext } from './FieldContext';
import type { LintProblem } from './LintProblem';
import { suggestNames } from './suggestNames';

/** The result of linting one form folder. */
export interface FormLint {
  form: string;
  /** The form folder, as given. */
  folder: string;
  version?: string;
  problems: LintProblem[];
  /** Worth a look but not blocking: Welsh strings whose English changed after they were translated. */
  warnings?: LintProblem[];
}

/** Options for {@link lintFormFolder}. */
export interface LintOptions {
  /** The folder commands in fixes are written relative to; the process's current folder by default. */
  cwd?: string;
}

/** The path given to lint is not a form folder or a folder of them. */
export class LintTargetError extends KitError {
  override name = 'LintTargetError';
}

const VERSION_FOLDER = /^\d{4}\.\d+$/;

/** True when a folder is an older version kept inside a form folder (`<form>/versions/<version>`). */
export const isKeptVersionFolder = (folder: string): boolean =>
  VERSION_FOLDER.test(basename(folder)) && basename(dirname(folder)) === 'versions';

/**
 * The form folders a path names: the folder itself when it holds a form.json, else the form folders
 * directly inside it. Throws {@link LintTargetError} when there are none.
 */
export async function formFoldersAt(path: string, shownAs: string = path): Promise<string[]> {
  needText(
    { function: 'formFoldersAt', argument: 'path' },
    path,
    'Pass the path of a form folder or a folder of them.',
  );
  needText({ function: 'formFoldersAt', argument: 'shownAs' }, shownAs, 'Pass the path as the user typed it.');
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) throw new LintTargetError(`There is no folder at ${shownAs}.`);
  if (existsSync(join(path, 'form.json'))) return [path];
  const folders = await listFormFolders(path);
  if (folders.length === 0) {
    throw new LintTargetError(`${shownAs} is not a form folder (it has no form.json) and holds no form folders.`);
  }
  return folders;
}

/** Reads the text of files once, to place pointers at line:column. */
function positionFinder(folder: string) {
  const cache = new Map<string, Map<string, ValuePosition> | undefined>();
  return async (file: string, pointer: string) => {
    if (!file.endsWith('.json')) return undefined;
    if (!cache.has(file)) {
      try {
        cache.set(file, jsonPositions(await readFile(join(folder, file), 'utf8')));
      } catch {
        cache.set(file, undefined);
      }
    }
    const positions = cache.get(file);
    return positions ? positionOf(positions, pointer)?.position : undefined;
  };
}

const fromLoadError = (error: DefinitionLoadError, prefix = ''): LintProblem => ({
  check: 'files',
  form: error.location.form,
  file: `${prefix}${error.location.file}`,
  pointer: error.location.pointer ?? '',
  ...(error.location.line !== undefined ? { line: error.location.line, column: error.location.column ?? 1 } : {}),
  message: explainJsonError(error.reason),
  fix: error.fix,
});

/** Schema compilation and examples of the older versions a form keeps. */
async function checkKeptVersions(history: FormHistory): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  for (const kept of history.versions.values()) {
    if (kept.folder === '') continue;
    const file = `${kept.folder}/schema.json`;
    let validate: ReturnType<ReturnType<typeof createAjv>['compile']>;
    try {
      validate = createAjv().compile(kept.schema);
    } catch (error) {
      problems.push({
        check: 'versions',
        form: history.form,
        file,
        pointer: '',
        message: `The kept schema of version ${kept.version} does not compile: ${error instanceof Error ? error.message : String(error)}.`,
        fix: 'Restore the schema.json exactly as it was published for that version.',
      });
      continue;
    }
    const examplesDir = join(history.folder, kept.folder, 'examples');
    if (!existsSync(examplesDir)) continue;
    for (const name of (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort()) {
      const exampleFile = `${kept.folder}/examples/${name}`;
      let example: unknown;
      try {
        example = await readJsonFile(join(examplesDir, name), history.form, exampleFile);
      } catch (error) {
        if (error instanceof DefinitionLoadError) problems.push(fromLoadError(error));
        else throw error;
        continue;
      }
      if (!isJsonObject(example) || example.version !== kept.version || example.form !== history.form) {
        problems.push({
          check: 'versions',
          form: history.form,
          file: exampleFile,
          pointer: '/version',
          message: `This example of version ${kept.version} does not say "form": "${history.form}", "version": "${kept.version}".`,
          fix: 'Set "form" and "version" to the form and the version it was written for.',
        });
        continue;
      }
      if (!name.startsWith('valid.')) continue;
      if (!validate(example.data)) {
        for (const e of normaliseErrors(validate.errors)) {
          problems.push({
            check: 'versions',
            form: history.form,
            file: exampleFile,
            pointer: `/data${e.pointer}`,
            message: `This valid example of version ${kept.version} fails: ${e.error} (${e.message}).`,
            fix: 'Restore it as it was published: old examples are the documents migrations are tested on.',
          });
        }
      }
    }
  }
  return problems;
}

/**
 * An example still written for an older version needs migrating, not just a new version number: say
 * so, with the command, when a kept version and a chain of migrations exist for it.
 */
function suggestMigratingExamples(
  problems: LintProblem[],
  folder: string,
  history: FormHistory | undefined,
  cwd: string,
): void {
  for (const problem of problems) {
    if (problem.check !== 'examples' || problem.pointer !== '/form') continue;
    const version = /^The example is for "[^"]*" version "([^"]+)"/.exec(problem.message)?.[1];
    if (!version || !history?.versions.has(version) || version === history.current) continue;
    const command = `adoption-support migrate ${join(relative(cwd, folder) || '.', problem.file)} --in-place`;
    problem.fix = planMigrations(history.migrations, version, history.current)
      ? `Bring it to ${history.current} with its migration: ${command}, then fill in anything the report says is kept aside or not complete.`
      : `Do not just change its version: once the migration from ${version} exists, bring it to ${history.current} with ${command}.`;
  }
}

/** Finds a field's label in the current strings, or in a kept older version's (a field since removed). */
function fieldLabels(
  definition: LoadedFormFolder['definition'],
  history: FormHistory | undefined,
  context: FieldContext,
): LabelFinder {
  const current = new Set<string>();
  try {
    for (const field of schemaFields(definition.schema)) current.add(field.dataPath.join('/'));
  } catch {
    // The schema checks say why it cannot be read.
  }
  return (dataPath) => {
    const key = `${i18nPrefix(dataPath)}.label`;
    const removed =
      !current.has(dataPath.join('/')) &&
      [...(history?.versions.values() ?? [])].some((kept) => {
        try {
          return schemaFields(kept.schema).some((f) => f.dataPath.join('/') === dataPath.join('/'));
        } catch {
          return false;
        }
      });
    const label =
      definition.locales.en?.[key] ??
      [...(history?.versions.values() ?? [])].map((kept) => kept.english[key]).find((l) => l !== undefined);
    const section = removed ? undefined : context.ofDataPath(dataPath).section;
    return { ...(label ? { label } : {}), ...(section ? { section } : {}), removed };
  };
}

/**
 * A strict-mode error names an unknown keyword but not where it is: find it in the schema, so the
 * problem points at the field (the first place the keyword is written).
 */
function placeSchemaKeyword(problem: LintProblem, schema: Record<string, unknown>): void {
  if (problem.check !== 'schema' || problem.pointer !== '') return;
  const keyword = /unknown keyword: "([^"]+)"/.exec(problem.message)?.[1];
  if (!keyword) return;
  const find = (node: unknown, pointer: string): string | undefined => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) {
        const found = find(item, `${pointer}/${i}`);
        if (found !== undefined) return found;
      }
    } else if (isJsonObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (key === keyword) return here;
        if (key === 'enum' || key === 'const' || key === 'required') continue;
        const found = find(value, here);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  const pointer = find(schema, '');
  if (pointer !== undefined) problem.pointer = pointer;
}

/**
 * The order keys belong in: that of i18n/en.json for keys English has, else the order the form asks
 * its fields (a new field's label goes after the label of the field before it).
 */
function keyOrder(definition: LoadedFormFolder['definition']): (key: string) => string[] {
  const english = Object.keys(definition.locales.en ?? {});
  return (key) => {
    if (english.includes(key)) return english;
    try {
      const walk = walkUiSchema(String(definition.manifest.id), definition.uischema, definition.schema);
      return walk.controls.flatMap((c) => [`${c.i18nKey}.label`, `${c.i18nKey}.description`]);
    } catch {
      return [];
    }
  };
}

/**
 * A key missing from a locale file has no place in it: point at the key that comes before it in
 * i18n/en.json, which is where it belongs, and say so in the fix.
 */
async function placeMissingKey(
  problem: LintProblem,
  order: (key: string) => string[],
  find: (file: string, pointer: string) => Promise<{ line: number; column: number } | undefined>,
): Promise<void> {
  const key = problem.pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  const keys = order(key);
  const index = keys.indexOf(key);
  if (index < 0) return;
  const exact = await find(problem.file, problem.pointer);
  const root = await find(problem.file, '');
  if (exact && root && (exact.line !== root.line || exact.column !== root.column)) return;
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = keys[i] as string;
    const position = await find(problem.file, `/${before.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (position && (position.line !== root?.line || position.column !== root?.column)) {
      problem.line = position.line;
      problem.column = position.column;
      problem.fix = `${problem.fix} Put it after "${before}" (line ${position.line}).`;
      return;
    }
  }
}

/**
 * Runs every check on one form folder: the definition (manifest, schema, annotations, UI schema,
 * locales, examples), rule packs and their cases, kept versions and migrations. Each problem carries
 * its section and field label and the line:column of its pointer.
 */
export async function lintFormFolder(folder: string, options: LintOptions = {}): Promise<FormLint> {
  const site = (argument: string) => ({ function: 'lintFormFolder', argument });
  needText(site('folder'), folder, 'Pass the path of a form folder.');
  needObject(site('options'), options, 'Pass { cwd } or nothing.');
  if (options.cwd !== undefined) needText(site('options'), options.cwd, 'Pass cwd as a path.', '/cwd');
  if (isKeptVersionFolder(folder)) return lintKeptVersionFolder(folder);
  const find = positionFinder(folder);
  let loaded: LoadedFormFolder;
  try {
    loaded = await loadFormFolder(folder);
  } catch (error) {
    if (!(error instanceof DefinitionLoadError)) throw error;
    return { form: error.location.form, folder, problems: [fromLoadError(error)] };
  }
  const { definition } = loaded;
  const form = definition.manifest.id ?? basename(folder);
  const problems: LintProblem[] = checkLoadedForm(loaded).map((p) => ({ ...p }));
  problems.push(...(await checkTermbase(loaded)));
  let history: FormHistory | undefined;
  try {
    history = await loadFormHistory(folder);
    problems.push(...checkHistory(history), ...(await checkKeptVersions(history)));
  } catch (error) {
    if (!(error instanceof DefinitionLoadError)) throw error;
    problems.push(fromLoadError(error));
  }
  const context = fieldContext(definition);
  problems.push(...(await checkRulePacks(loaded, fieldLabels(definition, history, context))));
  const version = String(definition.manifest.version);
  problems.push(...(await checkReleased(folder, String(form), version, options.cwd ?? process.cwd())));
  if (history) problems.push(...(await checkSavedPlans(folder, history, definition)));
  sendToRelease(problems, version);
  suggestMigratingExamples(problems, folder, history, options.cwd ?? process.cwd());
  // An example written for an older version is expected to fail the new schema: say only that it
  // needs migrating, not every way in which the old data differs.
  const outdated = new Set(
    problems
      .filter((p) => p.check === 'examples' && p.pointer === '/form' && /^The example is for/.test(p.message))
      .map((p) => p.file),
  );
  for (let i = problems.length - 1; i >= 0; i -= 1) {
    const p = problems[i] as LintProblem;
    if (p.check === 'examples' && outdated.has(p.file) && p.pointer !== '/form') problems.splice(i, 1);
  }
  for (const problem of problems) placeSchemaKeyword(problem, definition.schema);
  for (const problem of problems) {
    const place =
      problem.file.includes('/') && !/^(i18n|examples|rules)\//.test(problem.file)
        ? {}
        : context.ofFilePointer(problem.file, problem.pointer);
    if (!problem.section && place.section) problem.section = place.section;
    if (!problem.field && place.field) problem.field = place.field;
    if (problem.line === undefined) {
      const position = await find(problem.file, problem.pointer);
      if (position) Object.assign(problem, position);
      if (problem.check === 'locales' && /^i18n\/\w+\.json$/.test(problem.file)) {
        await placeMissingKey(problem, keyOrder(definition), find);
      }
    }
  }
  suggestNames(problems, definition, history);
  const warnings = [
    ...(await staleTranslations(loaded, options.cwd ?? process.cwd())),
    ...(await checkHintDurations(loaded)),
  ];
  for (const warning of warnings) {
    if (warning.line === undefined) Object.assign(warning, await find(warning.file, warning.pointer));
    if (!warning.field) Object.assign(warning, context.ofFilePointer(warning.file, warning.pointer));
  }
  return { form: String(form), folder, version: String(definition.manifest.version), problems, warnings };
}

/** Lints an older version kept under `versions/<version>/`: its files read, and its schema compiles. */
async function lintKeptVersionFolder(folder: string): Promise<FormLint> {
  const formFolder = dirname(dirname(folder));
  const history = await loadFormHistory(formFolder);
  const version = basename(folder);
  const prefix = `versions/${version}/`;
  const find = positionFinder(formFolder);
  const problems = [...history.problems, ...(await checkKeptVersions(history))].filter((p) =>
    p.file.startsWith(prefix),
  );
  for (const problem of problems) {
    problem.file = problem.file.slice(prefix.length);
    if (problem.line === undefined) {
      const position = await find(`${prefix}${problem.file}`, problem.pointer);
      if (position) Object.assign(problem, position);
    }
  }
  return { form: history.form, folder, version, problems };
}
