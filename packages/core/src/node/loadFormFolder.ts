import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FormDefinitionData, FormExample, FormManifest, LocaleStrings } from '@adoption-support/schemas';
import { DefinitionLoadError } from '../errors';
import { readJsonFile } from './readJsonFile';

/** A form definition read from a folder, with its examples. */
export interface LoadedFormFolder {
  folder: string;
  definition: FormDefinitionData;
  /** Examples by name (`valid.full`, `invalid.missing-date-of-birth`). */
  examples: Record<string, FormExample>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectObject(value: unknown, form: string, file: string): Record<string, unknown> {
  if (!isObject(value)) {
    throw new DefinitionLoadError(
      { form, file, pointer: '' },
      'The file must hold a JSON object.',
      'Wrap its content in { }.',
    );
  }
  return value;
}

/**
 * Loads a form folder (`form.json`, `schema.json`, `uischema.json`, `i18n/*.json`, rule packs and
 * examples). Throws {@link DefinitionLoadError} naming the file, with line:column for JSON syntax
 * errors. The content is not checked here: run `checkFormFolder` for that.
 */
export async function loadFormFolder(folder: string): Promise<LoadedFormFolder> {
  const name = basename(folder);
  const manifest = expectObject(await readJsonFile(join(folder, 'form.json'), name, 'form.json'), name, 'form.json');
  const form = typeof manifest.id === 'string' ? manifest.id : name;
  const read = async (file: string) => expectObject(await readJsonFile(join(folder, file), form, file), form, file);
  const schema = await read('schema.json');
  const uischema = await read('uischema.json');
  const localeCodes = Array.isArray(manifest.locales) ? manifest.locales.map(String) : ['en'];
  const locales: Record<string, LocaleStrings> = {};
  const i18nDir = join(folder, 'i18n');
  const present = existsSync(i18nDir) ? (await readdir(i18nDir)).filter((f) => f.endsWith('.json')) : [];
  for (const code of new Set([...localeCodes, ...present.map((f) => f.replace(/\.json$/, ''))])) {
    const file = `i18n/${code}.json`;
    if (!existsSync(join(folder, file))) continue;
    locales[code] = (await read(file)) as LocaleStrings;
  }
  const rulePacks: Record<string, unknown> = {};
  for (const pack of Array.isArray(manifest.rulePacks) ? manifest.rulePacks.map(String) : []) {
    rulePacks[pack] = await read(`rules/${pack}.json`);
  }
  const examples: Record<string, FormExample> = {};
  const examplesDir = join(folder, 'examples');
  if (existsSync(examplesDir)) {
    for (const file of (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort()) {
      examples[file.replace(/\.json$/, '')] = (await read(`examples/${file}`)) as unknown as FormExample;
    }
  }
  return {
    folder,
    definition: { manifest: manifest as unknown as FormManifest, schema, uischema, locales, rulePacks },
    examples,
  };
}

/** The form folders (those holding a form.json) directly inside a directory, sorted. */
export async function listFormFolders(formsDir: string): Promise<string[]> {
  const entries = await readdir(formsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(join(formsDir, e.name, 'form.json')))
    .map((e) => join(formsDir, e.name))
    .sort();
}
