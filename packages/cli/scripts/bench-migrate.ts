// pnpm bench:migrate: how fast `adoption-support migrate` brings an archive of saved plans to the
// current version, on one worker thread and on every core. It generates the archive first (plans saved
// with asp-england's older version, every question answered from that version's schema; the combined
// strengths answer mostly written with headings the migration splits), in a temporary folder it removes
// afterwards. BENCH_PLANS sets the number of plans (default 100,000), BENCH_KEEP=1 keeps the folder.
// It prints figures; nothing here passes or fails on time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { migrateArchive } from '../src/migrate/archive/migrateArchive';
import { formatDuration } from '../src/migrate/archive/progressBar';
import { FORMS, OLD_VERSION, oldPlans } from '../test/support/savedArchive';

const plans = Number(process.env.BENCH_PLANS ?? 100_000);
if (!Number.isInteger(plans) || plans < 1)
  throw new Error(`BENCH_PLANS must be a whole number above 0, not "${process.env.BENCH_PLANS}".`);
const cores = availableParallelism();
const perFolder = 1000;
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

const root = mkdtempSync(join(tmpdir(), 'adoption-support-bench-migrate-'));
const archive = join(root, 'saved');
console.log(`Generating ${number.format(plans)} asp-england ${OLD_VERSION} plans in ${archive}…`);
let started = performance.now();
let bytes = 0;
let index = 0;
for (const plan of oldPlans(plans, 20261207)) {
  const folder = join(archive, `batch-${String(Math.floor(index / perFolder)).padStart(4, '0')}`);
  if (index % perFolder === 0) mkdirSync(folder, { recursive: true });
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  bytes += Buffer.byteLength(text);
  writeFileSync(join(folder, `plan-${String(index).padStart(6, '0')}.json`), text);
  index += 1;
}
console.log(
  `Generated in ${formatDuration(performance.now() - started)}: ${number.format(bytes / 2 ** 20)} MB, ${number.format(bytes / plans / 1024)} KB a plan.`,
);

/**
 * How many cores this machine gives the process right now: the same CPU-only work on 1 thread, then on
 * `threads` at once. On a machine shared with other work the ratio of a migration can be no better.
 */
async function coresAvailable(threads: number): Promise<number> {
  const spin =
    'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';
  const time = async (n: number) => {
    const at = performance.now();
    await Promise.all(
      Array.from({ length: n }, () => new Promise((done) => new Worker(spin, { eval: true }).once('message', done))),
    );
    return performance.now() - at;
  };
  const one = await time(1);
  return (threads * one) / (await time(threads));
}

/** One migration of the whole archive, written to a folder of its own (removed after). */
async function run(workers: number) {
  const out = join(root, `migrated-${workers}`);
  started = performance.now();
  const summary = await migrateArchive({ input: archive, formsDir: FORMS, cwd: root, outDir: out, workers });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (summary.documents !== plans || summary.failed > 0) {
    throw new Error(`Expected ${plans} plans migrated, got ${JSON.stringify(summary)}.`);
  }
  const rate = plans / seconds;
  console.log(
    `${workers === 1 ? '1 worker ' : `${workers} workers`}: ${number.format(plans)} plans in ${number.format(seconds)} s, ${number.format(rate)} plans/s, ${number.format(rate / workers)} plans/s per core (${summary.migrated} migrated, ${summary.needAttention} needing a person)`,
  );
  return rate;
}

try {
  console.log(`Migrating to the current version with 1 worker, then with ${cores} (every core this process may use)…`);
  const one = await run(1);
  const all = cores > 1 ? await run(cores) : one;
  const available = cores > 1 ? await coresAvailable(cores) : 1;
  console.log(
    `Ratio: ${number.format(all / one)}x the plans/s of 1 worker on ${cores} cores (${number.format((100 * all) / one / cores)}% of a perfect ${cores}x).`,
  );
  console.log(
    `For scale: CPU-only work had ${number.format(available)}x the throughput on ${cores} threads as on 1 just now (${cores}x when every core is free for this process).`,
  );
} finally {
  if (process.env.BENCH_KEEP === '1') console.log(`Kept ${archive}.`);
  else rmSync(root, { recursive: true, force: true });
}
