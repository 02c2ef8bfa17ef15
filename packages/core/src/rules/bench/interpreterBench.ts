/**
 * Benchmark: json-logic-js 2.0.5 (the design card's interpreter) against our interpreter
 * (json-logic-engine 5.0.7 `LogicEngine.run` with the kit's operators, limits and guards), on rules
 * built from the kit's own operators. Prints rule evaluations per second (median of interleaved rounds)
 * and the ratio against json-logic-js. Tests never assert on time; this is run by hand:
 *
 *   pnpm exec esbuild packages/core/src/rules/bench/interpreterBench.ts --bundle \
 *     --platform=node --format=esm --log-level=warning | node --input-type=module
 */
import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { createInterpreter } from '../createInterpreter';
import { dateOperators } from '../dateOperators';

const TODAY = '2026-03-01';
const ROUNDS = 5;
const WARM_UP_MS = 300;
const ROUND_MS = 1000;

const v = (path: string) => ({ var: path });
/** Rules built from the kit's operators: what our rule packs look like. */
const kitRules: Record<string, unknown> = {
  firstReviewDue: { date_add: [v('data.document.placementDate'), v('params.firstReviewDays'), 'days'] },
  secondReviewDue: {
    if: [v('data.review.firstReviewHeld'), { date_add: [v('data.review.firstReviewHeld'), 3, 'months'] }, null],
  },
  observationsDue: { working_days_add: [v('data.review.planSentDate'), 10] },
  firstReviewLate: {
    or: [
      { is_empty: [v('data.review.firstReviewHeld')] },
      { '<=': [v('data.review.firstReviewHeld'), { date_add: [v('data.document.placementDate'), 28, 'days'] }] },
    ],
  },
  tessaEligible: {
    and: [
      { '>=': [{ date_diff: [v('data.document.placementDate'), { today: [] }, 'months'] }, 12] },
      { in: [v('data.needLevel'), ['low', 'medium']] },
      v('data.consent'),
    ],
  },
  unsignedItem: {
    some: [v('data.supportItems'), { and: [{ '!': [{ is_empty: [v('startDate')] }] }, { is_empty: [v('signOff')] }] }],
  },
  totalHours: { reduce: [v('data.supportItems'), { '+': [v('accumulator'), v('current.hours')] }, 0] },
  yearSevenStart: { school_milestone: [v('data.child.dateOfBirth'), 'year7'] },
  underFive: { '<': [{ age_on: [v('data.child.dateOfBirth'), { today: [] }] }, 5] },
  reviewAfterSupport: {
    date_add: [{ date_min: [v('data.supportEnds'), v('data.document.adoptionOrderDate')] }, 12, 'months'],
  },
  missingDates: { missing: ['data.document.placementDate', 'data.child.dateOfBirth', 'data.review.planSentDate'] },
};

/** Rules using only standard JSON-Logic: the interpreters' own speed, without date arithmetic. */
const standardRules: Record<string, unknown> = {
  needAndConsent: { and: [{ in: [v('data.needLevel'), ['low', 'medium']] }, v('data.consent')] },
  tier: {
    if: [
      { '>': [v('data.supportItems.length'), 3] },
      'many',
      { '>': [v('data.supportItems.length'), 1] },
      'some',
      'one',
    ],
  },
  unsignedItem: kitRules.unsignedItem,
  allHaveHours: { all: [v('data.supportItems'), { '>': [v('hours'), 0] }] },
  manyLongItems: {
    '>=': [
      { reduce: [{ filter: [v('data.supportItems'), { '>': [v('hours'), 2] }] }, { '+': [v('accumulator'), 1] }, 0] },
      2,
    ],
  },
  totalHours: kitRules.totalHours,
  complete: { '!': [{ missing: ['data.document.placementDate', 'data.child.dateOfBirth'] }] },
  label: { cat: ['Need: ', v('data.needLevel'), { if: [v('data.consent'), ' (consent given)', ''] }] },
  orderBeforePlacement: { '<': [v('data.document.adoptionOrderDate'), v('data.document.placementDate')] },
};

const pad = (n: number) => String(n).padStart(2, '0');
const contexts = Array.from({ length: 16 }, (_, i) => ({
  params: { firstReviewDays: 28 },
  data: {
    document: {
      placementDate: `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
      adoptionOrderDate: i % 3 === 0 ? null : `2026-${pad((i % 9) + 1)}-15`,
    },
    review: { firstReviewHeld: i % 2 ? `2025-${pad((i % 12) + 1)}-28` : null, planSentDate: `2025-12-${pad(i + 10)}` },
    child: { dateOfBirth: `20${pad(15 + (i % 8))}-0${(i % 9) + 1}-1${i % 10}` },
    needLevel: ['low', 'medium', 'high'][i % 3],
    consent: i % 4 !== 0,
    supportEnds: i % 2 ? `2026-0${(i % 9) + 1}-01` : null,
    supportItems: Array.from({ length: (i % 5) + 1 }, (_, j) => ({
      startDate: j % 2 ? null : '2026-01-05',
      signOff: j % 3 ? 'Team manager' : null,
      hours: j + 1,
    })),
  },
}));

type Evaluate = (logic: unknown, context: unknown) => unknown;

const settings = { bankHolidays: undefined as never, leapDayBirthday: 'march-1' as const, today: () => TODAY };
const ours = dateOperators({
  ...settings,
  bankHolidays: (await import('../../calendar/bankHolidays')).ENGLAND_AND_WALES_BANK_HOLIDAYS,
});

// json-logic-js: its registry is global, which is one reason we do not use it; fine in a benchmark.
for (const [name, op] of Object.entries(ours)) {
  jsonLogic.add_operation(name, (...args: never[]) => op.apply(args, undefined, () => null));
}
const engines: Record<string, Evaluate> = {
  'json-logic-js 2.0.5 apply': (logic, context) => jsonLogic.apply(logic, context),
  'kit interpreter (json-logic-engine run + guards)': (() => {
    const interpreter = createInterpreter({ clock: () => TODAY });
    return (logic: unknown, context: unknown) => interpreter.run(logic, context, { today: TODAY });
  })(),
  'json-logic-engine 5.0.7 run, no guards (reference)': (() => {
    const engine = new LogicEngine();
    for (const [name, op] of Object.entries(ours)) {
      engine.addMethod(name, (args: unknown) => op.apply(args as unknown[], undefined, () => null), {
        deterministic: op.pure === true,
      });
    }
    return (logic: unknown, context: unknown) => engine.run(logic, context);
  })(),
};

const names = Object.keys(engines);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const millions = (x: number) => `${(x / 1e6).toFixed(2)} M`;

function round(evaluate: Evaluate, logics: unknown[], ms: number): number {
  let evaluations = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const context of contexts) for (const logic of logics) evaluate(logic, context);
    evaluations += contexts.length * logics.length;
    now = performance.now();
  }
  return evaluations / ((now - start) / 1000);
}

function suite(title: string, rules: Record<string, unknown>) {
  const logics = Object.values(rules);
  // The engines must agree before their speed means anything.
  const reference = engines[names[0] as string] as Evaluate;
  let mismatches = 0;
  for (const [name, evaluate] of Object.entries(engines)) {
    for (const context of contexts) {
      for (const logic of logics) {
        if (JSON.stringify(evaluate(logic, context)) !== JSON.stringify(reference(logic, context))) {
          mismatches++;
          console.log(`mismatch: ${name} on ${JSON.stringify(logic)}`);
        }
      }
    }
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) round(engines[name] as Evaluate, logics, WARM_UP_MS);
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) samples[name]?.push(round(engines[name] as Evaluate, logics, ROUND_MS));
  }
  const base = median(samples[names[0] as string] as number[]);
  console.log(`\n${title}: ${logics.length} rules x ${contexts.length} documents, ${mismatches} result mismatches`);
  console.log('engine | rule evals/s (median) | range | vs json-logic-js');
  for (const name of names) {
    const xs = samples[name] as number[];
    const ratio = (median(xs) / base).toFixed(2);
    console.log(
      `${name} | ${millions(median(xs))} | ${millions(Math.min(...xs))}-${millions(Math.max(...xs))} | ${ratio}x`,
    );
  }
}

console.log(
  `Node ${typeof process === 'undefined' ? '?' : process.version}; median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms after ${WARM_UP_MS} ms warm-up.`,
);
suite('Kit operators (dates, working days, school milestones)', kitRules);
suite('Standard JSON-Logic only', standardRules);
