// A reader's copy, redacted again for the same reader, is the same copy. Hosts show shared copies in
// the form (which redacts what it is given) and make PDFs of them: an answer that grants a reader a
// row or a section (`x-audience-when`) must travel with it, or the second redaction empties it.
import { formIds, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../definition/annotations';
import { fuzzParameters } from '../testing/hostileJson';
import { redact } from './redact';
import { documentArbitrary } from './testing/documentArbitrary';

// The relative's own row is the first; in their copy it stays the first.
const optionsFor = (audience: string) => (audience === 'birthFamily' ? { birthFamilyRecipient: 0 } : {});

describe.each(formIds)('redacting a %s copy again for its reader', (formId) => {
  const definition = forms[formId];
  const audiences = AUDIENCES.filter((a) => definition.manifest.audiences.includes(a));

  it.each(audiences)('for %s changes nothing, on every example', (audience) => {
    for (const [name, example] of Object.entries(formExamples[formId])) {
      const once = redact(definition, example.data, audience, optionsFor(audience));
      const twice = redact(definition, once.data, audience, optionsFor(audience));
      expect(twice.data, `${name}: taken out the second time: ${twice.removed.join(', ')}`).toEqual(once.data);
    }
  });

  it.each(audiences)('for %s changes nothing, on generated documents', (audience) => {
    fc.assert(
      fc.property(documentArbitrary(definition), (document) => {
        const once = redact(definition, document, audience, optionsFor(audience));
        const twice = redact(definition, once.data, audience, optionsFor(audience));
        expect(twice.data).toEqual(once.data);
      }),
      // 200 per reader: 1,000 or more per form; FUZZ_RUNS raises it.
      fuzzParameters(200),
    );
  });
});
