import { KitError } from '../errors';

/** Why an expression was stopped. */
export type LogicErrorKind = 'operations' | 'array' | 'string' | 'depth' | 'size' | 'path' | 'operator' | 'error';

/**
 * An expression the interpreter refused or stopped: too much work, a value too large, too deep,
 * a forbidden path, an unknown operator, or an error inside an operator. The rule engine turns it into
 * a `RuleEvaluationError` naming the pack and rule.
 */
export class LogicError extends KitError {
  override name = 'LogicError';
  constructor(
    readonly kind: LogicErrorKind,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`${reason} ${fix}`);
  }
}
