import { escapePointerToken } from '../definition/jsonPointer';
import { DEFAULT_LOGIC_LIMITS, type LogicLimits, OPERATORS } from './operatorCatalog';

/** Where a `var` path is read: at the top of a rule, or inside a `map`/`filter`/... callback (the item). */
export type VariableScope = 'rule' | 'item';

/** What the static walk reports. */
export interface LogicVisitor {
  /** A problem with the logic at a pointer (relative to the file). */
  problem(pointer: string, message: string, fix: string): void;
  /** A variable path written as text or a number, where it is read. */
  variable(path: string, pointer: string, scope: VariableScope): void;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Walks a rule's logic without running it: every object must be a known operator with the right
 * number of arguments; words such as units must be known; `var` and `missing` paths are reported to
 * the visitor (and must be written out, not built while the rule runs); depth and size are bounded.
 */
export function walkLogic(
  logic: unknown,
  pointer: string,
  visitor: LogicVisitor,
  limits: Pick<LogicLimits, 'maxDepth' | 'maxNodes'> = DEFAULT_LOGIC_LIMITS,
): void {
  let nodes = 0;
  let tooBig = false;
  let tooDeep = false;
  const visit = (node: unknown, at: string, depth: number, scope: VariableScope): void => {
    nodes++;
    if (nodes > limits.maxNodes && !tooBig) {
      tooBig = true;
      visitor.problem(pointer, `The logic has more than ${limits.maxNodes} parts.`, 'Split it into smaller rules.');
    }
    if (depth > limits.maxDepth) {
      if (!tooDeep) {
        tooDeep = true;
        visitor.problem(
          at,
          `The logic is nested more than ${limits.maxDepth} levels deep.`,
          'Flatten it, or split it into rules that build on derived values.',
        );
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${at}/${i}`, depth + 1, scope);
      });
      return;
    }
    if (!isPlainObject(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    if (keys.length > 1) {
      visitor.problem(
        at,
        `An operation has ${keys.length} keys (${keys.join(', ')}); it must have exactly one, the operator.`,
        'Write each operation as {"operator": [arguments]}.',
      );
      return;
    }
    const op = keys[0] as string;
    const opAt = `${at}/${escapePointerToken(op)}`;
    const spec = Object.hasOwn(OPERATORS, op) ? OPERATORS[op] : undefined;
    if (!spec) {
      visitor.problem(
        opAt,
        `"${op}" is not an operator the kit knows.`,
        'Use one of the operators in docs/reference/operators.md (check the spelling).',
      );
      return;
    }
    const raw = node[op];
    const args = Array.isArray(raw) ? raw : [raw];
    const argAt = (i: number) => (Array.isArray(raw) ? `${opAt}/${i}` : opAt);
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      const wanted =
        spec.minArgs === spec.maxArgs
          ? `${spec.minArgs}`
          : spec.maxArgs === Number.POSITIVE_INFINITY
            ? `at least ${spec.minArgs}`
            : `${spec.minArgs} to ${spec.maxArgs}`;
      visitor.problem(
        opAt,
        `"${op}" takes ${wanted} argument${wanted === '1' ? '' : 's'}, but has ${args.length}.`,
        op === 'reduce'
          ? 'Give reduce a list, the logic for each item, and a starting value, e.g. 0.'
          : 'See docs/reference/operators.md for its arguments.',
      );
    }
    if (spec.word) {
      const word = args[spec.word.index];
      if (typeof word === 'string' && !spec.word.allowed.includes(word)) {
        visitor.problem(
          argAt(spec.word.index),
          `"${word}" is not a ${spec.word.what} "${op}" knows.`,
          `Use one of: ${spec.word.allowed.join(', ')}.`,
        );
      }
    }
    if (op === 'var') {
      const path = args[0];
      if (typeof path === 'string' || typeof path === 'number') {
        visitor.variable(String(path), argAt(0), scope);
      } else if (path !== undefined && path !== null) {
        visitor.problem(
          argAt(0),
          'A variable path is worked out while the rule runs; paths must be written out.',
          'Write the path as text, e.g. {"var": "data.child.dateOfBirth"}.',
        );
      }
      if (args.length > 1) visit(args[1], argAt(1), depth + 1, scope);
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const paths = op === 'missing_some' ? args[1] : args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
      const pathsAt =
        op === 'missing_some' ? argAt(1) : args.length === 1 && Array.isArray(args[0]) ? argAt(0) : undefined;
      if (Array.isArray(paths)) {
        paths.forEach((path, i) => {
          const where = pathsAt === undefined ? argAt(i) : `${pathsAt}/${i}`;
          if (typeof path === 'string' || typeof path === 'number') visitor.variable(String(path), where, scope);
          else visit(path, where, depth + 1, scope);
        });
      } else {
        visit(paths, pathsAt ?? opAt, depth + 1, scope);
      }
      if (op === 'missing_some') visit(args[0], argAt(0), depth + 1, scope);
      return;
    }
    args.forEach((arg, i) => {
      const inner = spec.iterates && i === 1 ? 'item' : scope;
      visit(arg, argAt(i), depth + 1, inner);
    });
  };
  visit(logic, pointer, 0, 'rule');
}
