import { basename } from 'node:path';
import { checkDefinition } from '../definition/checkDefinition';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { checkExamples } from './checkExamples';
import { compileFormSchema } from './checkSchema';
import { type LoadedFormFolder, loadFormFolder } from './loadFormFolder';

/** Every check on a loaded form folder: manifest, schema, annotations, UI schema, locales, examples. */
export function checkLoadedForm(loaded: LoadedFormFolder): DefinitionProblem[] {
  const { definition, examples, folder } = loaded;
  const compiled = compileFormSchema(definition);
  const problems = [...checkDefinition(definition, basename(folder)), ...compiled.problems];
  if (compiled.validate) problems.push(...checkExamples(definition, examples, compiled.validate));
  return problems;
}

/** Loads a form folder and runs every check on it. Throws only when a file cannot be read or parsed. */
export async function checkFormFolder(folder: string): Promise<DefinitionProblem[]> {
  return checkLoadedForm(await loadFormFolder(folder));
}
