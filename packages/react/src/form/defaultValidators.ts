import type { StandaloneValidator } from '@adoption-support/core';
import { validators } from '@adoption-support/core/validators';

/** The precompiled validator core publishes for a form, or undefined for a form it does not publish. */
export function defaultValidator(formId: string): StandaloneValidator | undefined {
  const all = validators as Readonly<Record<string, StandaloneValidator>>;
  return Object.hasOwn(all, formId) ? all[formId] : undefined;
}
