import { getAtPointer } from '@adoption-support/core';
import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReaderAudience } from '../definition/formModel';
import { audienceView, mergeViewEdits } from './audienceView';

type Json = Record<string, unknown>;
const full = formExamples['asp-england']['valid.full']!.data as Json;

/** Every string answer in a document, by pointer. */
function stringLeaves(value: unknown, pointer = ''): string[] {
  if (typeof value === 'string') return [pointer];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${pointer}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, `${pointer}/${k}`));
  return [];
}

/** A copy of `data` with the value at `pointer` replaced (JSON Forms never edits in place either). */
function setAt(data: unknown, tokens: string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(data)) return data.map((row, i) => (String(i) === head ? setAt(row, rest, value) : row));
  const object = data as Json;
  return { ...object, [head]: setAt(object[head], rest, value) };
}

const readers: [ReaderAudience, number | undefined][] = [
  ['adopters', undefined],
  ['panel', undefined],
  ['child', undefined],
  ['professionals', undefined],
  ['birthFamily', 0],
  ['birthFamily', 1],
];

describe('a reader’s view', () => {
  it('is the whole document for the agency', () => {
    const view = audienceView(aspEngland, full, 'agency');
    expect(view.data).toBe(full);
    expect(view.removed).toEqual([]);
  });

  it('locks a list whose rows the reader cannot all see', () => {
    const view = audienceView(aspEngland, full, 'birthFamily', 1);
    expect(view.isLocked('/birthFamilySupport/recipients')).toBe(true);
    expect(view.toFull('/birthFamilySupport/recipients/0/name')).toBe('/birthFamilySupport/recipients/1/name');
    expect(view.toView('/birthFamilySupport/recipients/0/name')).toBeUndefined();
    expect(audienceView(aspEngland, full, 'agency').isLocked('/birthFamilySupport/recipients')).toBe(false);
  });
});

describe('carrying a reader’s edits back', () => {
  it.each(readers)('for %s (row %s) changes only what was edited and keeps everything hidden', (audience, row) => {
    const view = audienceView(aspEngland, full, audience, row);
    const leaves = stringLeaves(view.data);
    expect(leaves.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...leaves), { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 12 }),
        (edited, text) => {
          let next: unknown = view.data;
          for (const pointer of edited) next = setAt(next, pointer.slice(1).split('/'), text);
          const merged = mergeViewEdits(view, next as Json);
          // What the reader changed is in the whole document, at the same place.
          for (const pointer of edited) expect(getAtPointer(merged, view.toFull(pointer)!)).toBe(text);
          // Everything redaction took out is exactly as it was.
          for (const removed of view.removed)
            expect(getAtPointer(merged, removed)).toEqual(getAtPointer(full, removed));
          // And no other visible answer moved.
          const untouched = leaves.filter((p) => !edited.includes(p));
          for (const pointer of untouched) {
            expect(getAtPointer(merged, view.toFull(pointer)!)).toBe(getAtPointer(full, view.toFull(pointer)!));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('removes an answer the reader cleared, but not the hidden answers beside it', () => {
    const view = audienceView(aspEngland, full, 'birthFamily', 0);
    const next = setAt(view.data, ['birthFamilySupport', 'recipients', '0', 'howToAccess'], undefined) as Json;
    const merged = mergeViewEdits(view, next) as { birthFamilySupport: { recipients: Json[] } };
    const original = (full as { birthFamilySupport: { recipients: Json[] } }).birthFamilySupport.recipients;
    expect(merged.birthFamilySupport.recipients[0]).not.toHaveProperty('howToAccess');
    expect(merged.birthFamilySupport.recipients[0]!.consentToShare).toBe(original[0]!.consentToShare);
    expect(merged.birthFamilySupport.recipients[1]).toEqual(original[1]);
  });

  /** Places taken out whole, outside lists (so the pointer is the same in the view and the document). */
  const wholePlaces = (view: ReturnType<typeof audienceView>) =>
    view.removed.filter((p) => {
      const value = getAtPointer(full, p);
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !/\/\d+(\/|$)/.test(p);
    });
  const withPlaces = readers.filter(
    ([audience, row]) => wholePlaces(audienceView(aspEngland, full, audience, row)).length,
  );

  it('has readers with whole places taken out, to check the next test on', () => {
    expect(withPlaces.length).toBeGreaterThanOrEqual(3);
  });

  it.each(withPlaces)('for %s (row %s) never writes into a place redaction took out whole', (audience, row) => {
    // A question shown to the reader whose answer's whole place was taken out (a condition that did not
    // hold, say) shows empty; what the reader types there must not replace the hidden answers.
    const view = audienceView(aspEngland, full, audience, row);
    const places = wholePlaces(view);
    for (const place of places) {
      const key = Object.keys(getAtPointer(full, place) as Json)[0]!;
      const next = structuredClone(view.data);
      let at: Json = next;
      for (const token of place.slice(1).split('/')) {
        if (typeof at[token] !== 'object' || at[token] === null) at[token] = {};
        at = at[token] as Json;
      }
      at[key] = 'typed over';
      const merged = mergeViewEdits(view, next);
      expect(getAtPointer(merged, place), place).toEqual(getAtPointer(full, place));
    }
  });
});
