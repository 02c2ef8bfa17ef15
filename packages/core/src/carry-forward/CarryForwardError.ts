import { assertTextFields } from '../definition/jsonInput';
import { KitError } from '../errors';
import type { CarryForwardProblem } from './CarryForwardMapping';

/** Renders a mapping problem as one line naming the file, the place in it, what is wrong and the fix. */
export function formatCarryForwardProblem(problem: CarryForwardProblem): string {
  assertTextFields({ function: 'formatCarryForwardProblem', argument: 'problem' }, problem, [
    'file',
    'pointer',
    'message',
    'fix',
  ]);
  return `${problem.file} at ${problem.pointer || '/'}: ${problem.message} ${problem.fix}`;
}

/** A mapping that cannot be used, or documents it cannot be used on. Never quotes form data. */
export class CarryForwardError extends KitError {
  override name = 'CarryForwardError';
  constructor(
    message: string,
    readonly problems: readonly CarryForwardProblem[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map(formatCarryForwardProblem).join('\n')}` : message);
  }
}
