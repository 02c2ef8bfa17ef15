#!/usr/bin/env node
// `pnpm bench:core`: validation plus every rule of every published form, on each form's `valid.full`
// example, in one run. Prints plans per second on one core (this process is single-threaded) for:
// - kit interpreted: the precompiled validator + createRuleEngine (json-logic-engine interpreter);
// - kit compiled: the precompiled validator + the packs compiled by compileRulePackSource, loaded as an
//   ES module from a file (no eval);
// - baseline: what a competent team would write without the kit: ajv compiled ONCE per form (default
//   settings + ajv-formats) and json-logic-js with the same operators registered once, applying the same
//   rules (rows, params and derived values fed to later rules).
// Rounds are interleaved (kit interpreted, kit compiled, baseline, again), timed in CPU time, and the
// median round is used.
// Usage: node packages/core/scripts/bench-core.mjs [--seconds=N] [--rounds=N] [--forms=a,b]
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
  date_add: (date, n, unit) =>
    isIsoDate(date) && Number.isInteger(Number(n)) ? orNull(() => addToDate(date, Number(n), unit)) : null,
  date_diff: (from, to, unit) => (isIsoDate(from) && isIsoDate(to) ? orNull(() => diffDates(from, to, unit)) : null),
  working_days_add: (date, n, how = 'after') =>
    isIsoDate(date) && Number.isInteger(Number(n))
      ? orNull(() => addWorkingDays(date, Number(n), undefined, how))
      : null,
  working_days_count: (from, to) =>
    isIsoDate(from) && isIsoDate(to) ? orNull(() => countWorkingDays(from, to)) : null,
  age_on: (dob, date) => (isIsoDate(dob) && isIsoDate(date) ? orNull(() => ageOn(dob, date)) : null),
  school_milestone: (dob, milestone, override) =>
    isIsoDate(dob)
      ? orNull(() => schoolMilestone(dob, milestone, override ? { receptionStartOverride: override } : {}))
      : null,
  today: () => TODAY,
  date_min: (...values) => dates(...values).sort()[0] ?? null,
  date_max: (...values) =>
    dates(...values)
      .sort()
      .at(-1) ?? null,
  is_empty: (v) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0),
};
for (const [name, fn] of Object.entries(plainOperators)) jsonLogic.add_operation(name, fn);

/** The items a target's first `*` runs over, for the baseline (a target without `*` has one place). */
function rowsAt(listPath, doc) {
  let list = doc;
  for (let i = 0; i < listPath.length; i += 1) list = list?.[listPath[i]];
  return Array.isArray(list) ? list : [];
}

function ajvFor(definition) {
  const ajv = new Ajv2020({ strict: false });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  return ajv.compile(definition.schema);
}

function baselineFor(definition, packs, check = ajvFor(definition)) {
  // Everything about a rule that does not depend on the document is worked out once, as a team would.
  const rules = packs
    .flatMap((pack) => pack.rules)
    .map((rule) => {
      const tokens = rule.target.split('/').slice(1);
      const star = tokens.indexOf('*');
      return {
        logic: rule.logic,
        derive: rule.kind === 'derive',
        params: rule.params ?? {},
        listPath: star < 0 ? undefined : tokens.slice(0, star),
        parentPath: tokens.slice(0, -1),
        last: tokens.at(-1),
      };
    });
  const one = [undefined];
  return (doc) => {
    let count = check(doc) ? 0 : check.errors.length;
    const derived = {};
    for (const rule of rules) {
      const rows = rule.listPath === undefined ? one : rowsAt(rule.listPath, doc);
      for (let index = 0; index < rows.length; index += 1) {
        const row = rows[index];
        const value = jsonLogic.apply(rule.logic, { data: doc, params: rule.params, row, index, derived });
        if (rule.derive) {
          let node = derived;
          for (const token of rule.parentPath) node = node[token] ??= {};
          node[rule.last] = value;
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

/**
 * Rules after one answer changes, as while someone types: a date the rules read is set to one of two
 * values in turn, and engine.update re-runs only what reads it.
 */
function oneAnswerChanging(engine, packs, doc) {
  const paths = [...JSON.stringify(packs).matchAll(/"data\.([A-Za-z0-9_.]+)"/g)].map((m) => m[1].split('.'));
  const path = paths.find((tokens) => isIsoDate(tokens.reduce((v, k) => v?.[k], doc))) ?? paths[0];
  const pointer = `/${path.join('/')}`;
  const edited = (value) => {
    const copy = structuredClone(doc);
    let node = copy;
    for (const token of path.slice(0, -1)) node = node[token] ??= {};
    node[path.at(-1)] = value;
    return copy;
  };
  const docs = [edited('2025-03-03'), edited('2025-03-04')];
  let outcome = engine.evaluate(docs[0]);
  let turn = 0;
  return () => {
    turn = 1 - turn;
    outcome = engine.update(outcome, docs[turn], [pointer]);
    return outcome.messages.length;
  };
}

/**
 * The compiled rules with every piece of logic replaced by one that answers at once (true, and null for
 * message values): what the engine costs around the rules themselves (places, contexts, decisions,
 * messages, the outcome, the depth check). Only for the table of where the time goes.
 */
function withoutLogic(factory) {
  return (ops) => {
    const set = factory(ops);
    for (const pack of set.packs) {
      for (const rule of pack.rules) {
        rule.logic = () => true;
        rule.messageValues = rule.messageValues.map(([name]) => [name, () => null]);
      }
    }
    return set;
  };
}

function kitFor(definition, validate, engine) {
  return (doc) => {
    const errors = validate(doc) ? [] : toFieldErrors(definition, validate.errors);
    return errors.length + engine.evaluate(doc).messages.length;
  };
}

/**
 * Plans per second of CPU time of each variant: interleaved rounds of about `roundMs`, the median kept.
 * CPU time (process.cpuUsage, which also counts the garbage collector's helper threads) rather than wall
 * time, so that other processes on a busy machine do not count against whichever variant they interrupt.
 */
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
      const start = process.cpuUsage();
      for (let i = 0; i < count; i += 1) fn(doc);
      const used = process.cpuUsage(start);
      samples[name].push((count * 1e6) / Math.max(1, used.user + used.system));
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
}

/** Runs the bench over `formIds` and prints one line per form; returns the figures. */
export async function runCoreBench({
  formIds = Object.keys(forms),
  rounds = 9,
  roundMs = 300,
  log = console.log,
} = {}) {
  const fmt = (n) => Math.round(n).toLocaleString('en-GB').padStart(9);
  log(
    `node ${process.version}; plans per second of CPU time (one core); median of ${rounds} interleaved rounds; today ${TODAY}`,
  );
  log(
    `${'form'.padEnd(20)} ${'rules'.padStart(5)} ${'interpreted'.padStart(11)} ${'compiled'.padStart(9)} ${'baseline'.padStart(9)}  compiled/baseline  interpreted/baseline`,
  );
  const results = [];
  for (const id of formIds) {
    const definition = forms[id];
    const packs = definition.manifest.rulePacks.map((name) => definition.rulePacks[name]);
    const doc = formExamples[id]['valid.full'].data;
    const validate = validators[id];
    const clock = () => TODAY;
    const interpreted = createRuleEngine({ packs, clock });
    const factory = await importCompiled(compileRulePackSource(packs), id);
    const compiled = compiledRuleEngine(definition, factory, { clock });
    const bookkeeping = compiledRuleEngine(definition, withoutLogic(factory), { clock });
    const check = ajvFor(definition);
    const variants = {
      interpreted: kitFor(definition, validate, interpreted),
      compiled: kitFor(definition, validate, compiled),
      baseline: baselineFor(definition, packs, check),
      // Where the time goes: each half on its own.
      kitValidation: (d) => validate(d),
      ajvValidation: (d) => check(d),
      compiledRules: (d) => compiled.evaluate(d).messages.length,
      bookkeeping: (d) => bookkeeping.evaluate(d).messages.length,
      jsonLogicRules: baselineFor(definition, packs, () => true),
      // Typing: one answer changes, and the engine re-runs only the rules that read it.
      compiledUpdate: oneAnswerChanging(compiled, packs, doc),
    };
    const figures = measure(variants, doc, { rounds, roundMs });
    const rules = packs.reduce((n, pack) => n + pack.rules.length, 0);
    log(
      `${id.padEnd(20)} ${String(rules).padStart(5)} ${fmt(figures.interpreted).padStart(11)} ${fmt(figures.compiled)} ${fmt(figures.baseline)}  ${`${(figures.compiled / figures.baseline).toFixed(2)}x`.padStart(17)}  ${`${(figures.interpreted / figures.baseline).toFixed(2)}x`.padStart(20)}`,
    );
    results.push({ id, rules, ...figures });
  }
  log('\nwhere the time goes (plans/s, each part alone):');
  log(
    `${'form'.padEnd(20)} ${'kit validator'.padStart(13)} ${'ajv once'.padStart(9)} ${'compiled rules'.padStart(14)} ${'json-logic-js rules'.padStart(19)} ${'rules after one change (update)'.padStart(31)}`,
  );
  for (const r of results) {
    log(
      `${r.id.padEnd(20)} ${fmt(r.kitValidation).padStart(13)} ${fmt(r.ajvValidation)} ${fmt(r.compiledRules).padStart(14)} ${fmt(r.jsonLogicRules).padStart(19)} ${fmt(r.compiledUpdate).padStart(31)}`,
    );
  }
  const us = (perSecond) => (1e6 / perSecond).toFixed(0).padStart(9);
  log('\nmicroseconds per plan, by phase (from the table above; rule logic = compiled rules - engine bookkeeping):');
  log(
    `${'form'.padEnd(20)} ${'kit validator'.padStart(13)} ${'engine bookkeeping'.padStart(18)} ${'rule logic'.padStart(10)} ${'kit total'.padStart(9)} ${'ajv once'.padStart(9)} ${'json-logic-js'.padStart(13)} ${'baseline total'.padStart(14)}`,
  );
  for (const r of results) {
    const logic = 1e6 / r.compiledRules - 1e6 / r.bookkeeping;
    log(
      `${r.id.padEnd(20)} ${us(r.kitValidation).padStart(13)} ${us(r.bookkeeping).padStart(18)} ${logic.toFixed(0).padStart(10)} ${us(r.compiled)} ${us(r.ajvValidation)} ${us(r.jsonLogicRules).padStart(13)} ${us(r.baseline).padStart(14)}`,
    );
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const seconds = Number(option('seconds') ?? 2);
  const formIds = option('forms')?.split(',');
  // Many short rounds rather than a few long ones: on a shared machine, a burst of other work then spoils
  // a few rounds, which the median leaves out, rather than a third of them.
  const rounds = Number(option('rounds') ?? 25);
  await runCoreBench({ formIds, rounds, roundMs: Math.max(10, (seconds * 1000) / (3 * rounds)) });
}
