import type { StandaloneValidator } from '@adoption-support/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/**
 * A validator for the schema being edited, compiled in the page. The published form component uses
 * each form's validator generated ahead of time (nothing compiled in the browser); the preview cannot, because the
 * schema changes with every save. The options are core's `createAjv` ones, without strict mode: lint
 * reports unknown keywords, and the preview should still draw while they are being fixed.
 */
export function previewValidator(schema: Record<string, unknown>): StandaloneValidator {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
