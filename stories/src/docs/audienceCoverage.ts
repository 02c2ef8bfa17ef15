import { formModel, type ReaderAudience } from '@adoption-support/react';
import { type Audience, type FormId, forms } from '@adoption-support/schemas';

/** How much of one section one reader sees. */
export interface SectionCoverage {
  /** Questions (answers and lists) the reader sees. */
  seen: number;
  /** Questions the agency's own case workers see: all of them. */
  total: number;
}

/** One row of the "who sees what" table: a section and what each audience sees of it. */
export interface SectionAudiences {
  /** The section's i18n key, e.g. `sections.network`. */
  i18n: string;
  byAudience: Record<Audience, SectionCoverage>;
}

/**
 * For each section of a form, how many of its questions each of the form's audiences sees, worked
 * out from the schema's `x-audience` annotations exactly as the component does (core's
 * deny-by-default rule), so the table in the docs can never drift from what readers are shown.
 */
export function audienceCoverage(form: FormId): { audiences: Audience[]; sections: SectionAudiences[] } {
  const definition = forms[form];
  const audiences = definition.manifest.audiences;
  const questionsBySection = (audience: ReaderAudience) =>
    new Map(formModel(definition, audience).sections.map((s) => [s.i18n, s.controls.length]));
  const all = formModel(definition, 'agency').sections;
  const seen = new Map(audiences.map((a) => [a, questionsBySection(a)]));
  return {
    audiences,
    sections: all.map((section) => ({
      i18n: section.i18n,
      byAudience: Object.fromEntries(
        audiences.map((a) => [a, { seen: seen.get(a)?.get(section.i18n) ?? 0, total: section.controls.length }]),
      ) as Record<Audience, SectionCoverage>,
    })),
  };
}
