import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { applyHiddenData } from './applyHiddenData';
import { restoreHiddenData } from './restoreHiddenData';

type Data = Record<string, any>;
const form = forms['asp-england'];
const plan = () => structuredClone(formExamples['asp-england']['valid.full']?.data) as Data;

describe('applyHiddenData', () => {
  it('clears a hidden answer whose policy is clear, and reports it for undo', () => {
    const data = plan();
    data.network.childSeenAlone = false;
    data.network.childSeenAloneReason = 'Asleep during the visit.';
    const { data: next, cleared } = applyHiddenData<Data>(form, data, ['/network/childSeenAloneReason']);
    expect(next.network).not.toHaveProperty('childSeenAloneReason');
    expect(next.network.childSeenAlone).toBe(false);
    expect(cleared).toEqual([{ pointer: '/network/childSeenAloneReason', previous: 'Asleep during the visit.' }]);
  });

  it('keeps a hidden answer whose policy is retain', () => {
    const data = plan();
    const result = applyHiddenData<Data>(form, data, ['/network/transitionOverview', '/supportItems/0/signOff']);
    expect(result.data).toEqual(data);
    expect(result.cleared).toEqual([]);
  });

  it('clears a hidden list of siblings whole, since it and everything in it clears', () => {
    const data = plan();
    const { data: next, cleared } = applyHiddenData<Data>(form, data, ['/child/siblings/members']);
    expect(next.child.siblings).toEqual({ hasSiblings: 'both', groupNeeds: data.child.siblings.groupNeeds });
    expect(cleared).toEqual([{ pointer: '/child/siblings/members', previous: data.child.siblings.members }]);
  });

  it('applies each answer’s own policy inside a hidden group: retain stays, clear goes', () => {
    const data = plan();
    const { data: next, cleared } = applyHiddenData<Data>(form, data, ['/child/siblings']);
    expect(next.child.siblings).toEqual({ hasSiblings: 'both' });
    expect(cleared.map((c) => c.pointer)).toEqual(['/child/siblings/groupNeeds', '/child/siblings/members']);
  });

  it('clears the "other" box of one row and keeps the facts beside it', () => {
    const data = plan();
    const { data: next, cleared } = applyHiddenData<Data>(form, data, ['/child/futureNeeds/3']);
    const { pressurePointOther, ...rest } = data.child.futureNeeds[3];
    expect(next.child.futureNeeds[3]).toEqual(rest);
    expect(next.child.futureNeeds.slice(0, 3)).toEqual(data.child.futureNeeds.slice(0, 3));
    expect(cleared).toEqual([{ pointer: '/child/futureNeeds/3/pressurePointOther', previous: pressurePointOther }]);
  });

  it('clears a multi-select answer whole', () => {
    const review = structuredClone(formExamples['asp-review-england']['valid.full']?.data) as Data;
    const { data: next, cleared } = applyHiddenData<Data>(forms['asp-review-england'], review, [
      '/views/child/howObtained',
    ]);
    expect(next.views.child).not.toHaveProperty('howObtained');
    expect(cleared).toEqual([{ pointer: '/views/child/howObtained', previous: review.views.child.howObtained }]);
  });

  it('keeps fields the schema does not know, even inside a hidden list that clears', () => {
    const data = plan();
    data.child.siblings.members[0].agencyNote = 'kept: added by the agency';
    data.child.agencyExtra = { kept: true };
    const { data: next, cleared } = applyHiddenData<Data>(form, data, [
      '/child/siblings/members',
      '/child/agencyExtra',
    ]);
    expect(next.child.siblings.members).toEqual([{ agencyNote: 'kept: added by the agency' }]);
    expect(next.child.agencyExtra).toEqual({ kept: true });
    expect(cleared.map((c) => c.pointer)).toEqual([
      '/child/siblings/members/0/dateOfBirth',
      '/child/siblings/members/0/livingWhere',
      '/child/siblings/members/0/name',
      '/child/siblings/members/0/planReference',
      '/child/siblings/members/0/relationship',
      '/child/siblings/members/1',
    ]);
  });

  it('never changes the document it is given', () => {
    const data = plan();
    const copy = structuredClone(data);
    applyHiddenData(form, data, ['/child/siblings', '/child/futureNeeds/3', '/network/childSeenAloneReason']);
    expect(data).toEqual(copy);
  });

  it('treats a field inside another hidden field, or named twice, as covered once', () => {
    const data = plan();
    const once = applyHiddenData(form, data, ['/child/siblings']);
    const overlapping = applyHiddenData(form, data, [
      '/child/siblings/members/1',
      '/child/siblings',
      '/child/siblings/members',
      '/child/siblings',
    ]);
    expect(overlapping).toEqual(once);
  });

  it('ignores hidden fields that hold nothing', () => {
    const data = plan();
    expect(applyHiddenData(form, data, ['/network/childSeenAloneReason', '/adopters/otherChildren']).cleared).toEqual(
      [],
    );
  });

  it('says which pointer is wrong when a hidden field is not a JSON pointer', () => {
    expect(() => applyHiddenData(form, plan(), ['/child', 'child/siblings'])).toThrow(
      'applyHiddenData: form "asp-england" argument "hiddenPointers" at "/1": "child/siblings" is not a JSON pointer. Pass pointers into the data, such as "/supportItems/2/signOff".',
    );
  });
});

describe('restoreHiddenData', () => {
  it('puts every cleared answer back where it was, rows included', () => {
    const data = plan();
    data.child.siblings.members[1].agencyNote = 'kept';
    const hidden = ['/child/siblings/members', '/child/futureNeeds/3', '/document/linkedSiblingPlans'];
    const { data: next, cleared } = applyHiddenData(form, data, hidden);
    expect(next).not.toEqual(data);
    const restored = restoreHiddenData(next, cleared);
    expect(restored.data).toEqual(data);
    expect(restored.skipped).toEqual([]);
  });

  it('never overwrites an answer typed after the field was cleared', () => {
    const data = plan();
    data.network.childSeenAloneReason = 'First reason';
    const { data: next, cleared } = applyHiddenData<Data>(form, data, ['/network/childSeenAloneReason']);
    next.network.childSeenAloneReason = 'Typed since';
    const restored = restoreHiddenData<Data>(next, cleared);
    expect(restored.data.network.childSeenAloneReason).toBe('Typed since');
    expect(restored.skipped).toEqual(['/network/childSeenAloneReason']);
  });
});
