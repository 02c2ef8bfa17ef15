import type { FormDefinitionData } from './FormDefinition';

/** One problem a validator found: ajv's error object, as the kit reads it. */
export interface FormValidationError {
  /** JSON pointer to the value that failed. */
  instancePath: string;
  /** JSON pointer to the schema keyword that failed. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A form's precompiled validator: true when the data is valid; otherwise `errors` says why. */
export interface FormValidator {
  (data: unknown): boolean;
  errors?: FormValidationError[] | null;
}

/**
 * A form's rule packs compiled to JavaScript: called with core's operator library, it gives the
 * compiled packs core runs in place of its interpreter.
 */
export type CompiledRulesFactory = (operators: unknown) => unknown;

/** Everything `@adoption-support/schemas/<form-id>` gives as `form`. */
export interface FormModule {
  definition: FormDefinitionData;
  validator: FormValidator;
  /** Undefined while the form's packs are not compiled: the rules interpreter runs them instead. */
  rules: CompiledRulesFactory | undefined;
}
