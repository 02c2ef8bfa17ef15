import { assertTextFields } from '../definition/jsonInput';
/**
 * One thing wrong with a rule pack, said in plain English with the fix. The same shape as a
 * `DefinitionProblem` (with `check: 'rules'`), plus the rule's id when the problem is in a rule.
 */
export interface RuleProblem {
  check: 'rules';
  /** The form's id. */
  form: string;
  /** The pack file, relative to the form folder, e.g. `rules/reviews.json`. */
  file: string;
  /** JSON pointer inside that file, e.g. `/rules/2/logic/if/0/var`. */
  pointer: string;
  /** The rule's id, when the problem is in a rule. */
  rule?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Renders a rule problem as one line a policy lead can act on. */
export function formatRuleProblem(problem: RuleProblem): string {
  const site = { function: 'formatRuleProblem', argument: 'problem' };
  assertTextFields(site, problem, ['form', 'file', 'message', 'fix'], ['pointer', 'rule']);
  const rule = problem.rule ? ` (rule "${problem.rule}")` : '';
  const at = problem.pointer ? ` at ${problem.pointer}` : '';
  return `${problem.form}: ${problem.file}${at}${rule}: ${problem.message} ${problem.fix}`;
}
