import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/bankHolidays';
import { CalendarError } from '../calendar/CalendarError';
import { isIsoDate } from '../calendar/isoDate';
import { checkHolidayList } from '../calendar/workingDays';
import {
  cloneJson,
  describeValue,
  guarded,
  isJsonObject,
  MAX_INPUT_DEPTH,
  optionsOf,
  tooDeepAt,
} from '../definition/jsonInput';
import { parsePointer } from '../definition/jsonPointer';
import { KitError, KitInputError } from '../errors';
import { ownAt } from './evaluateRules';
import { evaluateIncrementally, incrementalPlan, keepRecord, recordOf } from './incrementalRules';
import { planRules } from './planRules';
import type { EvaluateOptions, RuleEngine, RuleEngineOptions, RuleFailure } from './RuleOutcome';
import type { RulePack } from './RulePack';
import { RulePackError } from './RulePackError';
import type { RuleProblem } from './RuleProblem';
import { ukToday } from './ukToday';
import { validateRulePack } from './validateRulePack';

export type {
  EvaluateOptions,
  RuleDecision,
  RuleEngine,
  RuleEngineOptions,
  RuleFailure,
  RuleMessage,
  RuleOutcome,
} from './RuleOutcome';

/** Freezes a value and everything in it, without recursion. */
const deepFreeze = <T>(value: T): T => {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next !== null && typeof next === 'object' && !Object.isFrozen(next)) {
      Object.freeze(next);
      stack.push(...Object.values(next));
    }
  }
  return value;
};

function checkSetting(condition: boolean, reason: string, fix: string) {
  if (!condition) throw new KitError(`${reason} ${fix}`);
}

/**
 * Creates the rule engine of one form from its packs. The packs are checked (a malformed rule throws a
 * {@link RulePackError} naming the pack file, the rule and the JSON pointer), copied and frozen; the
 * engine has its own interpreter with its own operators, limits, clock and bank holidays.
 */
export function createRuleEngine(options: RuleEngineOptions): RuleEngine {
  return guarded('createRuleEngine', () => buildEngine(options));
}

function buildEngine(options: RuleEngineOptions): RuleEngine {
  if (!isJsonObject(options)) {
    throw new KitInputError({
      function: 'createRuleEngine',
      argument: 'options',
      pointer: '',
      problem: `Expected an options object, got ${describeValue(options)}.`,
      fix: 'Pass { packs: [pack, ...] }.',
    });
  }
  const { packs: input } = options;
  checkSetting(
    Array.isArray(input) && input.length > 0,
    'createRuleEngine needs at least one rule pack.',
    'Pass { packs: [pack, ...] }.',
  );
  const { maxOperations } = options;
  checkSetting(
    maxOperations === undefined || (Number.isSafeInteger(maxOperations) && maxOperations > 0),
    `maxOperations must be a positive whole number, not ${describeValue(maxOperations)}.`,
    'Leave it out for the default of 100,000.',
  );
  let bankHolidays: readonly string[] = ENGLAND_AND_WALES_BANK_HOLIDAYS;
  if (options.bankHolidays !== undefined) {
    try {
      bankHolidays = checkHolidayList(options.bankHolidays);
    } catch (error) {
      if (error instanceof CalendarError) throw new KitError(`The bankHolidays list is not usable: ${error.message}`);
      throw error;
    }
  }

  if (
    options.leapDayBirthday !== undefined &&
    !['march-1', 'february-28'].includes(options.leapDayBirthday as string)
  ) {
    throw new KitError(
      `leapDayBirthday must be "march-1" or "february-28", not ${describeValue(options.leapDayBirthday)}. Leave it out for "march-1".`,
    );
  }
  checkSetting(
    options.clock === undefined || typeof options.clock === 'function',
    'clock must be a function that returns today as YYYY-MM-DD.',
    'Leave it out for today in the UK.',
  );
  // Each pack is checked as given (validateRulePack walks it within its depth limits), and only a
  // pack that passes is copied and frozen, so nothing recursive ever meets a pack nested too deep.
  const first = input[0] as Partial<RulePack> | null;
  const form = isJsonObject(first) && typeof first.form === 'string' ? first.form : '(unknown form)';
  const problems: RuleProblem[] = [];
  const derivedBefore: string[] = [];
  const packIds = new Set<string>();
  for (const [i, pack] of (input as unknown[]).entries()) {
    const found = validateRulePack(pack, { formId: form, derivedBefore });
    const id = isJsonObject(pack) && typeof pack.id === 'string' ? pack.id : `(pack ${i + 1})`;
    if (packIds.has(id)) {
      found.push({
        check: 'rules',
        form,
        file: `(pack ${i + 1})`,
        pointer: '/id',
        message: `The pack id "${id}" is given twice.`,
        fix: 'Pass each pack once.',
      });
    }
    packIds.add(id);
    problems.push(...found);
    if (found.length === 0) {
      for (const rule of (pack as RulePack).rules) if (rule.kind === 'derive') derivedBefore.push(rule.target);
    }
  }
  if (problems.length > 0) throw new RulePackError(problems);
  const packs = input.map((p) => deepFreeze(cloneJson(p))) as RulePack[];

  const plan = planRules(
    packs,
    { form, bankHolidays, leapDayBirthday: options.leapDayBirthday, maxOperations },
    options.compiled,
  );
  const clock = options.clock ?? ukToday;
  const incremental = incrementalPlan(plan);

  const run = (name: string, data: unknown, evaluateOptions: unknown, previous?: unknown, changed?: unknown) => {
    const settings = optionsOf<EvaluateOptions>({ function: name }, evaluateOptions);
    const changedPaths = changed === undefined ? undefined : changedPointers(changed);
    // Today is read once, so that every rule of one evaluation sees the same date.
    const today = settings.today ?? guarded(name, clock);
    if (!isIsoDate(today)) {
      const from = settings.today === undefined ? 'The clock gave' : 'The date given as today is';
      throw new KitError(`${from} ${describeValue(today)}, which is not a date. Give today as YYYY-MM-DD.`);
    }
    const failed: RuleFailure[] = [];
    const empty = () => ({
      derived: {},
      hidden: [],
      disabled: [],
      required: [],
      messages: [],
      decisions: [],
      failed,
    });
    const record = recordOf(previous, incremental);
    const from = record?.today === today && changedPaths ? { record, changed: changedPaths } : undefined;
    // The quick check allocates nothing per value; only data that is too deep is walked again for its
    // pointer. After a change, only what changed is checked: the rest was checked before.
    const deep = from
      ? from.changed.some((tokens) => nestsDeeperThan(ownAt(data, tokens), MAX_INPUT_DEPTH - tokens.length))
      : nestsDeeperThan(data, MAX_INPUT_DEPTH);
    const tooDeep = deep ? tooDeepAt(data, MAX_INPUT_DEPTH) : undefined;
    if (tooDeep !== undefined) {
      const reason = `The data nests more than ${MAX_INPUT_DEPTH} levels deep.`;
      const fix = 'Send the document as the form saves it: no form nests anywhere near this deep.';
      failed.push({ pointer: tooDeep, stoppedBy: 'data', reason, fix, message: `At ${tooDeep}: ${reason} ${fix}` });
      return empty();
    }
    try {
      const result = evaluateIncrementally(incremental, data, today, failed, from);
      return keepRecord(result.outcome, result.record);
    } catch (error) {
      // A last line of defence: evaluate never throws for data, whatever the data holds.
      const reason = `The rules could not be evaluated on this data (${error instanceof Error ? error.name : typeof error}).`;
      const fix = 'Check the data against the form schema.';
      failed.push({ pointer: '', stoppedBy: 'data', reason, fix, message: `${reason} ${fix}` });
      return empty();
    }
  };

  return {
    form,
    packs,
    evaluate: (data, evaluateOptions) => run('evaluate', data, evaluateOptions),
    update: (previous, data, changed, evaluateOptions) => run('update', data, evaluateOptions, previous, changed),
  };
}

/** True when `value` holds an object or array `max` levels down (where tooDeepAt stops), found without recursion. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  const nodes: object[] = [value];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth >= max) return true;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const inner: unknown = node[i];
        if (inner !== null && typeof inner === 'object') {
          nodes.push(inner);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      const inner: unknown = (node as Record<string, unknown>)[key];
      if (inner !== null && typeof inner === 'object') {
        nodes.push(inner);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** The tokens of the changed pointers given to update(), or a KitInputError naming the bad one. */
function changedPointers(changed: unknown): string[][] {
  if (!Array.isArray(changed)) {
    throw new KitInputError({
      function: 'update',
      argument: 'changedPointers',
      pointer: '',
      problem: `Expected a list of JSON pointers, got ${describeValue(changed)}.`,
      fix: 'Pass the pointers of the answers that changed, e.g. ["/child/dateOfBirth"]; [""] for everything.',
    });
  }
  return changed.map((pointer, i) => {
    try {
      return parsePointer(pointer as string);
    } catch {
      throw new KitInputError({
        function: 'update',
        argument: 'changedPointers',
        pointer: `/${i}`,
        problem: `${describeValue(pointer)} is not a JSON pointer.`,
        fix: 'Give each changed answer as a JSON pointer such as "/child/dateOfBirth".',
      });
    }
  });
}
