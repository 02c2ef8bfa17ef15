// Property tests: hidden-data policies over arbitrary documents generated from each published form.
import { formIds, forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentArbitrary } from '../audience/testing/documentArbitrary';
import { leavesOf, placesOf } from '../audience/testing/documentWalk';
import { parsePointer, toPointer } from '../definition/jsonPointer';
import { applyHiddenData } from './applyHiddenData';
import { isWithin } from './documentOrder';
import { fieldAtPath } from './fieldAtPath';
import { restoreHiddenData } from './restoreHiddenData';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe.each(formIds)('applyHiddenData over generated %s documents', (formId) => {
  const definition = forms[formId];
  const { schema } = definition;
  const cases = documentArbitrary(definition).chain((doc) =>
    fc.tuple(fc.constant(doc), fc.subarray(placesOf(doc).map(toPointer), { maxLength: 5 })),
  );

  it('clears exactly the hidden answers whose policy is clear, and keeps everything else', () => {
    fc.assert(
      fc.property(cases, ([doc, hidden]) => {
        const { cleared } = applyHiddenData(definition, deepFreeze(doc), hidden);
        const hiddenPaths = hidden.map(parsePointer);
        const clearedPaths = cleared.map((c) => parsePointer(c.pointer));
        for (const path of clearedPaths) {
          expect(hiddenPaths.some((h) => isWithin(path, h))).toBe(true);
          expect(fieldAtPath(schema, path).hiddenData).toBe('clear');
        }
        for (const { tokens, info } of leavesOf(schema, doc)) {
          if (!hiddenPaths.some((h) => isWithin(tokens, h))) continue;
          const gone = clearedPaths.some((c) => isWithin(tokens, c));
          expect({ at: toPointer(tokens), gone }).toEqual({
            at: toPointer(tokens),
            gone: info.kind !== 'unknown' && info.hiddenData === 'clear',
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('can always be undone: restoring what was cleared gives back the document', () => {
    fc.assert(
      fc.property(cases, ([doc, hidden]) => {
        const before = structuredClone(doc);
        const { data, cleared } = applyHiddenData(definition, deepFreeze(doc), hidden);
        expect(restoreHiddenData(data, cleared).data).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
