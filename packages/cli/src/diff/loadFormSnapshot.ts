import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DefinitionLoadError } from '@adoption-support/core';
import { readJsonFile } from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import { needText } from '../inputGuards';
import type { FormSnapshot } from './diffForms';

/** The form folder a folder belongs to: itself, or the form holding it as `versions/<version>`. */
export const owningFormFolder = (folder: string): string =>
  basename(dirname(folder)) === 'versions' && existsSync(join(dirname(dirname(folder)), 'form.json'))
    ? dirname(dirname(folder))
    : folder;

/**
 * Reads what a diff needs from a form folder or a kept version (`versions/<version>/`): form.json and
 * schema.json, and the UI schema and English strings when the folder has them.
 */
export async function loadFormSnapshot(folder: string): Promise<FormSnapshot> {
  needText({ function: 'loadFormSnapshot', argument: 'folder' }, folder, 'Pass the path of a form folder.');
  const name = basename(folder);
  const read = async (file: string) => {
    const value = await readJsonFile(join(folder, file), name, file);
    if (!isJsonObject(value)) {
      throw new DefinitionLoadError(
        { form: name, file },
        'The file must hold a JSON object.',
        'Wrap its content in { }.',
      );
    }
    return value;
  };
  const manifest = await read('form.json');
  const schema = await read('schema.json');
  const uischema = existsSync(join(folder, 'uischema.json')) ? await read('uischema.json') : undefined;
  const english = existsSync(join(folder, 'i18n', 'en.json')) ? await read('i18n/en.json') : {};
  return {
    form: String(manifest.id),
    version: String(manifest.version),
    schema,
    english: Object.fromEntries(Object.entries(english).filter((e): e is [string, string] => typeof e[1] === 'string')),
    ...(uischema ? { uischema } : {}),
  };
}
