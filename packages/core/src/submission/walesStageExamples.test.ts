import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import type { JudgeOptions } from './judgeOptions';
import { judgeSubmission } from './judgeSubmission';

// The Wales plan and its review: a document at every stage is complete for that stage, and the date
// of placement is asked for only once the child has moved in (issue 18, "required too early").
const CLOCK = '2026-12-01';
const options: JudgeOptions = { forms, validators, clock: () => CLOCK };

type WalesForm = 'asp-wales' | 'asp-review-wales';
interface StageForm {
  id: WalesForm;
  /** Where the stage is in the data, and where the date of placement is. */
  stagePath: [string, string];
  placementPath: [string, string];
  stages: () => unknown;
  /** Stages whose example records no placement, because the child has not moved in yet. */
  beforePlacement: string[];
  /** Answers recording events, in the order they happen (an answer left out is skipped). */
  events: string[];
}

const walesForms: StageForm[] = [
  {
    id: 'asp-wales',
    stagePath: ['header', 'planType'],
    placementPath: ['child', 'placementDate'],
    stages: () => (forms['asp-wales'].schema as { $defs: { planType: { enum: unknown } } }).$defs.planType.enum,
    beforePlacement: ['firstPlan'],
    events: [
      'child.placementDate',
      'reviewPlan.firstStatutoryReviewHeldDate',
      'header.linkedReviewDate',
      'header.planDate',
      'signOff.childSocialWorker.date',
    ],
  },
  {
    id: 'asp-review-wales',
    stagePath: ['reviewDetails', 'reviewStage'],
    placementPath: ['reviewDetails', 'dateOfPlacement'],
    stages: () =>
      (
        forms['asp-review-wales'].schema as {
          properties: { reviewDetails: { properties: { reviewStage: { enum: unknown } } } };
        }
      ).properties.reviewDetails.properties.reviewStage.enum,
    beforePlacement: ['introductions'],
    events: [
      'reviewDetails.dateOfPlacement',
      'reviewDetails.dateOfAdoptionOrder',
      'reviewDetails.reviewDate',
      'signOff.reviewingSocialWorker.date',
      'signOff.adoptersAcknowledgement.date',
      'signOff.teamManager.date',
      'signOff.updatedPlanSentDate',
    ],
  },
];

type Data = Record<string, Record<string, unknown>>;
const section = (data: unknown, name: string) => (data as Data)[name] ?? {};

function stageExamples(form: StageForm) {
  const examples = formExamples[form.id];
  return Object.entries(examples).filter(([name]) => name.startsWith('valid.stage-'));
}

/** The dates of the events a document records, in the order the form lists them. */
function eventDates(form: StageForm, data: unknown): string[] {
  return form.events.flatMap((path) => {
    const value = path
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], data);
    return typeof value === 'string' ? [value] : [];
  });
}

for (const form of walesForms) {
  describe(`${form.id}: a document at every stage`, () => {
    it('has one valid.stage-<stage> example for each value of its stage field, at that stage', () => {
      const stages = form.stages();
      expect(Array.isArray(stages)).toBe(true);
      const names = stageExamples(form).map(([name]) => name);
      expect(names.sort()).toEqual((stages as string[]).map((s) => `valid.stage-${s}`).sort());
      for (const [name, example] of stageExamples(form)) {
        const [group, field] = form.stagePath;
        expect(section(example.data, group)[field]).toBe(name.slice('valid.stage-'.length));
      }
    });

    it.each(stageExamples(form))(
      '%s is complete for its stage, its events in order and none after today',
      async (_, example) => {
        const result = await judgeSubmission(example, options);
        if (result.status !== 'judged') throw new Error(result.problem.message);
        expect(result.errors).toEqual([]);
        expect(result.ruleMessages).toEqual([]);
        expect(result.ruleFailures).toEqual([]);
        expect(result.valid).toBe(true);
        const dates = eventDates(form, example.data);
        expect(dates.length).toBeGreaterThanOrEqual(2);
        expect(dates).toEqual([...dates].sort());
        expect(dates.every((d) => d <= CLOCK)).toBe(true);
        if (form.id === 'asp-review-wales') {
          const details = section(example.data, 'reviewDetails');
          expect(String(details.planBeingReviewedDate) <= String(details.reviewDate)).toBe(true);
        }
      },
    );

    it.each(stageExamples(form))(
      '%s: the date of placement is needed only once the child has moved in',
      async (name, example) => {
        const stage = name.slice('valid.stage-'.length);
        const [group, field] = form.placementPath;
        const data = structuredClone(example.data) as Data;
        const hadPlacement = Object.hasOwn(section(data, group), field);
        expect(hadPlacement).toBe(!form.beforePlacement.includes(stage));
        delete section(data, group)[field];
        const result = await judgeSubmission({ ...example, data }, options);
        if (result.status !== 'judged') throw new Error(result.problem.message);
        // Never a schema error: the schema no longer asks for it at every stage.
        expect(result.errors).toEqual([]);
        const asked = result.ruleMessages.filter((m) => m.pointer === `/${group}/${field}`);
        // Left out, it never stops a draft being saved: at most it is missing for this stage.
        expect(result.savable).toBe(true);
        const missing = result.missing.filter((m) => m.pointer === `/${group}/${field}`);
        if (form.beforePlacement.includes(stage)) {
          expect(asked).toEqual([]);
          expect(missing).toEqual([]);
          expect(result.valid).toBe(true);
        } else {
          expect(asked).toHaveLength(1);
          expect(asked[0]).toMatchObject({ kind: 'require' });
          expect(asked[0]?.source).not.toBe('');
          expect(missing).toHaveLength(1);
          expect(missing[0]?.requiredBy).toMatchObject({ kind: 'rule', ruleId: asked[0]?.ruleId });
          expect(result.valid).toBe(false);
        }
      },
    );
  });
}

describe('asp-wales: the second statutory review counts from the day the first was held', () => {
  it('moving the first review earlier moves the latest day for the second with it, not with the due date', async () => {
    const example = formExamples['asp-wales']['valid.stage-amendedAfterAssessment'];
    if (example === undefined) throw new Error('missing example');
    const judge = async (held: string) => {
      const data = structuredClone(example.data) as Data;
      section(data, 'reviewPlan').firstStatutoryReviewHeldDate = held;
      const result = await judgeSubmission({ ...example, data }, options);
      if (result.status !== 'judged') throw new Error(result.problem.message);
      return result.derived;
    };
    const onTime = await judge('2026-07-10');
    const early = await judge('2026-07-01');
    // The first review's due date is the same either way (it comes from the placement) ...
    expect(early['/reviewPlan/firstStatutoryReviewDue']).toBe(onTime['/reviewPlan/firstStatutoryReviewDue']);
    // ... but the second review's latest day follows the day the first was held.
    expect(onTime['/reviewPlan/secondStatutoryReviewLatest']).toBe('2026-10-10');
    expect(early['/reviewPlan/secondStatutoryReviewLatest']).toBe('2026-10-01');
  });
});
