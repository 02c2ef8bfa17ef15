import type { FormId, FormModule } from '@adoption-support/schemas';

// Each published form is its own module (`@adoption-support/schemas/<id>`: definition, precompiled
// validator, compiled rules). Importing them only here, each behind `import()`, lets any bundler put
// each form in a chunk of its own, so an app that shows one form downloads only that one.
const loaders: Readonly<Record<FormId, () => Promise<{ form: FormModule }>>> = {
  'asp-england': () => import('@adoption-support/schemas/asp-england'),
  'asp-review-england': () => import('@adoption-support/schemas/asp-review-england'),
  'asp-wales': () => import('@adoption-support/schemas/asp-wales'),
  'asp-review-wales': () => import('@adoption-support/schemas/asp-review-wales'),
  'assessment-wales': () => import('@adoption-support/schemas/assessment-wales'),
};

/** The ids of the forms `AdoptionSupportForm` can load by itself. */
export const publishedFormIds = Object.keys(loaders) as FormId[];

const loaded = new Map<string, FormModule>();

/** Whether the kit publishes a form with this id. */
export function isPublishedForm(id: string): id is FormId {
  // Anything but text is no form id (and turning a deep array into a key would overflow the stack).
  return typeof id === 'string' && Object.hasOwn(loaders, id);
}

/** A published form already loaded (so it can be drawn at once), or undefined. */
export function loadedForm(id: string): FormModule | undefined {
  return isPublishedForm(id) ? loaded.get(id) : undefined;
}

/**
 * Loads a published form's module (once: later calls give the same module); undefined for an id the
 * kit does not publish. Rejects only when the bundle's chunk cannot be fetched.
 */
export async function loadForm(id: string): Promise<FormModule | undefined> {
  if (!isPublishedForm(id)) return undefined;
  const known = loaded.get(id);
  if (known) return known;
  const { form } = await loaders[id]();
  loaded.set(id, form);
  return form;
}
