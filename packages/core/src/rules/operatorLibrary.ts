import type { LeapDayBirthday } from '../calendar/ageOn';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/bankHolidays';
import { isIsoDate } from '../calendar/isoDate';
import type { HolidayList } from '../calendar/workingDays';
import { dateOperators } from './dateOperators';
import { LogicError } from './LogicError';
import { DEFAULT_LOGIC_LIMITS, type LogicLimits } from './operatorCatalog';
import { type Operator, standardOperators } from './standardOperators';
import { ukToday } from './ukToday';

/** Settings of one interpreter, or of one set of compiled rules. */
export interface InterpreterOptions {
  /** Bank holidays for the working-day operators; the England and Wales table by default. */
  bankHolidays?: HolidayList;
  /** How a 29 February birthday falls in a common year, for `age_on`. */
  leapDayBirthday?: LeapDayBirthday;
  /** Today's date, `YYYY-MM-DD`; today in the UK by default. */
  clock?: () => string;
  limits?: Partial<LogicLimits>;
}

/**
 * The operators of one engine with its budget: what the interpreter registers on its json-logic-engine
 * instance and what compiled rules call, so that both count, refuse and fail in exactly the same way.
 */
export interface OperatorLibrary {
  readonly limits: Readonly<LogicLimits>;
  readonly operators: Readonly<Record<string, Operator>>;
  /** Charges an operator call: 1, then what its result costs (see {@link LogicLimits}). */
  charge(cost: number): void;
  /** Checks and charges a value an operator returned, and gives it back. */
  measure<T>(value: T): T;
  /** Starts one run: a fresh budget, and today's date for it (the clock's when not given). */
  begin(today: string | undefined): void;
  /** Turns anything an operator threw into a {@link LogicError}. */
  failure(error: unknown): LogicError;
}

/** Creates the operator library of one engine: its own operators, bank holidays, clock and limits. */
export function createOperatorLibrary(options: InterpreterOptions = {}): OperatorLibrary {
  const limits: LogicLimits = { ...DEFAULT_LOGIC_LIMITS, ...options.limits };
  const clock = options.clock ?? ukToday;
  const state = { remaining: 0, today: undefined as string | undefined };

  const today = () => {
    if (state.today === undefined) {
      const value = clock();
      if (!isIsoDate(value)) {
        throw new LogicError(
          'error',
          `The clock gave "${String(value)}", which is not a date.`,
          'Make the clock return today as YYYY-MM-DD.',
        );
      }
      state.today = value;
    }
    return state.today;
  };

  const operators: Record<string, Operator> = {
    ...standardOperators,
    ...dateOperators({
      bankHolidays: options.bankHolidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS,
      leapDayBirthday: options.leapDayBirthday ?? 'march-1',
      today,
    }),
  };

  const charge = (cost: number) => {
    state.remaining -= cost;
    if (state.remaining < 0) {
      throw new LogicError(
        'operations',
        `It did more than ${limits.maxOperations} operations.`,
        'Simplify the rule (a loop inside a loop over long lists is the usual cause).',
      );
    }
  };

  const measure = <T>(value: T): T => {
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        throw new LogicError(
          'array',
          `It built a list of ${value.length} items, more than the ${limits.maxArrayLength} allowed.`,
          'Filter the list before combining it.',
        );
      }
      charge(value.length);
    } else if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        throw new LogicError(
          'string',
          `It built a text of ${value.length} characters, more than the ${limits.maxStringLength} allowed.`,
          'Shorten what the rule joins together.',
        );
      }
      charge(value.length >> 4);
    }
    return value;
  };

  return {
    limits,
    operators,
    charge,
    measure,
    begin(day) {
      state.remaining = limits.maxOperations;
      state.today = day;
    },
    failure(error) {
      if (error instanceof LogicError) return error;
      const detail =
        error instanceof Error
          ? error.message
          : typeof error === 'object' && error !== null && 'type' in error
            ? String((error as { type: unknown }).type)
            : String(error);
      return new LogicError('error', `It failed: ${detail}.`, 'Check the rule against docs/reference/operators.md.');
    },
  };
}
