#!/usr/bin/env node
// `pnpm bench:react`: the kit's React component, plain JSON Forms with its material renderers and an
// empty page with one text box, side by side in one run, in Debian's chromium (playwright-core), on
// the England plan's first section and its support items, at 1x and 4x CPU (CDP throttling). Every
// page is typed into with the same seeded human rhythm, in interleaved rounds, and freshly loaded for
// each run. Prints one table and the ratios against the targets; asserts nothing. The method and why
// each choice is fair: docs/decisions/0016-bench-react-method.md.
//
// Settings (environment): BENCH_KEYS keystrokes per page per scenario and CPU rate (300), BENCH_ROUNDS
// rounds they are split into (4), BENCH_CPU rates (1,4), BENCH_SCENARIO one scenario only,
// BENCH_SIZES=0 to leave out the bundle sizes, BENCH_BREAKDOWN=1 to add where the main thread's time
// went while typing (timeline tracing, which slows the pages a little), CHROMIUM_PATH (/usr/bin/chromium).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { buildPages, PAGES, servePages } from './pages.mjs';
import { printBreakdown, printReport } from './report.mjs';
import { GAP_MS, keyPlan, RHYTHM_SEED, STOP_MS } from './rhythm.mjs';
import { runPage, scenarios } from './runPage.mjs';
import { printSizes } from './sizes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const elementRoot = join(here, '..');
const require = createRequire(join(elementRoot, 'package.json'));
const schemasRoot = dirname(require.resolve('@adoption-support/schemas/package.json'));
const reactRoot = dirname(require.resolve('@adoption-support/react/package.json'));
const strings = JSON.parse(readFileSync(join(schemasRoot, 'forms', 'asp-england', 'i18n', 'en.json'), 'utf8'));

const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1.`);
  return value;
};
const KEYS = setting('BENCH_KEYS', 300);
const BREAKDOWN = process.env.BENCH_BREAKDOWN === '1';
const ROUNDS = setting('BENCH_ROUNDS', 4);
const CPUS = (process.env.BENCH_CPU ?? '1,4').split(',').map(Number);
if (CPUS.some((c) => !(c >= 1))) throw new Error('BENCH_CPU must list throttling rates of 1 or more, e.g. 1,4.');
const ALL_SCENARIOS = scenarios(strings);
const SCENARIO_NAMES = process.env.BENCH_SCENARIO ? [process.env.BENCH_SCENARIO] : Object.keys(ALL_SCENARIOS);
for (const name of SCENARIO_NAMES) {
  if (!ALL_SCENARIOS[name]) throw new Error(`BENCH_SCENARIO: no scenario "${name}" (${Object.keys(ALL_SCENARIOS)}).`);
}

// Everything started here stops on the way out, however the run ends.
const out = await mkdtemp(join(tmpdir(), 'asf-bench-'));
let browser;
let server;
async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  await rm(out, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

try {
  const sizes = await buildPages({ pagesDir: join(here, 'pages'), outdir: out, packageDir: elementRoot });
  server = await servePages(out);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--disable-renderer-backgrounding',
      // No name resolves but the local server's address: a page cannot reach the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

  const plan = keyPlan(KEYS, ROUNDS);
  console.log(
    `pnpm bench:react: ${plan.flat().length} keystrokes per page, scenario and CPU rate in ${ROUNDS} rounds ` +
      `(seed ${RHYTHM_SEED}; ${GAP_MS.min}-${GAP_MS.max} ms between keys, a ${STOP_MS} ms stop after each burst of 3-12). ` +
      `Page scripts, gzip: ${Object.entries(sizes)
        .map(([name, n]) => `${name} ${(n / 1000).toFixed(1)} KB`)
        .join(', ')}.`,
  );

  const results = {};
  for (const scenario of SCENARIO_NAMES) {
    results[scenario] = Object.fromEntries(CPUS.map((cpu) => [cpu, { kit: [], plain: [], bare: [] }]));
  }
  const names = Object.keys(PAGES);
  for (let round = 0; round < ROUNDS; round++) {
    for (const cpu of CPUS) {
      for (const scenario of SCENARIO_NAMES) {
        // Each page takes each place in the order in turn, so drift over the run falls on all alike.
        const order = names.map((_, i) => names[(i + round) % names.length]);
        for (const name of order) {
          const run = await runPage({
            browser,
            origin: server.origin,
            name,
            scenario: ALL_SCENARIOS[scenario],
            cpu,
            keys: plan[round],
            traceDir: out,
            breakdown: BREAKDOWN,
          });
          results[scenario][cpu][name].push(run);
        }
        console.error(`  round ${round + 1}/${ROUNDS}, ${cpu}x CPU, ${scenario}: done`);
      }
    }
  }
  await browser.close();
  printReport({ results, pages: PAGES, cpus: CPUS, scenarioNames: SCENARIO_NAMES });
  if (BREAKDOWN) printBreakdown({ results, pages: PAGES, cpus: CPUS, scenarioNames: SCENARIO_NAMES });
  if (process.env.BENCH_SIZES !== '0') await printSizes({ outdir: join(out, 'element'), reactRoot });
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await cleanUp();
}
