#!/usr/bin/env node
// `pnpm bench:core`: validation plus every rule of every published form, on each form's `valid.full`
// example, in one run. Prints plans per second on one core (this process is single-threaded) for:
// - kit interpreted: the precompiled validator + createRuleEngine (json-logic-engine interpreter);
// - kit compiled: the precompiled validator + the packs compiled by compileRulePackSource, loaded as an
//   ES module from a file (no eval);
// - baseline: what a competent team would write without the kit: ajv compiled ONCE per form (default
//   settings + ajv-formats) and json-logic-js with the same operators registered once, applying the same
//   rules (rows, params and derived values fed to later rules).
// Rounds are interleaved (kit interpreted, kit compiled, baseline, again) and the median round is used.
// Usage: node packages/core/scripts/bench-core.mjs [--seconds=N] [--forms=a,b]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  addToDate,
  addWorkingDays,
  ageOn,
  compiledRuleEngine,
  countWorkingDays,
  createRuleEngine,
  diffDates,
  isIsoDate,
  schoolMilestone,
  toFieldErrors,
} from '@adoption-support/core';
import { compileRulePackSource } from '@adoption-support/core/node';
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonLogic from 'json-logic-js';

const TODAY = '2026-11-22';

/** The kit's operators, registered on json-logic-js as a team would: null in, null out. */
const orNull = (work) => {
  try {
    return work();
  } catch {
    return null;
  }
};
const dates = (...values) => values.flat().filter((d) => d !== null && d !== undefined && d !== '');
const plainOperators = {
  date_add: (date, n, unit) => (isIsoDate(date) && Number.isInteger(Number(n)) ? orNull(() => addToDate(date, Number(n), unit)) : null),
  date_diff: (from, to, unit) => (isIsoDate(from) && isIsoDate(to) ? orNull(() => diffDates(from, to, unit)) : null),
  working_days_add: (date, n, how = 'after') =>
    isIsoDate(date) && Number.isInteger(Number(n)) ? orNull(() => addWorkingDays(date, Number(n), undefined, how)) : null,
  working_days_count: (from, to) => (isIsoDate(from) && isIsoDate(to) ? orNull(() => countWorkingDays(from, to)) : null),
  age_on: (dob, date) => (isIsoDate(dob) && isIsoDate(date) ? orNull(() => ageOn(dob, date)) : null),
  school_milestone: (dob, milestone, override) =>
    isIsoDate(dob) ? orNull(() => schoolMilestone(dob, milestone, override ? { receptionStartOverride: override } : {})) : null,
  today: () => TODAY,
  date_min: (...values) => dates(...values).sort()[0] ?? null,
  date_max: (...values) => dates(...values).sort().at(-1) ?? null,
  is_empty: (v) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0),
};
for (const [name, fn] of Object.entries(plainOperators)) jsonLogic.add_operation(name, fn);

/** The places a target names, for the baseline: one, or one per item of the list before its `*`. */
function rowsFor(tokens, doc) {
  const star = tokens.indexOf('*');
  if (star < 0) return [undefined];
  let list = doc;
  for (const token of tokens.slice(0, star)) list = list?.[token];
  return Array.isArray(list) ? list : [];
}

function baselineFor(definition, packs) {
  const ajv = new Ajv2020({ strict: false });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  const check = ajv.compile(definition.schema);
  const rules = packs.flatMap((pack) => pack.rules).map((rule) => ({ ...rule, tokens: rule.target.split('/').slice(1) }));
  return (doc) => {
    let count = check(doc) ? 0 : check.errors.length;
    const derived = {};
    for (const rule of rules) {
      for (const [index, row] of rowsFor(rule.tokens, doc).entries()) {
        const value = jsonLogic.apply(rule.logic, { data: doc, params: rule.params ?? {}, row, index, derived });
        if (rule.kind === 'derive') {
          let node = derived;
          for (const token of rule.tokens.slice(0, -1)) node = node[token] ??= {};
          node[rule.tokens.at(-1)] = value;
        } else if (!value) count += 1;
      }
    }
    return count;
  };
}

async function importCompiled(source, name) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-rules-'));
  const file = join(folder, `${name}.rules.mjs`);
  writeFileSync(file, source);
  try {
    return (await import(pathToFileURL(file).href)).default;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function kitFor(definition, validate, engine) {
  return (doc) => {
    const errors = validate(doc) ? [] : toFieldErrors(definition, validate.errors);
    return errors.length + engine.evaluate(doc).messages.length;
  };
}

/** Plans per second of each variant: interleaved rounds of about `roundMs`, the median kept. */
function measure(variants, doc, { rounds, roundMs }) {
  const perRound = {};
  for (const [name, fn] of Object.entries(variants)) {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < roundMs) {
      fn(doc);
      n += 1;
    }
    perRound[name] = Math.max(1, Math.round(n / 2));
  }
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, fn] of Object.entries(variants)) {
      const count = perRound[name];
      const start = performance.now();
      for (let i = 0; i < count; i += 1) fn(doc);
      samples[name].push((count * 1000) / (performance.now() - start));
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
}

/** Runs the bench over `formIds` and prints one line per form; returns the figures. */
export async function runCoreBench({ formIds = Object.keys(forms), rounds = 7, roundMs = 300, log = console.log } = {}) {
  const fmt = (n) => Math.round(n).toLocaleString('en-GB').padStart(9);
  log(`node ${process.version}; plans/s on one core; median of ${rounds} interleaved rounds; today ${TODAY}`);
  log(`${'form'.padEnd(20)} ${'rules'.padStart(5)} ${'interpreted'.padStart(11)} ${'compiled'.padStart(9)} ${'baseline'.padStart(9)}  compiled/baseline  interpreted/baseline`);
  const results = [];
  for (const id of formIds) {
    const definition = forms[id];
    const packs = definition.manifest.rulePacks.map((name) => definition.rulePacks[name]);
    const doc = formExamples[id]['valid.full'].data;
    const validate = validators[id];
    const clock = () => TODAY;
    const interpreted = createRuleEngine({ packs, clock });
    const compiled = compiledRuleEngine(definition, await importCompiled(compileRulePackSource(packs), id), { clock });
    const variants = {
      interpreted: kitFor(definition, validate, interpreted),
      compiled: kitFor(definition, validate, compiled),
      baseline: baselineFor(definition, packs),
    };
    const figures = measure(variants, doc, { rounds, roundMs });
    const rules = packs.reduce((n, pack) => n + pack.rules.length, 0);
    log(
      `${id.padEnd(20)} ${String(rules).padStart(5)} ${fmt(figures.interpreted).padStart(11)} ${fmt(figures.compiled)} ${fmt(figures.baseline)}  ${`${(figures.compiled / figures.baseline).toFixed(2)}x`.padStart(17)}  ${`${(figures.interpreted / figures.baseline).toFixed(2)}x`.padStart(20)}`,
    );
    results.push({ id, rules, ...figures });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const seconds = Number(option('seconds') ?? 2);
  const formIds = option('forms')?.split(',');
  await runCoreBench({ formIds, rounds: 7, roundMs: Math.max(20, (seconds * 1000) / 21) });
}
