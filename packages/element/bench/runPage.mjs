// One run of `pnpm bench:react`: one page, freshly loaded at one CPU rate, typed into at the seeded
// rhythm. Returns what the table is made of (docs/decisions/0016).
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { keyLatencies } from './eventLatency.mjs';
import { BREAKDOWN_CATEGORIES, mainThreadBreakdown } from './mainThread.mjs';
import { STOP_MS, valuesAfter } from './rhythm.mjs';

/** How long a page is left alone after the field has the focus, before the first key. */
const SETTLE_MS = 500;

/**
 * The two places typed into, each with how a reader gets there on each page and where the typed value
 * sits in the data (the pointer the pages' probe reads from each validity update).
 */
export function scenarios(strings) {
  const field = (key) => new RegExp(strings[key].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    'first section': {
      pointer: ['document', 'child', 'fullName'],
      open: async (page) => page.getByLabel(field('document.child.fullName.label')).first(),
    },
    'support items': {
      pointer: ['supportItems', 0, 'objective'],
      open: async (page, name) => {
        const section = strings['sections.supportItems.label'];
        if (name === 'kit')
          await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
        else {
          await page.getByRole('tab', { name: section, exact: true }).click();
          // JSON Forms' material list shows its rows folded: open the first.
          await page.locator('.MuiAccordionSummary-root').first().click();
        }
        return page.getByLabel(field('supportItems.objective.label')).first();
      },
    },
  };
}

/** A page that shows no form by then has failed (a script error, say), rather than being slow. */
const MOUNT_LIMIT_MS = 120_000;

/** `promise`, or an error with `message()` if it has not settled within `ms`. */
function withinTime(promise, ms, message) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const sleepUntil = (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/** The renderer's TaskDuration and ScriptDuration so far, in ms (CDP Performance metrics). */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? Number.NaN);
  return { task: metric('TaskDuration'), script: metric('ScriptDuration') };
}

/**
 * Presses `keys` at their gaps measured from the previous key's scheduled time, not from when the page
 * let the previous press finish: a slow page gets no extra time between keys. Then waits one stop.
 */
async function typeAtRhythm(page, keys) {
  let at = performance.now();
  for (const { key, gap } of keys) {
    at += gap;
    await sleepUntil(at);
    await page.keyboard.press(key);
  }
  await sleepUntil(at + STOP_MS);
}

/**
 * Last key of each burst to the first validity update at or after it that carries the field's value
 * after that key, in ms; `Infinity` when none came before the next key (or by the end of the stop).
 */
export function validityDelays(keys, keyTimes, changes, initial) {
  const values = valuesAfter(initial, keys);
  const delays = [];
  keys.forEach(({ last }, i) => {
    if (!last) return;
    const from = keyTimes[i];
    const until = keyTimes[i + 1] ?? Number.POSITIVE_INFINITY;
    const update = changes.find((c) => c.t >= from && c.t < until && c.value === values[i]);
    delays.push(update ? update.t - from : Number.POSITIVE_INFINITY);
  });
  return delays;
}

/**
 * Loads `name` at `cpu`× throttling, opens `scenario`, types `keys` and measures. With `breakdown`, the
 * trace also records the main thread's timeline, and the run says where that time went (which costs
 * the page a little: the latency figures of such a run are not the table's).
 */
export async function runPage({ browser, origin, name, scenario, cpu, keys, traceDir, breakdown = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${origin}/${name}.html`);
    const mount = await withinTime(
      page.evaluate(() => window.benchMounted),
      MOUNT_LIMIT_MS,
      () => {
        const reason = errors.length ? `: ${errors.join('; ')}` : '';
        return `The ${name} page showed no form within ${MOUNT_LIMIT_MS / 1000} s at ${cpu}x CPU${reason}`;
      },
    );
    const field = name === 'bare' ? page.getByRole('textbox') : await scenario.open(page, name);
    await field.click();
    await page.keyboard.press('ControlOrMeta+End');
    const initial = await field.inputValue();
    // The bare box reports its value itself; the forms report their data.
    await page.evaluate(
      (pointer) => {
        window.benchPointer = pointer;
      },
      name === 'bare' ? [] : scenario.pointer,
    );
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => window.benchReset());

    const tracePath = join(traceDir, `${name}-trace.json`);
    // Only the categories that carry EventLatency: tracing costs the page little.
    const categories = ['input', 'benchmark', 'cc', ...(breakdown ? BREAKDOWN_CATEGORIES : [])];
    await browser.startTracing(page, { path: tracePath, categories });
    const before = await mainThread(cdp);
    await typeAtRhythm(page, keys);
    const after = await mainThread(cdp);
    await browser.stopTracing();
    const probe = await page.evaluate(() => window.benchProbe);
    const trace = JSON.parse(await readFile(tracePath, 'utf8'));
    const latencies = keyLatencies(trace);
    await rm(tracePath, { force: true });
    if (latencies.length === 0) {
      throw new Error(
        `Chromium reported no EventLatency for the keystrokes on the ${name} page: this benchmark needs a Chromium that traces input latency (category "input").`,
      );
    }
    if (probe.keys.length !== keys.length) {
      throw new Error(`The ${name} page saw ${probe.keys.length} of the ${keys.length} keys pressed.`);
    }
    return {
      mount,
      latencies,
      validity: validityDelays(keys, probe.keys, probe.changes, initial),
      taskMs: after.task - before.task,
      scriptMs: after.script - before.script,
      keys: keys.length,
      ...(breakdown ? { breakdown: mainThreadBreakdown(trace) } : {}),
    };
  } finally {
    await context.close();
  }
}
