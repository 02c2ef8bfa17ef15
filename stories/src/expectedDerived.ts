import { createRuleEngine } from '@adoption-support/core';
import { type FormId, forms } from '@adoption-support/schemas';

/**
 * What a form's own rule packs work out at `pointer` for `data`, straight from core's rule engine:
 * the value a journey expects the component to show, without copying the rule into the story.
 */
export function expectedDerived(form: FormId, data: unknown, pointer: string, today: string): unknown {
  const { manifest, rulePacks } = forms[form];
  const packs = manifest.rulePacks.map((name) => rulePacks[name]).filter((pack) => pack !== undefined);
  const derived = createRuleEngine({ packs, clock: () => today }).evaluate(data).derived;
  return Object.hasOwn(derived, pointer) ? derived[pointer] : undefined;
}

/** An ISO date as GOV.UK writes it in English: "2 February 2027". */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
