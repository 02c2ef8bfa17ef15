// Redaction of each form's full example, read as the people who would receive each view.
import { formIds, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../definition/annotations';
import { schemaFields } from '../definition/schemaFields';
import { redact } from './redact';
import { subDocumentMismatches, ungrantedLeaves } from './testing/documentWalk';

type Data = Record<string, any>;
const full = (id: keyof typeof formExamples) => formExamples[id]['valid.full']?.data as Data;

describe('the England plan (asp-england)', () => {
  const plan = full('asp-england');
  const view = (audience: (typeof AUDIENCES)[number], birthFamilyRecipient?: number) =>
    redact<Data>(forms['asp-england'], plan, audience, { birthFamilyRecipient }).data;
  const [kerry, margaret] = plan.birthFamilySupport.recipients;
  // What a birth relative may see of their own row is read from the schema's audiences, so that a
  // policy change to them (such as the consent record being shown, or a field no longer shown) holds.
  const seenByRelative = new Set(
    schemaFields(forms['asp-england'].schema)
      .filter((f) => f.dataPath.length === 4 && f.dataPath.slice(0, 3).join('/') === 'birthFamilySupport/recipients/*')
      .filter((f) => f.audience?.includes('birthFamily'))
      .map((f) => f.dataPath[3] as string),
  );
  const relativesView = (row: Data) => Object.fromEntries(Object.entries(row).filter(([k]) => seenByRelative.has(k)));
  const kerrysView = relativesView(kerry);
  const margaretsView = relativesView(margaret);

  it('shows a birth relative only the support offered to them, as the audiences of their row say', () => {
    expect(Object.keys(kerrysView).length).toBeGreaterThan(0);
    expect(view('birthFamily', 0)).toEqual({ birthFamilySupport: { recipients: [kerrysView] } });
    expect(view('birthFamily', 1)).toEqual({ birthFamilySupport: { recipients: [margaretsView] } });
  });

  it('shows a birth relative nothing when the agency does not say which relative is reading', () => {
    expect(view('birthFamily')).toEqual({});
    expect(view('birthFamily', 2)).toEqual({});
  });

  it("never puts the child's new name or the adopters' names, address or phone in the birth-family view", () => {
    const text = JSON.stringify(view('birthFamily', 0));
    const identifying = [
      plan.document.child.fullName,
      plan.document.child.knownAs,
      ...plan.adopters.adoptiveParents.flatMap((p: Data) => [
        p.person.fullName,
        p.contact.address,
        p.contact.phone,
        p.contact.email,
      ]),
      ...plan.network.professionals.flatMap((p: Data) => [p.email, p.phone].filter(Boolean)),
      plan.child.education.settingName,
    ];
    expect(identifying.filter((value) => text.includes(value))).toEqual([]);
  });

  it("shows the adopters their own contact details and financial reference, but not the agency's distribution list", () => {
    const adopters = view('adopters');
    expect(adopters.adopters.adoptiveParents).toEqual(plan.adopters.adoptiveParents);
    expect(adopters.adopters.financialSupportReference).toBe(plan.adopters.financialSupportReference);
    expect(adopters.approval).not.toHaveProperty('distribution');
    expect(adopters.document).not.toHaveProperty('caseReferences');
  });

  it("shows the child the people who help them and staying in touch, but not the adopters' contact details or the reviews", () => {
    const child = view('child');
    // Without the free-text notes, which may say where meetings happen.
    expect(child.stayingInTouch).toEqual({
      ...plan.stayingInTouch,
      arrangements: plan.stayingInTouch.arrangements.map(({ notes: _notes, ...row }: Data) => row),
    });
    expect(child.child.siblings.members.filter((m: Data) => 'livingDetails' in m)).toEqual([]);
    expect(child.network.professionals).toEqual(plan.network.professionals);
    expect(child.adopters.adoptiveParents).toEqual(
      plan.adopters.adoptiveParents.map((p: Data) => ({ person: p.person })),
    );
    expect(child).not.toHaveProperty('review');
    expect(child).not.toHaveProperty('birthFamilySupport');
  });

  it("shows the panel the plan without the adopters' wellbeing notes, financial reference or how support is paid for", () => {
    const panel = view('panel');
    expect(panel.supportItems).toEqual(plan.supportItems.map(({ fundingRoute: _f, ...item }: Data) => item));
    expect(panel.adopters).not.toHaveProperty('wellbeing');
    expect(panel.adopters).not.toHaveProperty('financialSupportReference');
  });

  it('shows a financial support item, and how each item is paid for, to the adopters alone', () => {
    const financial = { ...plan.supportItems[0], needArea: 'financial', service: 'Adoption allowance' };
    const withAllowance = { ...plan, supportItems: [...plan.supportItems, financial] };
    const services = (audience: (typeof AUDIENCES)[number]) =>
      (redact<Data>(forms['asp-england'], withAllowance, audience).data.supportItems ?? []).map((i: Data) => i.service);
    expect(services('adopters')).toContain('Adoption allowance');
    for (const audience of ['professionals', 'panel', 'child'] as const) {
      expect(services(audience)).toEqual(plan.supportItems.map((i: Data) => i.service));
      expect(JSON.stringify(redact(forms['asp-england'], withAllowance, audience).data)).not.toContain('fundingRoute');
    }
  });

  it('shows the adopters the date their comments are due, and the panel when they were asked', () => {
    // The due date is worked out by a rule; a host may keep it with the data.
    const dates = { dateSharedWithAdopters: '2025-10-01', adoptersObservationsDue: '2025-10-15' };
    const shared = { ...plan, document: { ...plan.document, ...dates } };
    for (const audience of ['adopters', 'panel'] as const) {
      expect(redact<Data>(forms['asp-england'], shared, audience).data.document).toMatchObject(dates);
    }
    expect(redact<Data>(forms['asp-england'], shared, 'child').data.document).not.toHaveProperty(
      'adoptersObservationsDue',
    );
  });

  it('shows a birth relative nothing of their row until they have agreed to it being shared with them', () => {
    const noConsent = structuredClone(plan);
    noConsent.birthFamilySupport.recipients[0].consentToShare = false;
    expect(redact(forms['asp-england'], noConsent, 'birthFamily', { birthFamilyRecipient: 0 }).data).toEqual({});
    delete noConsent.birthFamilySupport.recipients[1].consentToShare;
    expect(redact(forms['asp-england'], noConsent, 'birthFamily', { birthFamilyRecipient: 1 }).data).toEqual({});
    // Professionals, the panel and the adopters still see both rows: consent is about the relative's own copy.
    expect(redact<Data>(forms['asp-england'], noConsent, 'adopters').data.birthFamilySupport.recipients).toHaveLength(
      2,
    );
  });
});

describe('the Wales forms', () => {
  it.each(['asp-review-wales', 'assessment-wales'] as const)(
    'give the birth family nothing from %s (a review, or an assessment an adopter asked for)',
    (id) => {
      for (const birthFamilyRecipient of [undefined, 0, 1]) {
        expect(redact(forms[id], full(id), 'birthFamily', { birthFamilyRecipient }).data).toEqual({});
      }
    },
  );

  it('show a birth relative their own keeping-in-touch arrangement in the plan, without who arranges it or the notes', () => {
    const plan = full('asp-wales');
    const rows: Data[] = plan.keepingInTouch.arrangements;
    rows.forEach((row, index) => {
      const { data } = redact<Data>(forms['asp-wales'], plan, 'birthFamily', { birthFamilyRecipient: index });
      if (row.relationship === 'formerFosterCarer') {
        expect(data).toEqual({});
        return;
      }
      const { facilitatedBy: _f, notes: _n, ...own } = row;
      expect(data).toEqual({ keepingInTouch: { arrangements: [own] } });
    });
    expect(rows.some((row) => row.relationship === 'formerFosterCarer')).toBe(true);
  });

  it('show a birth relative who asked for an assessment their own assessment, and the adopters none of it', () => {
    const own = structuredClone(full('assessment-wales'));
    own.referral.requesterCategory = 'birthParent';
    const relative = redact<Data>(forms['assessment-wales'], own, 'birthFamily').data;
    expect(Object.keys(relative).sort()).toEqual(['analysis', 'family', 'notice', 'referral']);
    // Of the referral, only who asked: the answer that grants them the rest, so a copy of their copy
    // keeps it (redaction is idempotent).
    expect(relative.referral).toEqual({ requesterCategory: 'birthParent' });
    expect(relative.family.personAssessedNeeds).toBe(own.family.personAssessedNeeds);
    expect(relative.notice.decisionReasons).toBe(own.notice.decisionReasons);
    expect(relative.family).not.toHaveProperty('childAndFamilyNeeds');
    expect(relative.analysis).not.toHaveProperty('financialSupport');
    // Every proposed service that is not financial support, without how it is paid for.
    const services = own.analysis.proposedServices.filter((s: Data) => s.needArea !== 'financial');
    expect(relative.analysis.proposedServices).toEqual(services.map(({ fundingRoute: _f, ...s }: Data) => s));
    const adopters = redact<Data>(forms['assessment-wales'], own, 'adopters').data;
    expect(adopters).not.toHaveProperty('family');
    expect(adopters.referral ?? {}).not.toHaveProperty('requesterCategory');
    expect(adopters).not.toHaveProperty('analysis');
    expect(adopters.notice).not.toHaveProperty('decisionReasons');
    expect(adopters.notice.decisionOutcome).toBe(own.notice.decisionOutcome);
  });

  it("keep the assessment's proposed financial support for the adopters alone", () => {
    const assessment = full('assessment-wales');
    const amount = assessment.analysis.financialSupport.proposedAmount;
    expect(
      redact<Data>(forms['assessment-wales'], assessment, 'adopters').data.analysis.financialSupport.proposedAmount,
    ).toBe(amount);
    expect(redact<Data>(forms['assessment-wales'], assessment, 'professionals').data.analysis.financialSupport).toEqual(
      { assessed: true },
    );
  });

  it("keep the manager's notes on the Wales plan from everyone outside the agency's case workers", () => {
    for (const audience of AUDIENCES) {
      expect(redact<Data>(forms['asp-wales'], full('asp-wales'), audience).data.signOff ?? {}).not.toHaveProperty(
        'managerNotes',
      );
    }
  });
});

describe.each(formIds)('every view of the %s full example', (id) => {
  it.each(AUDIENCES)('for %s holds only granted answers, unchanged', (audience) => {
    const data = full(id);
    const { data: out, removed } = redact(forms[id], data, audience, { birthFamilyRecipient: 0 });
    expect(ungrantedLeaves(forms[id].schema, out, audience)).toEqual([]);
    expect(subDocumentMismatches(forms[id].schema, data, out, removed)).toEqual([]);
  });
});
