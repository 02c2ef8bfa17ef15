import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import type { JudgeOptions } from './judgeOptions';
import { judgeSubmission } from './judgeSubmission';

// The England plan: a plan at every stage is complete for that stage, and the matching panel and
// agency decision dates are asked for only once the plan is past its draft (issue 18, "required too
// early": a draft dated before the panel cannot record the panel's date).
const CLOCK = '2026-12-01';
const options: JudgeOptions = { forms, validators, clock: () => CLOCK };
const FORM = 'asp-england';

type Data = Record<string, Record<string, unknown>>;
const documentOf = (data: unknown) => (data as Data).document ?? {};

const schema = forms[FORM].schema as {
  properties: { document: { properties: { planStage: { enum: string[] } } } };
};
const stages = schema.properties.document.properties.planStage.enum;
const draftStage = stages[0] as string;
/** Answers recording the plan's events, in the order they happen (an answer left out is skipped). */
const events = ['dateSharedWithAdopters', 'matchingPanelDate', 'admDecisionDate', 'placementDate', 'adoptionOrderDate'];
/** The events this fix stopped requiring of a draft. */
const afterPanel = ['matchingPanelDate', 'admDecisionDate'];

const stageExamples = Object.entries(formExamples[FORM]).filter(([name]) => name.startsWith('valid.stage-'));

function eventDates(data: unknown): string[] {
  const document = documentOf(data);
  return events.flatMap((field) => (typeof document[field] === 'string' ? [document[field] as string] : []));
}

function reviewDates(data: unknown): string[] {
  const reviews = ((data as Data).review?.reviews ?? []) as { date?: unknown }[];
  return reviews.flatMap((r) => (typeof r.date === 'string' ? [r.date] : []));
}

describe('asp-england: a plan at every stage', () => {
  it('has one valid.stage-<stage> example for each value of document.planStage, at that stage', () => {
    expect(stages.length).toBeGreaterThan(1);
    expect(stageExamples.map(([name]) => name).sort()).toEqual(stages.map((s) => `valid.stage-${s}`).sort());
    for (const [name, example] of stageExamples) {
      expect(documentOf(example.data).planStage).toBe(name.slice('valid.stage-'.length));
    }
  });

  it.each(stageExamples)(
    '%s is complete for its stage, its events in order and none after today',
    async (_, example) => {
      const result = await judgeSubmission(example, options);
      if (result.status !== 'judged') throw new Error(result.problem.message);
      expect(result.errors).toEqual([]);
      expect(result.ruleMessages).toEqual([]);
      expect(result.ruleFailures).toEqual([]);
      expect(result.missing).toEqual([]);
      expect(result.valid).toBe(true);
      const dates = eventDates(example.data);
      expect(dates.length).toBeGreaterThanOrEqual(1);
      expect(dates).toEqual([...dates].sort());
      const planDate = String(documentOf(example.data).planDate);
      for (const date of [...dates, ...reviewDates(example.data)]) {
        expect(date <= planDate, `${date} is after the plan's date ${planDate}`).toBe(true);
      }
      expect(planDate <= CLOCK).toBe(true);
    },
  );

  it('valid.minimal is a draft that records no panel or decision yet', () => {
    const minimal = formExamples[FORM]['valid.minimal'];
    expect(documentOf(minimal?.data).planStage).toBe(draftStage);
    for (const field of afterPanel) expect(Object.hasOwn(documentOf(minimal?.data), field)).toBe(false);
  });

  it.each(stageExamples.flatMap(([name, example]) => afterPanel.map((field) => [name, field, example] as const)))(
    '%s without %s: savable, and missing only once the plan is past its draft',
    async (name, field, example) => {
      const stage = name.slice('valid.stage-'.length);
      const data = structuredClone(example.data) as Data;
      const document = documentOf(data);
      expect(Object.hasOwn(document, field)).toBe(stage !== draftStage);
      delete document[field];
      const result = await judgeSubmission({ ...example, data }, options);
      if (result.status !== 'judged') throw new Error(result.problem.message);
      // Never a schema error: the schema does not ask for it at every stage.
      expect(result.errors).toEqual([]);
      expect(result.savable).toBe(true);
      const pointer = `/document/${field}`;
      const asked = result.ruleMessages.filter((m) => m.pointer === pointer);
      const missing = result.missing.filter((m) => m.pointer === pointer);
      if (stage === draftStage) {
        expect(asked).toEqual([]);
        expect(missing).toEqual([]);
        expect(result.valid).toBe(true);
      } else {
        expect(asked).toHaveLength(1);
        expect(asked[0]).toMatchObject({ kind: 'require' });
        expect(asked[0]?.source).toMatch(/AAR 2005 reg \d+/);
        expect(missing).toHaveLength(1);
        expect(missing[0]?.requiredBy).toMatchObject({ kind: 'rule', ruleId: asked[0]?.ruleId });
        expect(result.valid).toBe(false);
      }
    },
  );
});
