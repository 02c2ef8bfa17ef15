import { isIsoDate } from '../calendar/isoDate';
import { assertArray, assertDepth, assertTextFields, describeValue, guarded } from '../definition/jsonInput';
import { KitError, KitInputError } from '../errors';
import { createRuleEngine, type RuleEngine, type RuleEngineOptions, type RuleOutcome } from './createRuleEngine';
import type { RuleCaseExpectation } from './RulePack';

/** The result of one case. */
export interface RuleCaseResult {
  /** JSON pointer of the case in the cases file, e.g. `/cases/3`. */
  pointer: string;
  rule: string;
  description: string;
  passed: boolean;
  /** What differed (or what is wrong with the case), one readable line each. Empty when it passed. */
  differences: string[];
}

/** The results of a cases file. */
export interface RuleCasesReport {
  pack: string;
  passed: number;
  failed: number;
  results: RuleCaseResult[];
  /** Ids of the pack's rules that no case exercises. */
  untested: string[];
}

const EXPECT_KEYS = ['derived', 'messages', 'required', 'hidden', 'disabled'] as const;

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}

function comparePointers(what: string, expected: unknown, actual: string[], differences: string[]) {
  if (!Array.isArray(expected) || !expected.every((p) => typeof p === 'string')) {
    differences.push(`expect.${what} must be a list of pointers, e.g. ["/review/date"].`);
    return;
  }
  const missing = expected.filter((p) => !actual.includes(p));
  const extra = actual.filter((p) => !expected.includes(p));
  if (missing.length > 0)
    differences.push(
      `${what}: expected ${missing.join(', ')}, but the rule did not give ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  if (extra.length > 0)
    differences.push(`${what}: the rule also gave ${extra.join(', ')}, which the case does not expect.`);
}

function compareMessages(expected: unknown, actual: RuleOutcome['messages'], differences: string[]) {
  if (!Array.isArray(expected) || !expected.every((m) => isObject(m) && typeof m.pointer === 'string')) {
    differences.push('expect.messages must be a list of {"pointer": ..., "messageKey"?: ..., "values"?: {...}}.');
    return;
  }
  const left = [...actual];
  for (const want of expected as Record<string, unknown>[]) {
    const i = left.findIndex(
      (m) =>
        m.pointer === want.pointer &&
        (want.messageKey === undefined || m.messageKey === want.messageKey) &&
        (want.values === undefined ||
          (isObject(want.values) && Object.entries(want.values).every(([k, v]) => same(m.values[k], v)))),
    );
    if (i === -1) {
      const near = left.filter((m) => m.pointer === want.pointer);
      differences.push(
        `messages: expected ${show(want)}, got ${near.length > 0 ? show(near.map(({ pointer, messageKey, values }) => ({ pointer, messageKey, values }))) : 'no message there'}.`,
      );
    } else {
      left.splice(i, 1);
    }
  }
  for (const m of left)
    differences.push(
      `messages: the rule also gave ${show({ pointer: m.pointer, messageKey: m.messageKey, values: m.values })}, which the case does not expect.`,
    );
}

/** What one rule decided in an outcome, kind by kind. */
function decidedBy(outcome: RuleOutcome, rule: string) {
  const mine = outcome.decisions.filter((d) => d.ruleId === rule);
  const where = (test: (d: (typeof mine)[number]) => boolean) => mine.filter(test).map((d) => d.pointer);
  return {
    required: where((d) => d.kind === 'require' && d.value === true).filter((p) => outcome.required.includes(p)),
    hidden: where((d) => (d.kind === 'hide' && d.value === true) || (d.kind === 'show' && d.value === false)),
    disabled: where((d) => (d.kind === 'disable' && d.value === true) || (d.kind === 'enable' && d.value === false)),
    messages: outcome.messages.filter((m) => m.ruleId === rule),
  };
}

function runCase(engine: RuleEngine, raw: unknown, pointer: string): RuleCaseResult {
  const c = isObject(raw) ? raw : {};
  const rule = typeof c.rule === 'string' ? c.rule : '(no rule)';
  const description = typeof c.description === 'string' ? c.description : '';
  const differences: string[] = [];
  const fail = (message: string) => ({ pointer, rule, description, passed: false, differences: [message] });

  if (!isObject(raw)) return fail('The case is not a JSON object.');
  if (!engine.packs.some((p) => p.rules.some((r) => r.id === rule)))
    return fail(`There is no rule "${rule}" in the pack.`);
  if (!description) return fail('The case has no description: say in a sentence what it shows.');
  if (c.today !== undefined && !isIsoDate(c.today))
    return fail(`"today" is ${describeValue(c.today)}, which is not a date (YYYY-MM-DD).`);
  const expect = c.expect;
  if (!isObject(expect) || !EXPECT_KEYS.some((k) => k in expect)) {
    return fail(`The case has no expectation: give "expect" at least one of ${EXPECT_KEYS.join(', ')}.`);
  }
  const unknown = Object.keys(expect).filter((k) => !(EXPECT_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    return fail(`expect has unknown parts: ${unknown.join(', ')}. Use ${EXPECT_KEYS.join(', ')}.`);

  let outcome: RuleOutcome;
  try {
    outcome = engine.evaluate(c.given ?? {}, c.today === undefined ? {} : { today: c.today as string });
  } catch (error) {
    return fail(`The rules could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decided = decidedBy(outcome, rule);
  const e = expect as RuleCaseExpectation;
  if (e.derived !== undefined) {
    if (!isObject(e.derived)) {
      differences.push('expect.derived must be an object of pointer -> value.');
    } else {
      for (const [at, want] of Object.entries(e.derived)) {
        const got = Object.hasOwn(outcome.derived, at) ? outcome.derived[at] : undefined;
        if (!same(got, want)) differences.push(`derived ${at}: expected ${show(want)}, got ${show(got)}.`);
      }
    }
  }
  if (e.messages !== undefined) compareMessages(e.messages, decided.messages, differences);
  if (e.required !== undefined) comparePointers('required', e.required, decided.required, differences);
  if (e.hidden !== undefined) comparePointers('hidden', e.hidden, decided.hidden, differences);
  if (e.disabled !== undefined) comparePointers('disabled', e.disabled, decided.disabled, differences);
  return { pointer, rule, description, passed: differences.length === 0, differences };
}

/**
 * Runs a `<pack>.cases.json` file (docs/reference/rule-format.md) against a rule engine, or against
 * packs or engine options (an engine is made for them). Each case evaluates the whole form's rules on its `given` data on
 * its `today`, then compares what the named rule decided with `expect`. Never throws for a failing or
 * malformed case: it reports it, with readable differences.
 */
export function runRuleCases(
  target: RuleEngine | RuleEngineOptions | readonly unknown[],
  cases: unknown,
): RuleCasesReport {
  return guarded('runRuleCases', () => runCases(target, cases));
}

function runCases(target: RuleEngine | RuleEngineOptions | readonly unknown[], cases: unknown): RuleCasesReport {
  if (!Array.isArray(target) && (target === null || typeof target !== 'object')) {
    throw new KitInputError({
      function: 'runRuleCases',
      argument: 'target',
      pointer: '',
      problem: `Expected a rule engine, its options or a list of packs, got ${describeValue(target)}.`,
      fix: 'Pass createRuleEngine(...), { packs }, or the packs themselves.',
    });
  }
  assertDepth({ function: 'runRuleCases', argument: 'cases' }, cases);
  const engine = Array.isArray(target)
    ? createRuleEngine({ packs: target })
    : typeof (target as Partial<RuleEngine>).evaluate === 'function' && Array.isArray((target as RuleEngine).packs)
      ? (target as RuleEngine)
      : createRuleEngine(target as RuleEngineOptions);
  if (!isObject(cases) || !Array.isArray(cases.cases)) {
    throw new KitError('The cases file is not {"pack": "...", "cases": [ ... ]}. See docs/reference/rule-format.md.');
  }
  const packId = typeof cases.pack === 'string' ? cases.pack : '';
  const pack = engine.packs.find((p) => p.id === packId);
  if (!pack) {
    throw new KitError(
      `The cases file is for pack "${packId}", which the engine does not have (${engine.packs.map((p) => p.id).join(', ')}). Set "pack" to the pack's id.`,
    );
  }
  const results = cases.cases.map((c, i) => runCase(engine, c, `/cases/${i}`));
  const tested = new Set(results.map((r) => r.rule));
  return {
    pack: packId,
    passed: results.filter((r) => r.passed).length,
    failed: results.filter((r) => !r.passed).length,
    results,
    untested: pack.rules.map((r) => r.id).filter((id) => !tested.has(id)),
  };
}

/** Renders a cases report as lines of text, failures with their differences. */
export function formatRuleCasesReport(report: RuleCasesReport): string {
  return guarded('formatRuleCasesReport', () => formatReport(report));
}

function formatReport(report: RuleCasesReport): string {
  const site = { function: 'formatRuleCasesReport', argument: 'report' };
  assertTextFields(site, report, ['pack']);
  assertArray(site, report.results, '/results');
  assertArray(site, report.untested, '/untested');
  for (const [i, r] of report.results.entries()) {
    assertTextFields(site, r, ['pointer', 'rule', 'description']);
    assertArray(site, r.differences, `/results/${i}/differences`);
  }
  const lines = [`${report.pack}: ${report.passed} passed, ${report.failed} failed`];
  for (const r of report.results.filter((x) => !x.passed)) {
    lines.push(`  FAIL ${r.pointer} ${r.rule}: ${r.description}`);
    for (const d of r.differences) lines.push(`    - ${d}`);
  }
  if (report.untested.length > 0) lines.push(`  Rules with no case: ${report.untested.join(', ')}`);
  return lines.join('\n');
}
