import type { StandaloneValidator } from '@adoption-support/core';
import type { FormDefinitionData, FormId } from '@adoption-support/schemas';

/** A form the element can show: its definition and precompiled validator. */
export interface LoadedForm {
  definition: FormDefinitionData;
  validator: StandaloneValidator;
}

// Each form is its own module in the schemas package (definition and precompiled validator), so the
// build puts each in its own chunk beside the element's module, fetched from the same origin when a
// page first shows it: a page carries only the forms it uses, and `script-src 'self'` allows it.
const loaders: Record<FormId, () => Promise<{ form: LoadedForm }>> = {
  'asp-england': () => import('@adoption-support/schemas/asp-england'),
  'asp-review-england': () => import('@adoption-support/schemas/asp-review-england'),
  'asp-wales': () => import('@adoption-support/schemas/asp-wales'),
  'asp-review-wales': () => import('@adoption-support/schemas/asp-review-wales'),
  'assessment-wales': () => import('@adoption-support/schemas/assessment-wales'),
};

/** The form ids the element knows. */
export const FORM_IDS = Object.keys(loaders) as FormId[];

/** Loads a form by id; undefined for an id the kit does not publish. */
export async function loadForm(id: string): Promise<LoadedForm | undefined> {
  if (!Object.hasOwn(loaders, id)) return undefined;
  return (await loaders[id as FormId]()).form;
}
