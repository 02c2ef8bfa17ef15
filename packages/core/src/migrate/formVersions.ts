import type { FormHistoryData } from '@adoption-support/schemas';
import type { SchemaNode } from '../definition/schemaFields';
import { isJsonObject } from './documentPaths';
import type { FormVersionSet, Migration, MigrationHook } from './Migration';
import { refuse } from './MigrationError';
import { isVersion, parseMigration } from './parseMigration';

/** What {@link formVersions} reads of a form definition: `forms['asp-england']` from the schemas package. */
export interface VersionedDefinition {
  manifest: { id: string; version: string };
  schema: Record<string, unknown>;
  /** The kept older versions and the migrations, as the schemas package publishes them. */
  history?: FormHistoryData;
}

/** Options of {@link formVersions}. */
export interface FormVersionsOptions {
  /** Functions for the migrations' `code` operations, by `module` path (none of the shipped forms has one). */
  hooks?: Readonly<Record<string, MigrationHook>>;
}

/**
 * The versions and migrations of a published form, ready for `migrateEnvelope`, with no file system:
 * the form's current schema, each kept older version's schema and its checked migrations all travel in
 * the definition (`forms['asp-england'].history`). Works in Node and in browsers; a bundle holds only
 * the forms it imports.
 *
 * @throws {KitInputError} when the definition is malformed or one of its migrations has a fault (the
 *   pointer names the migration and the place in it).
 */
export function formVersions(definition: VersionedDefinition, options: FormVersionsOptions = {}): FormVersionSet {
  const fn = 'formVersions';
  const wrong = (
    pointer: string,
    problem: string,
    fix = 'Pass a definition from @adoption-support/schemas, e.g. forms["asp-england"].',
  ): never => refuse(fn, 'definition', pointer, problem, fix);
  if (!isJsonObject(definition)) return wrong('', 'The definition must be an object.');
  const manifest: unknown = definition.manifest;
  if (!isJsonObject(manifest) || typeof manifest.id !== 'string')
    return wrong('/manifest/id', 'The definition has no form id.');
  if (!isVersion(manifest.version)) return wrong('/manifest/version', 'The definition has no version like "2026.1".');
  if (!isJsonObject(definition.schema)) return wrong('/schema', 'The definition has no schema.');
  if (!isJsonObject(options)) refuse(fn, 'options', '', 'The options must be an object.', 'Pass { hooks } or nothing.');
  if (options.hooks !== undefined && !isJsonObject(options.hooks)) {
    refuse(
      fn,
      'options',
      '/hooks',
      'The hooks must be an object of functions by module path.',
      'Pass { "./module.mjs": fn }.',
    );
  }
  const form = manifest.id;
  const schemas = new Map<string, SchemaNode>([[manifest.version, definition.schema]]);
  const migrations: Migration[] = [];
  const history: unknown = definition.history ?? { versions: {}, migrations: [] };
  if (!isJsonObject(history) || !isJsonObject(history.versions) || !Array.isArray(history.migrations)) {
    return wrong('/history', 'The history must be { versions: {...}, migrations: [...] }.');
  }
  for (const [version, kept] of Object.entries(history.versions)) {
    if (!isVersion(version) || !isJsonObject(kept) || !isJsonObject(kept.schema)) {
      return wrong(`/history/versions/${version}`, 'A kept version needs a version name like "2025.1" and its schema.');
    }
    if (version !== manifest.version) schemas.set(version, kept.schema);
  }
  for (const [i, file] of history.migrations.entries()) {
    if (!isJsonObject(file) || typeof file.name !== 'string') {
      return wrong(`/history/migrations/${i}`, 'Each migration needs its "name" and "content".');
    }
    const parsed = parseMigration(file.content, file.name, form);
    const [problem] = parsed.problems;
    if (problem || !parsed.migration) {
      return wrong(
        `/history/migrations/${i}/content${problem?.pointer ?? ''}`,
        `Migration ${file.name.slice(0, 60)}: ${problem?.message ?? 'it cannot be read.'}`,
        problem?.fix ?? 'Correct the migration file.',
      );
    }
    migrations.push(parsed.migration);
  }
  return {
    form,
    current: manifest.version,
    schemas,
    migrations,
    ...(options.hooks ? { hooks: options.hooks as FormVersionsOptions['hooks'] } : {}),
  };
}
