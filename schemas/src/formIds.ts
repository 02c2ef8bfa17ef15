import type { FormId } from './FormDefinition';

/** Every published form id, in the order agencies meet them. */
export const formIds: readonly FormId[] = [
  'asp-england',
  'asp-review-england',
  'asp-wales',
  'asp-review-wales',
  'assessment-wales',
];
