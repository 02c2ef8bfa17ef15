import type { JsonFormsCore } from '@jsonforms/core';

type Ajv = NonNullable<JsonFormsCore['ajv']>;

const refuse = (what: string) => () => {
  throw new Error(
    `JSON Forms tried to ${what} at runtime. The kit never compiles schemas in the browser (that needs ` +
      "'unsafe-eval'): validation comes from the precompiled validators, and rules from the rule packs.",
  );
};

/**
 * The `ajv` the kit hands JSON Forms: an object that compiles nothing. With validation mode
 * `NoValidation` and no schema-based rule conditions JSON Forms never asks it to; if anything ever
 * did, it fails loudly here instead of quietly needing `eval` under a strict Content-Security-Policy.
 */
export const noCompileAjv = {
  compile: refuse('compile a schema'),
  validate: refuse('validate with a schema'),
  compileAsync: refuse('compile a schema'),
  addSchema: refuse('add a schema'),
  getSchema: refuse('look up a compiled schema'),
  addFormat: () => noCompileAjv,
  addKeyword: () => noCompileAjv,
  errorsText: () => '',
} as unknown as Ajv;
