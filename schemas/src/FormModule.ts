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

/** One piece of compiled logic: the rule's context in, the answer out. */
export type CompiledLogic = (context: unknown) => unknown;

/**
 * What a compiled rules module's factory is given: core's operators with the engine's budget
 * (`CompiledRuleLibrary` in @adoption-support/core, which the engine passes in).
 */
export interface CompiledRulesLibrary {
  readonly format: number;
  op(name: string): (args: readonly unknown[], context: unknown) => unknown;
  refused(kind: string, reason: string, fix: string): CompiledLogic;
}

/** What a compiled rules module's factory returns (`CompiledRuleSet` in @adoption-support/core). */
export interface CompiledRules {
  format: number;
  packs: readonly {
    id: string;
    rules: readonly {
      id: string;
      digest: string;
      logic: CompiledLogic;
      messageValues: readonly (readonly [string, CompiledLogic])[];
    }[];
  }[];
}

/**
 * A form's rule packs compiled to JavaScript (`rules.js`, written by core's `compileRulePackSource`):
 * give it to core's `createRuleEngine({ compiled })` in place of the interpreter.
 */
export type CompiledRulesFactory = (library: CompiledRulesLibrary) => CompiledRules;

/** Everything `@adoption-support/schemas/<form-id>` gives as `form`. */
export interface FormModule {
  definition: FormDefinitionData;
  validator: FormValidator;
  /** The form's rule packs compiled to JavaScript. */
  rules: CompiledRulesFactory;
}
