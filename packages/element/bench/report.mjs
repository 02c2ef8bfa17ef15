// The table and the ratios `pnpm bench:react` prints, from one run's results. Figures only: nothing
// here decides anything but whether a target is met in this run.
import { STOP_MS } from './rhythm.mjs';

/** The value at quantile `q` of `values` (nearest rank); NaN for none. Infinity sorts last. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** One page's figures in one scenario at one CPU rate, from all its runs. */
export function summarise(runs) {
  const all = (key) => runs.flatMap((r) => r[key]);
  const keys = runs.reduce((sum, r) => sum + r.keys, 0);
  const validity = all('validity');
  return {
    mount: quantile(
      runs.map((r) => r.mount.ready),
      0.5,
    ),
    loaded: quantile(
      runs.map((r) => r.mount.domContentLoaded),
      0.5,
    ),
    p50: quantile(all('latencies'), 0.5),
    p95: quantile(all('latencies'), 0.95),
    frames: all('latencies').length,
    keys,
    taskPerKey: runs.reduce((sum, r) => sum + r.taskMs, 0) / keys,
    scriptPerKey: runs.reduce((sum, r) => sum + r.scriptMs, 0) / keys,
    validityP50: quantile(validity, 0.5),
    validityP95: quantile(validity, 0.95),
    stops: validity.length,
    missed: validity.filter((v) => !Number.isFinite(v)).length,
  };
}

const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)}` : Number.isNaN(n) ? '-' : `>${STOP_MS}`);
const ratio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : '-');
const verdict = (met) => (met ? 'met' : 'NOT met');

const COLUMNS = [
  ['scenario', 14, (s) => s.scenario],
  ['CPU', 4, (s) => `${s.cpu}x`],
  ['page', 28, (s) => s.label],
  ['DCL', 7, (s) => ms(s.loaded)],
  ['mount', 7, (s) => ms(s.mount)],
  ['key>frame p50', 13, (s) => ms(s.p50)],
  ['p95', 6, (s) => ms(s.p95)],
  ['keys', 5, (s) => String(s.keys)],
  ['main/key', 8, (s) => ms(s.taskPerKey)],
  ['script/key', 10, (s) => ms(s.scriptPerKey)],
  ['valid p50', 9, (s) => ms(s.validityP50)],
  ['p95', 6, (s) => ms(s.validityP95)],
  ['late', 5, (s) => `${s.missed}/${s.stops}`],
];
const line = (cells) =>
  `  ${cells.map((c, i) => (i < 3 ? c.padEnd(COLUMNS[i][1]) : c.padStart(COLUMNS[i][1]))).join(' ')}`;

/** Prints one row per scenario, CPU rate and page, then the ratios against their targets. */
export function printReport({ results, pages, cpus, scenarioNames }) {
  const rows = [];
  for (const scenario of scenarioNames) {
    for (const cpu of cpus) {
      for (const [name, page] of Object.entries(pages)) {
        rows.push({ scenario, cpu, name, label: page.label, ...summarise(results[scenario][cpu][name]) });
      }
    }
  }
  console.log(
    '\nTimes in ms. DCL and mount: from navigation start to DOMContentLoaded and to the form ready on screen' +
      ' (download, parse and first render). key>frame: key received to the frame showing it presented' +
      " (Chromium's EventLatency). main/key, script/key: the renderer's main-thread and script time while" +
      ' typing (CDP TaskDuration, ScriptDuration), stops included, per keystroke. valid: last key of a burst' +
      ' to the first validity update carrying it; late: updates not there before the next key.\n',
  );
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const row of rows) console.log(line(COLUMNS.map(([, , cell]) => cell(row))));

  const at = (scenario, cpu, name) => rows.find((r) => r.scenario === scenario && r.cpu === cpu && r.name === name);
  const worst = Math.max(...cpus);
  console.log('\nRatios (this run):');
  for (const scenario of scenarioNames) {
    const kit = at(scenario, worst, 'kit');
    const bare = at(scenario, worst, 'bare');
    const r = kit.p95 / bare.p95;
    console.log(
      `  ${scenario}: keystroke p95 at ${worst}x, kit / empty page ${ratio(r)} (target <= 2x: ${verdict(r <= 2)})`,
    );
  }
  for (const scenario of scenarioNames) {
    for (const cpu of cpus) {
      const kit = at(scenario, cpu, 'kit');
      const plain = at(scenario, cpu, 'plain');
      const bare = at(scenario, cpu, 'bare');
      const r = plain.p95 / kit.p95;
      console.log(
        `  ${scenario} at ${cpu}x: keystroke p95, plain / kit ${ratio(r)} (target >= 2x: ${verdict(r >= 2)}; ` +
          `the empty page is ${ratio(plain.p95 / bare.p95)} better than plain, the best any page could do)`,
      );
    }
  }
  for (const scenario of scenarioNames) {
    for (const cpu of cpus) {
      const r = at(scenario, cpu, 'kit').scriptPerKey / at(scenario, cpu, 'plain').scriptPerKey;
      console.log(
        `  ${scenario} at ${cpu}x: script time while typing, kit / plain ${ratio(r)} (target <= 1: ${verdict(r <= 1)})`,
      );
    }
  }
  const least = Math.min(...cpus);
  for (const scenario of scenarioNames) {
    const kit = at(scenario, least, 'kit');
    const plain = at(scenario, least, 'plain');
    console.log(
      `  ${scenario} at ${least}x: last key to validity update p95, kit ${ms(kit.validityP95)} ms, plain ${ms(plain.validityP95)} ms` +
        ` (target kit <= 200 ms: ${verdict(kit.validityP95 <= 200)})`,
    );
  }
  return rows;
}

/**
 * With BENCH_BREAKDOWN=1: the main thread's self time while typing, per keystroke, by kind of work
 * (script, style, layout, paint, hit testing and input, other), for each page.
 */
export function printBreakdown({ results, pages, cpus, scenarioNames }) {
  const kinds = ['script', 'style', 'layout', 'paint', 'hit test and input', 'other'];
  console.log('\nMain thread while typing, ms per keystroke by kind of work (timeline tracing on):');
  console.log(`  ${'scenario'.padEnd(14)} CPU  ${'page'.padEnd(30)} ${kinds.map((k) => k.padStart(10)).join(' ')}`);
  for (const scenario of scenarioNames) {
    for (const cpu of cpus) {
      for (const [name, page] of Object.entries(pages)) {
        const runs = results[scenario][cpu][name];
        const keys = runs.reduce((sum, r) => sum + r.keys, 0);
        const per = (kind) => runs.reduce((sum, r) => sum + (r.breakdown?.[kind] ?? 0), 0) / keys;
        console.log(
          `  ${scenario.padEnd(14)} ${`${cpu}x`.padEnd(4)} ${page.label.padEnd(30)} ${kinds.map((k) => per(k).toFixed(2).padStart(10)).join(' ')}`,
        );
      }
    }
  }
}
