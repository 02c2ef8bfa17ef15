import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { arbitraryFromSchema } from '../../../core/src/testing/arbitraryDocument';

/** The published forms, and asp-england's folder in it. */
export const FORMS = fileURLToPath(new URL('../../../../schemas/forms', import.meta.url));
export const ASP_ENGLAND = `${FORMS}/asp-england`;

/** The older version asp-england keeps (read from its folder, never written here). */
export const OLD_VERSION = (() => {
  const kept = readdirSync(`${ASP_ENGLAND}/versions`).sort();
  if (kept.length === 0) throw new Error('asp-england keeps no older version to migrate from.');
  return kept[0] as string;
})();

const OLD_SCHEMA = JSON.parse(readFileSync(`${ASP_ENGLAND}/versions/${OLD_VERSION}/schema.json`, 'utf8')) as Record<
  string,
  unknown
>;

const sentence = fc
  .array(fc.constantFrom('the', 'adopters', 'child', 'school', 'support', 'visits', 'calm', 'routine', 'family'), {
    minLength: 4,
    maxLength: 14,
  })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/**
 * The combined strengths answer as social workers write it: most with headings the 2026.1 split finds,
 * some as one narrative (kept aside for a person).
 */
const combinedAnswer = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(paragraph, paragraph).map(([s, d]) => `Strengths: ${s}\nPossible difficulties: ${d}`),
  },
  { weight: 1, arbitrary: fc.tuple(paragraph, paragraph).map(([s, d]) => `${s}\nVulnerabilities: ${d}`) },
  { weight: 1, arbitrary: paragraph },
);

/** Phone numbers and email addresses in the shapes the schema asks for (from the ranges kept for drama). */
const phone = fc.integer({ min: 0, max: 999 }).map((n) => `01632 960 ${String(n).padStart(3, '0')}`);
const email = fc.constantFrom('sam', 'dana.price', 'duty.team').map((name) => `${name}@example.org`);

/** Data of a plan saved with asp-england's older version: every question the schema asks, generated. */
export const oldPlanData = arbitraryFromSchema(
  OLD_SCHEMA,
  new Map<string, fc.Arbitrary<unknown>>([
    ['/adopters/strengthsAndVulnerabilities', combinedAnswer],
    ['/network/professionals/*/phone', phone],
    ['/network/professionals/*/email', email],
    ['/adopters/adoptiveParents/*/contact/phone', phone],
    ['/adopters/adoptiveParents/*/contact/email', email],
  ]),
);

/** `count` plans saved with the older version, generated from `seed` (the same plans for the same seed). */
export function* oldPlans(count: number, seed: number): Generator<{ form: string; version: string; data: unknown }> {
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const numRuns = Math.min(batch, count - start);
    for (const data of fc.sample(oldPlanData, { numRuns, seed: seed + start })) {
      yield { form: 'asp-england', version: OLD_VERSION, data };
    }
  }
}
