// Describes `@adoption-support/core/validators`, which core's build generates into its dist (with
// the same shape), so the packages type-check on a fresh checkout before anything is built.
declare module '@adoption-support/core/validators' {
  import type { StandaloneValidator } from '@adoption-support/core';
  /** Precompiled validator for the asp-england form's data. */
  export const aspEngland: StandaloneValidator;
  /** Precompiled validator for the asp-review-england form's data. */
  export const aspReviewEngland: StandaloneValidator;
  /** Precompiled validator for the asp-review-wales form's data. */
  export const aspReviewWales: StandaloneValidator;
  /** Precompiled validator for the asp-wales form's data. */
  export const aspWales: StandaloneValidator;
  /** Precompiled validator for the assessment-wales form's data. */
  export const assessmentWales: StandaloneValidator;
  /** Every published form's precompiled validator, by form id. */
  export const validators: Readonly<Record<string, StandaloneValidator>>;
}
