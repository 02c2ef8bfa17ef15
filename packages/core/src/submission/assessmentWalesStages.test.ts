import { readFileSync } from 'node:fs';
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import { formVersions } from '../migrate/formVersions';
import type { SavedDocument } from '../migrate/Migration';
import { migrateEnvelope } from '../migrate/migrateEnvelope';
import type { JudgeOptions } from './judgeOptions';
import { judgeSubmission } from './judgeSubmission';

// The Wales assessment of need: a record at every stage of the assessment is complete for that stage,
// and the decision is asked for only once it has been made (issue 18, "required too early"); a single
// service given more than once needs a plan (AS(LA)(W)R 2005 reg 10(1)).
const CLOCK = '2026-12-01';
const options: JudgeOptions = { forms, validators, clock: () => CLOCK };
const FORM = 'assessment-wales';

type Data = Record<string, Record<string, unknown>>;
type Example = { form: string; version: string; data: unknown };

const definition = forms[FORM];
const statuses = (
  definition.schema as { properties: { header: { properties: { assessmentStatus: { enum: string[] } } } } }
).properties.header.properties.assessmentStatus.enum;

/** The decision fields the form requires once the assessment is decided, read from the schema's conditions. */
const decisionFields = (() => {
  const conditions = (definition.schema as { allOf: { if: unknown; then: { properties: Data } }[] }).allOf;
  const decided = conditions.find(
    (c) => JSON.stringify(c.if).includes('"decided"') && !JSON.stringify(c.if).includes('"proposalSent"'),
  );
  return (decided?.then.properties.notice?.required ?? []) as string[];
})();

/** Answers recording events, in the order they happen (an answer left out is skipped). */
const events = [
  'referral.referralDate',
  'referral.preliminaryDiscussionDate',
  'signOff.assessor.date',
  'notice.noticeSentDate',
  'notice.representationsDate',
  'notice.decisionDate',
  'notice.decisionNoticeDate',
];

function example(name: string): Example {
  const found = formExamples[FORM][name];
  if (found === undefined) throw new Error(`missing example ${name}`);
  return found as Example;
}

const stageExamples = () => Object.entries(formExamples[FORM]).filter(([name]) => name.startsWith('valid.stage-'));
const section = (data: unknown, name: string) => (data as Data)[name] ?? {};

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

async function judge(data: unknown) {
  const result = await judgeSubmission({ form: FORM, version: definition.manifest.version, data }, options);
  if (result.status !== 'judged') throw new Error(result.problem.message);
  return result;
}

function withStatus(name: string, status: string): Data {
  return withData(example(name).data, status);
}

describe('assessment-wales: a record at every stage of the assessment', () => {
  it('has one valid.stage-<status> example for each value of header.assessmentStatus, at that status', () => {
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    const names = stageExamples().map(([name]) => name);
    expect(names.sort()).toEqual(statuses.map((s) => `valid.stage-${s}`).sort());
    for (const [name, found] of stageExamples()) {
      expect(section(found.data, 'header').assessmentStatus).toBe(name.slice('valid.stage-'.length));
    }
  });

  it.each(stageExamples())(
    '%s is complete for its stage, its events in order and none after today',
    async (_, found) => {
      const result = await judge(found.data);
      expect(result.errors).toEqual([]);
      expect(result.ruleMessages).toEqual([]);
      expect(result.ruleFailures).toEqual([]);
      expect(result.valid).toBe(true);
      const dates = events.flatMap((path) => {
        const value = at(found.data, path);
        return typeof value === 'string' ? [value] : [];
      });
      expect(dates.length).toBeGreaterThanOrEqual(2);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d <= CLOCK)).toBe(true);
    },
  );

  it('a record waiting for representations holds no decision and is complete', async () => {
    const waiting = example('valid.stage-proposalSent').data;
    expect(section(waiting, 'notice').representationsStatus).toBe('awaiting');
    expect(decisionFields.length).toBeGreaterThanOrEqual(4);
    for (const field of decisionFields) expect(Object.hasOwn(section(waiting, 'notice'), field)).toBe(false);
    expect((await judge(waiting)).valid).toBe(true);
  });

  it('the same record marked as decided asks for every decision field, as missing answers only', async () => {
    const result = await judge(withStatus('valid.stage-proposalSent', 'decided'));
    expect(result.valid).toBe(false);
    const missing = result.errors.filter((e) => e.pointer.startsWith('/notice/'));
    expect(missing.map((e) => e.pointer).sort()).toEqual(decisionFields.map((f) => `/notice/${f}`).sort());
    expect(result.errors.every((e) => e.keyword === 'required')).toBe(true);
  });

  it('a record still being assessed needs no notice, analysis or sign-off; from the proposal on it does', async () => {
    const assessing = example('valid.stage-assessing').data as Data;
    for (const name of ['notice', 'analysis', 'signOff']) expect(Object.hasOwn(assessing, name)).toBe(false);
    const result = await judge(withStatus('valid.stage-assessing', 'proposalSent'));
    expect(result.valid).toBe(false);
    expect(result.errors.every((e) => e.keyword === 'required')).toBe(true);
    expect(result.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/notice', '/analysis', '/signOff']));
  });

  it('a decided record without its decision date is incomplete at that date', async () => {
    const data = structuredClone(example('valid.stage-decided').data) as Data;
    delete section(data, 'notice').decisionDate;
    const result = await judge(data);
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/notice/decisionDate', keyword: 'required' })]);
  });

  it('a record with no status is asked for it', async () => {
    const data = structuredClone(example('valid.stage-decided').data) as Data;
    delete section(data, 'header').assessmentStatus;
    const result = await judge(data);
    expect(result.errors).toEqual([
      expect.objectContaining({ pointer: '/header/assessmentStatus', keyword: 'required' }),
    ]);
  });
});

describe('assessment-wales: one service given more than once needs a plan (reg 10(1))', () => {
  // The decided example proposes one service and no financial support.
  const base = () => structuredClone(example('valid.stage-decided').data) as Data;

  it('one service given more than once: a plan is worked out as needed, and "no plan" is refused', async () => {
    const data = base();
    expect(section(data, 'analysis').proposedServices).toHaveLength(1);
    section(data, 'analysis').servicesRepeated = true;
    const result = await judge(data);
    expect(result.derived['/notice/planNeeded']).toBe(true);
    expect(result.ruleMessages.map((m) => m.pointer)).toContain('/notice/planNeeded');
  });

  it('one service given once: no plan is needed', async () => {
    const data = base();
    section(data, 'analysis').servicesRepeated = false;
    const result = await judge(data);
    expect(result.derived['/notice/planNeeded']).toBe(false);
    expect(result.valid).toBe(true);
  });

  it('one service, not said whether given more than once: the form cannot tell', async () => {
    const data = base();
    delete section(data, 'analysis').servicesRepeated;
    const result = await judge(data);
    expect(result.derived['/notice/planNeeded'] ?? null).toBeNull();
  });
});

describe('assessment-wales: the examples of the version before carry across with nothing lost', () => {
  const versions = formVersions(definition);
  const current = definition.manifest.version;
  // The migration into the current version, and the version it starts from.
  const migration = versions.migrations.find((m) => m.to === current);
  if (!migration) throw new Error(`assessment-wales ships no migration to ${current}`);
  const previous = migration.from;
  const kept = ['valid.full', 'valid.minimal'].map((name) => {
    const url = new URL(
      `../../../../schemas/forms/${FORM}/versions/${previous}/examples/${name}.json`,
      import.meta.url,
    );
    return [name, JSON.parse(readFileSync(url, 'utf8')) as SavedDocument] as const;
  });

  it.each(kept)('%s keeps every answer, and only the stage is then asked for', async (_, old) => {
    expect(old.version).toBe(previous);
    const { document, preserved } = await migrateEnvelope(old, versions, current);
    expect(document.version).toBe(current);
    expect(preserved).toEqual([]);
    expect(document.data).toEqual(old.data);
    const incomplete = await judge(document.data);
    expect(incomplete.errors).toEqual([
      expect.objectContaining({ pointer: '/header/assessmentStatus', keyword: 'required' }),
    ]);
    // Both old examples record a decision: once a person says so, they are complete.
    const decided = await judge(withData(document.data, 'decided'));
    expect(decided.errors).toEqual([]);
    expect(decided.ruleMessages).toEqual([]);
    expect(decided.valid).toBe(true);
  });
});

function withData(data: unknown, status: string): Data {
  const copy = structuredClone(data) as Data;
  section(copy, 'header').assessmentStatus = status;
  return copy;
}
