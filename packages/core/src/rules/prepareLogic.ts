import { LogicError } from './LogicError';
import type { LogicLimits } from './operatorCatalog';

/**
 * Checks and normalises logic once: every operator must be one of `operators` (own properties only),
 * nesting and size are bounded, and every operator's arguments become an array (`{"!": x}` ->
 * `{"!": [x]}`), so that a single argument is never spread, matching json-logic-js. The interpreter
 * does this before a piece of logic first runs; the compiler does it before it writes any source.
 */
export function prepareLogic(
  logic: unknown,
  operators: Readonly<Record<string, unknown>>,
  limits: Pick<LogicLimits, 'maxDepth' | 'maxNodes'>,
): unknown {
  let nodes = 0;
  const visit = (node: unknown, depth: number): unknown => {
    if (++nodes > limits.maxNodes) {
      throw new LogicError('size', `The logic has more than ${limits.maxNodes} parts.`, 'Split it into smaller rules.');
    }
    if (depth > limits.maxDepth) {
      throw new LogicError(
        'depth',
        `The logic is nested more than ${limits.maxDepth} levels deep.`,
        'Flatten it, or split it into rules that build on derived values.',
      );
    }
    if (Array.isArray(node)) return Object.freeze(node.map((item) => visit(item, depth + 1)));
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length === 0) return node;
    const op = keys[0] as string;
    if (keys.length > 1 || !Object.hasOwn(operators, op)) {
      throw new LogicError(
        'operator',
        keys.length > 1
          ? `An operation has ${keys.length} keys (${keys.join(', ')}); it must have exactly one, the operator.`
          : `"${op}" is not an operator the kit knows.`,
        'See docs/reference/operators.md for the operators rules may use.',
      );
    }
    const args = (node as Record<string, unknown>)[op];
    const list = Array.isArray(args) ? args : [args];
    return Object.freeze({ [op]: Object.freeze(list.map((item) => visit(item, depth + 1))) });
  };
  return visit(logic, 0);
}
