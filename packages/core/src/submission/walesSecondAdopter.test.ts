import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { redact } from '../audience/redact';
import { AUDIENCES } from '../definition/annotations';
import { formVersions } from '../migrate/formVersions';
import { migrateEnvelope } from '../migrate/migrateEnvelope';

// Both adopters acknowledge the Wales plan and its review (issue 18): the second adopter's
// acknowledgement sits beside the first, is seen by whoever sees the first, and a plan saved before
// it existed keeps its one acknowledgement where it was.
const FIRST = 'adoptersAcknowledgement';
const SECOND = 'secondAdopterAcknowledgement';
type Sections = Record<string, Record<string, unknown>>;

for (const id of ['asp-wales', 'asp-review-wales'] as const) {
  const definition = forms[id];
  const full = formExamples[id]['valid.full'];
  if (full === undefined) throw new Error(`${id} has no valid.full example`);
  const signOff = (data: unknown) => (data as Sections).signOff ?? {};

  describe(`${id}: the second adopter's acknowledgement`, () => {
    it('is in the full example, with a name, role and date of its own', () => {
      expect(signOff(full.data)[SECOND]).toMatchObject({ name: expect.any(String), date: expect.any(String) });
      expect(signOff(full.data)[SECOND]).not.toEqual(signOff(full.data)[FIRST]);
    });

    it.each([...AUDIENCES])('is seen by %s exactly when the first adopter’s is', (audience) => {
      const seen = signOff(redact(definition, full.data, audience).data);
      expect(Object.hasOwn(seen, SECOND)).toBe(Object.hasOwn(seen, FIRST));
      if (Object.hasOwn(seen, FIRST)) expect(seen[SECOND]).toEqual(signOff(full.data)[SECOND]);
    });

    it('a document saved before it existed keeps its one acknowledgement where it was', async () => {
      const versions = formVersions(definition);
      const last = versions.migrations.at(-1);
      if (last === undefined) throw new Error(`${id} ships a migration`);
      expect(last.to).toBe(definition.manifest.version);
      const data = structuredClone(full.data) as Sections;
      delete signOff(data)[SECOND];
      const before = structuredClone(data);
      const { document } = await migrateEnvelope({ form: id, version: last.from, data } as never, versions);
      expect(document.version).toBe(definition.manifest.version);
      expect(document.data).toEqual(before);
      expect(signOff(document.data)[FIRST]).toEqual(signOff(full.data)[FIRST]);
      expect(Object.hasOwn(signOff(document.data), SECOND)).toBe(false);
    });
  });
}
