import { formModel } from '@adoption-support/react';
import { type FormExample, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';

/**
 * What a story starts from: `empty` (a blank form), `partly-done` (the form's complete example with
 * its later sections taken out), or the name of one of the form's own examples (`valid.full`,
 * `valid.minimal`, `invalid.<reason>`).
 */
export type StoryExample = 'empty' | 'partly-done' | `valid.${string}` | `invalid.${string}`;

/** A form's example by name; throws, naming the examples it does have, when there is none. */
export function formExample(form: FormId, name: string): FormExample {
  const examples = formExamples[form];
  const example = Object.hasOwn(examples, name) ? examples[name] : undefined;
  if (!example) {
    throw new Error(
      `The form ${form} has no example called "${name}". Use one of: ${Object.keys(examples).join(', ')}; or empty, or partly-done.`,
    );
  }
  return example;
}

/** The names of a form's examples, valid ones first. */
export function exampleNames(form: FormId): string[] {
  return Object.keys(formExamples[form]).sort(
    (a, b) => Number(a.startsWith('invalid.')) - Number(b.startsWith('invalid.')),
  );
}

/**
 * The top-level answers that belong to the first `keep` sections of a form (and to no later
 * section): a section's answers are the data its controls point into.
 */
function keysOfFirstSections(form: FormId, keep: number): Set<string> {
  const { sections } = formModel(forms[form], 'agency');
  const keysOf = (index: number) => new Set(sections[index]?.controls.map((c) => c.dataPath[0] ?? '') ?? []);
  const later = new Set(sections.slice(keep).flatMap((s) => [...keysOf(s.index)]));
  return new Set(sections.slice(0, keep).flatMap((s) => [...keysOf(s.index)].filter((key) => !later.has(key))));
}

/** How many sections a partly done form has finished: the first half, and at least one. */
export function partlyDoneSections(form: FormId): number {
  return Math.max(1, Math.floor(formModel(forms[form], 'agency').sections.length / 2));
}

/**
 * A form part way through: the complete example (`valid.full`) with every answer of the later
 * sections taken out, as if the social worker had stopped half way.
 */
export function partlyDone(form: FormId): Record<string, unknown> {
  const keep = keysOfFirstSections(form, partlyDoneSections(form));
  const full = formExample(form, 'valid.full').data;
  return Object.fromEntries(Object.entries(structuredClone(full)).filter(([key]) => keep.has(key)));
}

/** The data a story starts from (a copy: the component may be handed it more than once). */
export function storyData(form: FormId, example: StoryExample): Record<string, unknown> {
  if (example === 'empty') return {};
  if (example === 'partly-done') return partlyDone(form);
  return structuredClone(formExample(form, example).data);
}
