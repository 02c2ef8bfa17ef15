import { basename } from 'node:path';
import { AUDIENCE_KEYWORD } from '../definition/annotations';
import { checkDefinition } from '../definition/checkDefinition';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { assertDefinitionObject, assertObject, assertString, guarded } from '../definition/jsonInput';
import { checkExamples } from './checkExamples';
import { compileFormSchema } from './checkSchema';
import { type LoadedFormFolder, loadFormFolder } from './loadFormFolder';

/** Every check on a loaded form folder: manifest, schema, annotations, UI schema, locales, examples. */
export function checkLoadedForm(loaded: LoadedFormFolder): DefinitionProblem[] {
  return guarded('checkLoadedForm', () => {
    const site = { function: 'checkLoadedForm', argument: 'loaded' };
    assertObject(site, loaded, '', 'Pass what loadFormFolder returned.');
    assertString(site, loaded.folder, '/folder');
    assertDefinitionObject({ ...site, argument: 'loaded.definition' }, loaded.definition);
    return checkLoaded(loaded);
  });
}

function checkLoaded(loaded: LoadedFormFolder): DefinitionProblem[] {
  const { definition, examples, folder } = loaded;
  const compiled = compileFormSchema(definition);
  const checked = checkDefinition(definition, basename(folder));
  // A misspelt audience stops the schema compiling, and the annotation check names it with the
  // audiences to use: say it once.
  const named = checked.some((p) => p.check === 'annotations' && p.pointer.endsWith(`/${AUDIENCE_KEYWORD}`));
  const problems = [
    ...checked,
    ...compiled.problems.filter((p) => !(named && p.message.startsWith(`"${AUDIENCE_KEYWORD}"`))),
  ];
  if (compiled.validate) problems.push(...checkExamples(definition, examples, compiled.validate));
  return problems;
}

/** Loads a form folder and runs every check on it. Throws only when a file cannot be read or parsed. */
export async function checkFormFolder(folder: string): Promise<DefinitionProblem[]> {
  return checkLoadedForm(await loadFormFolder(folder));
}
