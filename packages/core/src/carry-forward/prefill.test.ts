import { type FormEnvelope, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentArbitrary } from '../audience/testing/documentArbitrary';
import { getAtPointer, parsePointer } from '../definition/jsonPointer';
import { isWithin } from '../hidden-data/documentOrder';
import { normaliseErrors } from '../node/checkSchema';
import { createAjv } from '../node/createAjv';
import { shippedMapping } from '../testing/shippedMappings';
import { isObject, sameJson } from './json';
import { prefill } from './prefill';

type Data = Record<string, any>;
const mapping = shippedMapping;
const full = (id: FormId) => structuredClone(formExamples[id]['valid.full']) as FormEnvelope<Data>;

const prefills: [FormId, FormId][] = [
  ['asp-review-england', 'asp-england'],
  ['asp-review-wales', 'asp-wales'],
  ['asp-wales', 'assessment-wales'],
];

describe.each(prefills)('pre-filling %s from the %s full example', (target, source) => {
  const m = mapping(target, source);
  const from = full(source);
  const { envelope, copied, kept } = prefill<Data>(m, from);

  it('makes a new document of the target form and version', () => {
    expect({ form: envelope.form, version: envelope.version }).toEqual({
      form: target,
      version: forms[target].manifest.version,
    });
    expect(copied.length).toBeGreaterThan(15);
    expect(kept).toEqual([]);
  });

  it('copies only values that are valid where they land', () => {
    const validate = createAjv().compile(forms[target].schema);
    validate(envelope.data);
    const landed = copied.map((c) => parsePointer(c.to));
    const atCopied = normaliseErrors(validate.errors).filter((e) =>
      landed.some((to) => isWithin(parsePointer(e.pointer), to)),
    );
    expect(atCopied).toEqual([]);
  });

  it('copies each value as the source has it, unless the mapping translates it', () => {
    const translated = new Set(
      m.rules.filter((r) => r.map || r.take || Object.hasOwn(r, 'value')).map((r) => r.to.replace(/\/\*|\/\d+/g, '')),
    );
    for (const { from: f, to } of copied) {
      if (f === '(value)' || translated.has(to.replace(/\/\d+/g, ''))) continue;
      expect({ to, value: getAtPointer(envelope.data, to) }).toEqual({ to, value: getAtPointer(from.data, f) });
    }
  });

  it('does not change the source document', () => {
    expect(from).toEqual(full(source));
  });
});

describe('a review pre-filled from the England plan', () => {
  const plan = full('asp-england');
  const review = prefill<Data>(mapping('asp-review-england', 'asp-england'), plan).envelope.data;

  it('lists each support item of the plan to review, numbered as in the plan', () => {
    expect(review.supportItems.itemStatus).toEqual(
      plan.data.supportItems.map((item: Data, i: number) => ({ itemReference: String(i + 1), summary: item.service })),
    );
  });

  it('takes the dates of the last review, the child, the adopters and the local authority’s reference', () => {
    const last = plan.data.review.reviews.at(-1);
    expect(review.reviewDetails).toMatchObject({
      child: plan.data.document.child,
      prospectiveAdopters: plan.data.adopters.adoptiveParents.map((p: Data) => p.person),
      previousReviewDate: last.date,
      dueByDate: last.nextReviewDue,
      caseReference: plan.data.document.caseReferences.find((r: Data) => r.agencyType === 'childsLocalAuthority')
        .reference,
    });
  });

  it('translates the siblings into the questions the review asks', () => {
    expect(review.orderReadiness.siblings).toEqual({
      hasSiblings: 'yes',
      placedWithSiblings: true,
      siblingList: plan.data.child.siblings.members.map((s: Data) => ({
        fullName: s.name,
        relationship: s.relationship,
        placedWithChild: s.livingWhere === 'withThisChild',
        linkedPlanReference: s.planReference,
      })),
    });
  });
});

describe('a Wales plan pre-filled from its assessment', () => {
  const assessment = full('assessment-wales');
  const m = mapping('asp-wales', 'assessment-wales');

  it('is marked as amended after an assessment and takes the proposed services', () => {
    const plan = prefill<Data>(m, assessment).envelope.data;
    expect(plan.header.planType).toBe('amendedAfterAssessment');
    expect(plan.services.items).toEqual(assessment.data.analysis.proposedServices);
    expect(plan.reviewPlan).toEqual({
      nextReviewDate: assessment.data.notice.reviewDate,
      tessaReferralConsidered: true,
    });
  });

  it('leaves out a placing authority outside Wales, which the plan has no code for', () => {
    assessment.data.header.placingAuthority = 'outsideWales';
    const { envelope, copied } = prefill<Data>(m, assessment);
    expect(envelope.data.child).not.toHaveProperty('placingAuthority');
    expect(copied.map((c) => c.from)).not.toContain('/header/placingAuthority');
  });

  it('adds proposed services to an existing plan, and only fills gaps in a service it already has', () => {
    const existing = full('asp-wales');
    existing.data.child.dateOfBirth = assessment.data.header.dateOfBirth;
    const services = existing.data.services.items;
    const repeated = {
      ...assessment.data.analysis.proposedServices[0],
      service: services[0].service,
      provider: 'Changed',
    };
    assessment.data.analysis.proposedServices.push(repeated);
    const plan = prefill<Data>(m, assessment, { existing }).envelope.data;
    const [first, ...others] = services;
    expect(plan.services.items).toEqual([
      { ...repeated, ...first },
      ...others,
      ...assessment.data.analysis.proposedServices.slice(0, 3),
    ]);
    expect(plan.services.items[0].provider).toBe(first.provider);
  });
});

describe('pre-filling into a document someone has started', () => {
  const m = mapping('asp-review-england', 'asp-england');
  const plan = full('asp-england');

  it('never overwrites what was typed, keeps unknown fields, and says what it left alone', () => {
    const existing: FormEnvelope<Data> = {
      form: 'asp-review-england',
      version: forms['asp-review-england'].manifest.version,
      data: {
        reviewDetails: {
          child: { knownAs: 'Typed name', dateOfBirth: plan.data.document.child.dateOfBirth },
          caseReference: 'TYPED-REF',
          agencyField: { keep: true },
        },
        supportItems: { itemStatus: [{ itemReference: 'A', summary: 'Typed row', deliveryStatus: 'delivered' }] },
        stayingInTouch: { arrangements: [] },
      },
      agencyEnvelopeField: 'kept',
    } as FormEnvelope<Data>;
    const { envelope, copied, kept } = prefill<Data>(m, plan, { existing });
    const data = envelope.data;
    expect(data.reviewDetails.child).toEqual({ ...plan.data.document.child, knownAs: 'Typed name' });
    expect(data.reviewDetails.caseReference).toBe('TYPED-REF');
    expect(data.reviewDetails.agencyField).toEqual({ keep: true });
    expect(data.supportItems.itemStatus).toEqual(existing.data.supportItems.itemStatus);
    expect(data.stayingInTouch.arrangements).toEqual(plan.data.stayingInTouch.arrangements);
    expect((envelope as Data).agencyEnvelopeField).toBe('kept');
    expect(kept.map((k) => k.to)).toEqual([
      '/reviewDetails/child/knownAs',
      '/reviewDetails/caseReference',
      ...plan.data.supportItems.flatMap((_: unknown, i: number) => [`/supportItems/itemStatus/${i}/itemReference`]),
      ...plan.data.supportItems.map((_: unknown, i: number) => `/supportItems/itemStatus/${i}/summary`),
    ]);
    expect(copied.map((c) => c.to)).toContain('/reviewDetails/child/fullName');
    expect(existing.data.reviewDetails.caseReference).toBe('TYPED-REF');
  });

  it('copies a key named __proto__ as plain data, never as a prototype', () => {
    const source = full('asp-england');
    source.data.document.child = JSON.parse('{"fullName":"Leo","__proto__":{"polluted":true}}');
    const existing = {
      form: 'asp-review-england',
      version: forms['asp-review-england'].manifest.version,
      data: { reviewDetails: { child: { knownAs: 'Leo' } } },
    };
    const { envelope } = prefill<Data>(m, source, { existing });
    const child = envelope.data.reviewDetails.child;
    expect(Object.getPrototypeOf(child)).toBe(Object.prototype);
    expect(Object.hasOwn(child, '__proto__')).toBe(true);
    expect(({} as Data).polluted).toBeUndefined();
  });

  it('refuses a document about another child', () => {
    const existing = full('asp-review-england');
    expect(() => prefill(m, plan, { existing })).toThrow(
      'The source document and the existing document seem to be about different children: /document/child/dateOfBirth in the source document does not match /reviewDetails/child/dateOfBirth in the existing document. Check that you picked the right documents.',
    );
  });

  it('refuses a source of another form, or of a version the mapping does not read', () => {
    expect(() => prefill(m, full('asp-wales'))).toThrow(
      'The mapping asp-review-england/carry-forward/asp-england.json needs a "asp-england" document as the source document, but was given a "asp-wales" document.',
    );
    expect(() => prefill(m, { ...plan, version: '2024.1' })).toThrow(
      `The source document is version 2024.1 of "asp-england", but the mapping asp-review-england/carry-forward/asp-england.json reads version ${m.source.versions.join(' or ')}. Migrate the document to that version first.`,
    );
  });
});

/** Where `after` lost or changed something `before` held. Empty lists and groups may be filled. */
function overwritten(before: unknown, after: unknown, at = ''): string[] {
  if ((Array.isArray(before) && before.length === 0) || (isObject(before) && Object.keys(before).length === 0))
    return [];
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || after.length < before.length) return [at];
    return before.flatMap((row, i) => overwritten(row, after[i], `${at}/${i}`));
  }
  if (isObject(before)) {
    if (!isObject(after)) return [at];
    return Object.entries(before).flatMap(([k, v]) =>
      Object.hasOwn(after, k) ? overwritten(v, after[k], `${at}/${k}`) : [`${at}/${k}`],
    );
  }
  return sameJson(before, after) ? [] : [at];
}

describe.each(prefills)('pre-filling an arbitrary %s document from the %s full example', (target, source) => {
  const m = mapping(target, source);
  const from = full(source);
  const sameCase = (m.sameCase ?? []).map((pair) => ({ ...pair, value: getAtPointer(from.data, pair.source) }));
  const existing = documentArbitrary(forms[target]).map((data) => {
    // Same child, so the documents can be joined.
    for (const pair of sameCase) {
      const tokens = parsePointer(pair.target);
      let holder: unknown = data;
      for (const token of tokens.slice(0, -1)) holder = isObject(holder) ? holder[token] : undefined;
      if (isObject(holder) && Object.hasOwn(holder, tokens.at(-1) as string))
        holder[tokens.at(-1) as string] = pair.value;
    }
    return { form: target, version: forms[target].manifest.version, data } as FormEnvelope;
  });

  it('only ever adds: every answer and unknown field already there stays as it was', () => {
    fc.assert(
      fc.property(existing, (doc) => {
        const before = structuredClone(doc);
        const { envelope } = prefill(m, from, { existing: doc });
        expect(doc).toEqual(before);
        expect(overwritten(before.data, envelope.data)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
