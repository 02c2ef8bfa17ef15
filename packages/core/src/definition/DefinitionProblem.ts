import { assertTextFields } from './jsonInput';
/** The checks a form definition must pass. */
export type DefinitionCheck =
  | 'manifest'
  | 'schema'
  | 'shared-definitions'
  | 'annotations'
  | 'uischema'
  | 'locales'
  | 'examples';

/** One thing wrong with a form definition, said in plain English with the fix. */
export interface DefinitionProblem {
  check: DefinitionCheck;
  /** The form's id. */
  form: string;
  /** The file at fault, relative to the form folder. */
  file: string;
  /** JSON pointer inside that file. */
  pointer: string;
  /** The field's English label, when the problem is about a field. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Renders a problem as one line a policy lead can act on. */
export function formatProblem(problem: DefinitionProblem): string {
  const site = { function: 'formatProblem', argument: 'problem' };
  assertTextFields(site, problem, ['form', 'file', 'message', 'fix'], ['pointer', 'field']);
  const field = problem.field ? ` (field "${problem.field}")` : '';
  const at = problem.pointer ? ` at ${problem.pointer}` : '';
  return `${problem.form}: ${problem.file}${at}${field}: ${problem.message} ${problem.fix}`;
}
