import type { LoadedFormFolder } from '@adoption-support/core/node';

/**
 * A form definition as core loads it: manifest, schema, UI schema, strings and rule packs. Named here so
 * the CLI needs no dependency on the published forms package: it works on any folder.
 */
export type FormDefinition = LoadedFormFolder['definition'];

/** A JSON object, loosely typed: definitions and documents are data until checked. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
