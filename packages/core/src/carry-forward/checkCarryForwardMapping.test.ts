import { forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formatCarryForwardProblem } from './CarryForwardError';
import type { CarryForwardMapping, CarryForwardRule } from './CarryForwardMapping';
import { checkCarryForwardMapping } from './checkCarryForwardMapping';

const planFromAssessment = (
  rules: CarryForwardRule[],
  extra: Partial<CarryForwardMapping> = {},
): CarryForwardMapping => ({
  kind: 'prefill',
  description: 'A test mapping.',
  source: { form: 'assessment-wales', versions: [forms['assessment-wales'].manifest.version] },
  target: { form: 'asp-wales', version: forms['asp-wales'].manifest.version },
  allowWider: ['panel', 'child'],
  rules,
  ...extra,
});
const wales = { source: forms['assessment-wales'], target: forms['asp-wales'] };
const problems = (mapping: CarryForwardMapping) =>
  checkCarryForwardMapping(mapping, wales).map((p) => `${p.pointer}: ${p.message} ${p.fix}`);

describe('checkCarryForwardMapping', () => {
  it('accepts fields that pair up', () => {
    expect(problems(planFromAssessment([{ from: '/header/childName', to: '/child/childName' }]))).toEqual([]);
  });

  it('names a choice code the target does not have, and says how to map or skip it', () => {
    const rule = { from: '/header/placingAuthority', to: '/child/placingAuthority', allowWider: ['adopters' as const] };
    expect(problems(planFromAssessment([rule]))).toEqual([
      '/rules/0/from: /child/placingAuthority ("Placing authority") in asp-wales does not allow "outsideWales", which /header/placingAuthority ("Placing authority") in assessment-wales can hold. Add a "map" from each of these codes to one it allows, or list them in "skipValues" so they are not carried.',
    ]);
    expect(problems(planFromAssessment([{ ...rule, skipValues: ['outsideWales'] }]))).toEqual([]);
  });

  it('refuses to show the adopters-only financial detail to professionals and the panel', () => {
    expect(
      problems(planFromAssessment([{ from: '/analysis/financialSupport/basis', to: '/futureNeeds/longerTermNeeds' }])),
    ).toEqual([
      '/rules/0/from: It would show the answer at /analysis/financialSupport/basis ("Basis of the financial support") in assessment-wales to professionals, as /futureNeeds/longerTermNeeds ("Likely longer-term needs") in asp-wales, but the source shows it only to adopters. Leave the field out, narrow the target\'s x-audience, or add "allowWider": ["professionals"] to the rule to say this is intended.',
    ]);
  });

  it('checks every field inside a group or list copied whole', () => {
    const mapping = planFromAssessment([{ from: '/referral/assessingSocialWorker', to: '/child/adoptiveParents/0' }]);
    expect(problems(mapping)).toContain(
      '/rules/0/from: /referral/assessingSocialWorker/role ("Role") in assessment-wales has nowhere to go: asp-wales has no /child/adoptiveParents/*/role. Copy the fields one by one and leave that one out, or add it to the target schema.',
    );
  });

  it('refuses to copy a list into an answer, free text into a choice, or a choice into a yes or no', () => {
    expect(
      problems(planFromAssessment([{ from: '/analysis/proposedServices', to: '/futureNeeds/longerTermNeeds' }])),
    ).toEqual([
      '/rules/0/from: It copies a list into /futureNeeds/longerTermNeeds ("Likely longer-term needs"), which is an answer. Pair an answer with an answer, a group with a group and a list with a list.',
    ]);
    expect(problems(planFromAssessment([{ from: '/analysis/statementOfNeeds', to: '/header/region' }]))).toContain(
      '/rules/0/from: It copies a text answer into /header/region ("Region"), which is a choice. Add a "map" from the answers to the codes, or leave the field out.',
    );
    expect(
      problems(
        planFromAssessment([{ from: '/header/vaa', to: '/reviewPlan/part4CarePlan', allowWider: ['adopters'] }]),
      ),
    ).toEqual([
      '/rules/0/from: It copies the choice /header/vaa ("Voluntary adoption agency involved") into /reviewPlan/part4CarePlan ("Does the child also have a Part 4 care and support plan?"), which holds a yes or no. Add a "map" from each code to a value it holds, or leave the field out.',
    ]);
  });

  it('warns when a long answer would not fit', () => {
    expect(problems(planFromAssessment([{ from: '/analysis/statementOfNeeds', to: '/child/knownAs' }]))).toContain(
      '/rules/0/from: /analysis/statementOfNeeds ("Statement of assessed needs") holds up to 10000 characters, but /child/knownAs ("Name the child likes to be called") only 200: a long answer would not fit. Raise maxLength of /child/knownAs ("Name the child likes to be called") in asp-wales, or leave the field out.',
    );
  });

  it('checks fixed values and mapped codes against the target', () => {
    expect(problems(planFromAssessment([{ value: 'amendedLater', to: '/header/planType' }]))).toEqual([
      '/rules/0/value: /header/planType ("Type of plan") in asp-wales does not allow "amendedLater". Use one of "firstPlan", "amendedAfterAssessment", "amendedAfterReview".',
    ]);
    expect(
      problems(
        planFromAssessment([
          { from: '/header/vaa', to: '/header/vaa', map: { none: 'nobody' }, allowWider: ['adopters'] },
        ]),
      ),
    ).toEqual([
      '/rules/0/map: "map" gives "nobody", which /header/vaa ("Voluntary adoption agency") in asp-wales does not allow. Use codes it allows: "stDavids", "barnardosCymru", "none".',
    ]);
  });

  it('says when "to" pairs rows with a source that has none', () => {
    expect(problems(planFromAssessment([{ from: '/analysis/needLevel', to: '/services/items/*/tier' }]))).toContain(
      '/rules/0/to: "to" has 1 "*" but the source has 0. Give "to" one "*" for each in the source, or none to take the first match.',
    );
  });

  it('keeps the prefill promise: no new rows, no reading the target', () => {
    expect(
      problems(planFromAssessment([{ fromTarget: '/header/planDate', to: '/header/planHistory/-/planDate' }])),
    ).toEqual([
      '/rules/0/fromTarget: "fromTarget" reads the plan being updated, so only apply mappings have it. Use "from", or make the mapping "kind": "apply".',
      '/rules/0/to: "-" (a new row) is for apply mappings: a prefill never adds rows to a list someone typed. Use "*".',
    ]);
  });

  it('says when the mapping was written for another version of a form', () => {
    const mapping = planFromAssessment([{ from: '/header/childName', to: '/child/childName' }], {
      target: { form: 'asp-wales', version: '2024.3' },
    });
    expect(checkCarryForwardMapping(mapping, wales).map(formatCarryForwardProblem)).toEqual([
      `asp-wales/carry-forward/assessment-wales.json at /target/version: The mapping writes asp-wales version 2024.3, but the form is now at version ${forms['asp-wales'].manifest.version}. Check each rule against version ${forms['asp-wales'].manifest.version} and set "version" to it.`,
    ]);
  });

  it('checks an apply mapping’s review fields and row matching keys', () => {
    const mapping: CarryForwardMapping = {
      kind: 'apply',
      description: 'A test mapping.',
      source: { form: 'asp-review-wales', versions: [forms['asp-review-wales'].manifest.version] },
      target: { form: 'asp-wales', version: forms['asp-wales'].manifest.version },
      review: { date: '/reviewDetails/reviewStage', outcome: '/outcome/reviewOutcome' },
      rules: [
        {
          from: '/progress/supportDelivered/*/deliveredStatus',
          to: '/services/items/*/status',
          match: { source: '/servic', target: '/service' },
          map: { deliveredAsPlanned: 'inPlace' },
          allowWider: ['panel'],
        },
      ],
    };
    expect(
      checkCarryForwardMapping(mapping, { source: forms['asp-review-wales'], target: forms['asp-wales'] }).map(
        (p) => `${p.pointer}: ${p.message}`,
      ),
    ).toEqual([
      '/rules/0/match/source: "/servic" names no field of asp-review-wales: /progress/supportDelivered/* has no "servic".',
      '/review/date: "/reviewDetails/reviewStage" is not a date field.',
    ]);
  });
});
