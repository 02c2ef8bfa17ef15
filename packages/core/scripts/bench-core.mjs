#!/usr/bin/env node
// `pnpm bench:core`: validation plus every rule of the asp-england form on its full example.
// Prints the median time per document and documents per second for the kit (precompiled validator +
// one rule engine per form) and, timed in the same run, for a naive baseline that re-creates runtime
// ajv and plain json-logic-js on every call. Figures vary with the machine: compare the ratio.
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonLogic from 'json-logic-js';
import {
  addToDate,
  addWorkingDays,
  ageOn,
  countWorkingDays,
  createRuleEngine,
  diffDates,
  schoolMilestone,
  toFieldErrors,
} from '../dist/index.js';
import { validators } from '../dist/validators/index.js';

const FORM = 'asp-england';
const TODAY = '2026-11-22';
const definition = forms[FORM];
const data = formExamples[FORM]['valid.full'].data;
const packs = definition.manifest.rulePacks.map((name) => definition.rulePacks[name]);
const rules = packs.flatMap((pack) => pack.rules);

// The kit: compiled once, reused for every document.
const engine = packs.length > 0 ? createRuleEngine({ packs, clock: () => TODAY }) : undefined;
const validate = validators[FORM];
function kit(doc) {
  const valid = validate(doc);
  const errors = valid ? [] : toFieldErrors(definition, validate.errors);
  const outcome = engine?.evaluate(doc);
  return errors.length + (outcome?.messages.length ?? 0);
}

// The baseline: what a team without the kit would write first.
const plainOperators = {
  date_add: (date, n, unit) => (date == null || n == null ? null : addToDate(date, n, unit)),
  date_diff: (from, to, unit) => (from == null || to == null ? null : diffDates(from, to, unit)),
  working_days_add: (date, n) => (date == null ? null : addWorkingDays(date, n)),
  working_days_count: (from, to) => (from == null || to == null ? null : countWorkingDays(from, to)),
  age_on: (dob, date) => (dob == null || date == null ? null : ageOn(dob, date)),
  school_milestone: (dob, milestone) => (dob == null ? null : schoolMilestone(dob, milestone)),
  today: () => TODAY,
  date_min: (...dates) => dates.filter(Boolean).sort()[0] ?? null,
  date_max: (...dates) => dates.filter(Boolean).sort().at(-1) ?? null,
  is_empty: (v) => v == null || v === '' || (Array.isArray(v) && v.length === 0),
};
const rowsFor = (target, doc) => {
  const star = target.split('/').indexOf('*');
  if (star < 0) return [undefined];
  const list = target
    .split('/')
    .slice(1, star)
    .reduce((v, k) => v?.[k], doc);
  return Array.isArray(list) ? list : [];
};
function baseline(doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats.default ?? addFormats)(ajv);
  const check = ajv.compile(definition.schema);
  let count = check(doc) ? 0 : check.errors.length;
  for (const [name, fn] of Object.entries(plainOperators)) jsonLogic.add_operation(name, fn);
  const derived = {};
  for (const rule of rules) {
    for (const [index, row] of rowsFor(rule.target, doc).entries()) {
      try {
        const value = jsonLogic.apply(rule.logic, { data: doc, params: rule.params ?? {}, row, index, derived });
        if (value) count += 1;
      } catch {
        count += 1;
      }
    }
  }
  for (const name of Object.keys(plainOperators)) jsonLogic.rm_operation(name);
  return count;
}

function time(fn, rounds, perRound) {
  for (let i = 0; i < perRound; i += 1) fn(data); // warm up
  const samples = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i += 1) fn(data);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / perRound);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const kitMicros = time(kit, 15, 200);
const baseMicros = time(baseline, 15, 5);
const row = (name, micros) =>
  `${name.padEnd(52)} ${micros.toFixed(1).padStart(10)} µs/doc ${Math.round(1e6 / micros)
    .toString()
    .padStart(8)} docs/s`;
console.log(`${FORM} valid.full: validation + ${rules.length} rules in ${packs.length} packs (median of 15 rounds)`);
console.log(row('kit (precompiled validator, one engine per form)', kitMicros));
console.log(row('baseline (runtime ajv + json-logic-js, per call)', baseMicros));
console.log(`ratio: the kit is ${(baseMicros / kitMicros).toFixed(1)}x faster than the baseline`);
