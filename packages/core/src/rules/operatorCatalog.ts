import { DATE_UNITS } from '../calendar/addToDate';
import { SCHOOL_MILESTONES } from '../calendar/schoolMilestones';
import { WORKING_DAY_COUNTINGS } from '../calendar/workingDays';

/** What the static checks know about an operator: how many arguments, which must be known words. */
export interface OperatorSpec {
  /** `standard` JSON-Logic, or one of the kit's own. */
  family: 'standard' | 'kit';
  minArgs: number;
  maxArgs: number;
  /** The second argument is logic run once per array item (`map`, `filter`, `reduce`, `all`, `some`, `none`). */
  iterates?: boolean;
  /** An argument that, when written as text, must be one of a list. */
  word?: { index: number; allowed: readonly string[]; what: string };
}

const any = Number.POSITIVE_INFINITY;
const std = (minArgs: number, maxArgs: number, iterates = false): OperatorSpec => ({
  family: 'standard',
  minArgs,
  maxArgs,
  iterates,
});

/** Every operator a rule may use. */
export const OPERATORS: Readonly<Record<string, OperatorSpec>> = {
  var: std(0, 2),
  missing: std(0, any),
  missing_some: std(2, 2),
  if: std(0, any),
  '?:': std(0, any),
  and: std(1, any),
  or: std(1, any),
  '==': std(2, 2),
  '===': std(2, 2),
  '!=': std(2, 2),
  '!==': std(2, 2),
  '>': std(2, 2),
  '>=': std(2, 2),
  '<': std(2, 3),
  '<=': std(2, 3),
  '!': std(1, 1),
  '!!': std(1, 1),
  '%': std(2, 2),
  '+': std(0, any),
  '*': std(1, any),
  '-': std(1, 2),
  '/': std(2, 2),
  min: std(1, any),
  max: std(1, any),
  in: std(2, 2),
  cat: std(0, any),
  substr: std(2, 3),
  merge: std(0, any),
  map: std(2, 2, true),
  filter: std(2, 2, true),
  reduce: std(3, 3, true),
  all: std(2, 2, true),
  some: std(2, 2, true),
  none: std(2, 2, true),
  date_add: { family: 'kit', minArgs: 3, maxArgs: 3, word: { index: 2, allowed: DATE_UNITS, what: 'unit' } },
  date_diff: { family: 'kit', minArgs: 3, maxArgs: 3, word: { index: 2, allowed: DATE_UNITS, what: 'unit' } },
  working_days_add: {
    family: 'kit',
    minArgs: 2,
    maxArgs: 3,
    word: { index: 2, allowed: WORKING_DAY_COUNTINGS, what: 'way of counting' },
  },
  working_days_count: { family: 'kit', minArgs: 2, maxArgs: 2 },
  age_on: { family: 'kit', minArgs: 2, maxArgs: 2 },
  school_milestone: {
    family: 'kit',
    minArgs: 2,
    maxArgs: 3,
    word: { index: 1, allowed: SCHOOL_MILESTONES, what: 'school milestone' },
  },
  today: { family: 'kit', minArgs: 0, maxArgs: 0 },
  date_min: { family: 'kit', minArgs: 1, maxArgs: any },
  date_max: { family: 'kit', minArgs: 1, maxArgs: any },
  is_empty: { family: 'kit', minArgs: 1, maxArgs: 1 },
};

/** True when a rule may use the operator. */
export const isKnownOperator = (name: string): boolean => Object.hasOwn(OPERATORS, name);

/**
 * Limits on evaluation, so that no rule can hang a browser or a server:
 * - `maxOperations`: operations one evaluation of one rule (for one row) may perform; each operator
 *   call costs 1, plus 1 per array item it returns and 1 per 16 characters of text it returns;
 * - `maxArrayLength` / `maxStringLength`: the longest list or text any operator may return or iterate;
 * - `maxDepth` / `maxNodes`: how deeply nested, and how large, one rule's logic may be.
 */
export interface LogicLimits {
  maxOperations: number;
  maxArrayLength: number;
  maxStringLength: number;
  maxDepth: number;
  maxNodes: number;
}

/** The default limits: generous for any real rule, small enough to stop a runaway one in milliseconds. */
export const DEFAULT_LOGIC_LIMITS: Readonly<LogicLimits> = Object.freeze({
  maxOperations: 100_000,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
  maxDepth: 64,
  maxNodes: 5_000,
});
