import { KitError } from '../errors';
import { checkMigrationArgument, copyOfData, migrationSteps, runSteps, runStepsSync } from './applyMigration';
import { isJsonObject } from './documentPaths';
import type {
  EnvelopeMigration,
  FormVersionSet,
  MigrateEnvelopeOptions,
  MigrationEvent,
  MigrationResult,
  PreservedValue,
  SavedDocument,
} from './Migration';
import { MAX_DATA_DEPTH } from './Migration';
import { describeValue, MigrationError, refuse } from './MigrationError';
import { compareVersions, isVersion } from './parseMigration';
import { planMigrations } from './planMigrations';

/**
 * True when a value has the envelope shape `{form, version, data}` (and `preserved`, when present, is
 * a list). Never throws.
 */
export function isSavedDocument(value: unknown): value is SavedDocument {
  return (
    isJsonObject(value) &&
    typeof value.form === 'string' &&
    typeof value.version === 'string' &&
    isJsonObject(value.data) &&
    (value.preserved === undefined || Array.isArray(value.preserved))
  );
}

function checkVersionSet(versions: unknown, fn: string): FormVersionSet {
  const wrong = (pointer: string, problem: string): never =>
    refuse(fn, 'versions', pointer, problem, "Build the versions with formVersions(forms['<form id>']).");
  if (!isJsonObject(versions)) return wrong('', 'The versions must be an object.');
  if (typeof versions.form !== 'string') return wrong('/form', 'The versions name no form.');
  if (!isVersion(versions.current)) return wrong('/current', 'The current version is not a version like "2026.1".');
  if (!(versions.schemas instanceof Map)) return wrong('/schemas', 'The schemas must be a Map of version to schema.');
  if (!Array.isArray(versions.migrations)) return wrong('/migrations', 'The migrations must be a list.');
  if (versions.hooks !== undefined && !isJsonObject(versions.hooks))
    return wrong('/hooks', 'The hooks must be an object.');
  for (const migration of versions.migrations) checkMigrationArgument(migration, fn, 'versions');
  return versions as unknown as FormVersionSet;
}

function checkEnvelope(document: unknown, versions: FormVersionSet, fn: string): SavedDocument {
  const wrong = (pointer: string, problem: string, fix: string): never =>
    refuse(fn, 'document', pointer, problem, fix, versions.form);
  if (!isJsonObject(document)) {
    return wrong(
      '',
      `A saved document must be an object, not ${describeValue(document)}.`,
      'Pass { "form", "version", "data" }.',
    );
  }
  if (document.form !== versions.form) {
    return wrong(
      '/form',
      `The document's form is ${describeValue(document.form)}, not "${versions.form}".`,
      'Pass the versions of the form the document names.',
    );
  }
  if (!isVersion(document.version)) {
    return wrong(
      '/version',
      `${describeValue(document.version)} is not a version.`,
      'Save documents with the version of the form they were written with, e.g. "2025.1".',
    );
  }
  if (document.preserved !== undefined && !Array.isArray(document.preserved)) {
    return wrong(
      '/preserved',
      '"preserved" must be the list of answers earlier migrations set aside.',
      'Keep the list the kit wrote; remove "preserved" only if it was never written by the kit.',
    );
  }
  return document as SavedDocument;
}

interface Plan {
  document: SavedDocument;
  /** A copy of the document's data, for the migrations to change. */
  data: Record<string, unknown>;
  versions: FormVersionSet;
  target: string;
  chain: FormVersionSet['migrations'];
}

function plan(fn: string, document: unknown, versions: unknown, options: unknown): Plan {
  const set = checkVersionSet(versions, fn);
  const settings: MigrateEnvelopeOptions =
    typeof options === 'string' ? { target: options } : isJsonObject(options) ? options : {};
  if (options !== undefined && typeof options !== 'string' && !isJsonObject(options)) {
    refuse(fn, 'options', '', 'The options must be an object.', 'Pass { target, maxDepth } or nothing.');
  }
  const target = settings.target ?? set.current;
  if (!isVersion(target))
    refuse(fn, 'options', '/target', `${describeValue(target)} is not a version.`, 'Pass a version written YYYY.N.');
  const maxDepth = settings.maxDepth ?? MAX_DATA_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    refuse(
      fn,
      'options',
      '/maxDepth',
      'The depth limit must be a whole number above 0.',
      `Leave it out to use ${MAX_DATA_DEPTH}.`,
    );
  }
  const envelope = checkEnvelope(document, set, fn);
  if (compareVersions(envelope.version, target) > 0) {
    throw new MigrationError(
      `The document is at version ${envelope.version}, newer than ${target} of ${set.form}; documents are never migrated backwards.`,
    );
  }
  const chain = planMigrations(set.migrations, envelope.version, target);
  if (!chain) {
    const known = [...set.schemas.keys()].filter(isVersion).sort(compareVersions).join(', ');
    throw new MigrationError(
      `No migrations lead from version ${envelope.version} to ${target} of ${set.form} (versions known: ${known}).`,
    );
  }
  const data = copyOfData(envelope.data, fn, 'document', maxDepth);
  return { document: envelope, data, versions: set, target, chain };
}

function step(data: Record<string, unknown>, versions: FormVersionSet, migration: Plan['chain'][number]) {
  const fromSchema = versions.schemas.get(migration.from);
  const toSchema = versions.schemas.get(migration.to);
  return migrationSteps(data, migration, {
    ...(fromSchema ? { fromSchema } : {}),
    ...(toSchema ? { toSchema } : {}),
    ...(versions.hooks ? { hooks: versions.hooks } : {}),
  });
}

function finish(planned: Plan, data: Record<string, unknown>, results: MigrationResult[]): EnvelopeMigration {
  const events: MigrationEvent[] = results.flatMap((r) => r.events);
  const preserved: PreservedValue[] = results.flatMap((r) => r.preserved);
  const earlier = planned.document.preserved ?? [];
  const next: SavedDocument = { ...planned.document, version: planned.target, data };
  if (earlier.length + preserved.length > 0) next.preserved = [...earlier, ...preserved];
  return { document: next, applied: planned.chain.map((m) => m.name), events, preserved };
}

/** Turns anything thrown that is not a KitError (a fault in a hook or a schema) into a MigrationError. */
function asKitError(error: unknown): KitError {
  if (error instanceof KitError) return error;
  return new MigrationError(
    `The migration stopped unexpectedly (${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown fault'}).`,
  );
}

/**
 * Brings a saved document to a version of its form (the current one by default), applying each
 * migration of the chain in turn. Works in Node and in browsers, without the file system:
 *
 * ```ts
 * import { forms } from '@adoption-support/schemas';
 * import { formVersions, migrateEnvelope } from '@adoption-support/core';
 * const { document, preserved } = await migrateEnvelope(saved, formVersions(forms['asp-england']));
 * ```
 *
 * The document given is not changed. Fields of the envelope the kit does not know are kept; answers
 * a migration cannot place are added to `document.preserved` (and listed in `preserved`). `options`
 * is `{ target, maxDepth }`, or the target version alone.
 *
 * @throws {KitInputError} when the document or the versions are malformed: not an object, another
 *   form, no version, `data` not an object or nested deeper than `maxDepth`, `preserved` not a list.
 * @throws {MigrationError} when no chain of migrations leads to the target, the document is newer
 *   than the target, or a code operation is missing or fails. Nothing else is ever thrown.
 */
export async function migrateEnvelope(
  document: SavedDocument,
  versions: FormVersionSet,
  options?: string | MigrateEnvelopeOptions,
): Promise<EnvelopeMigration> {
  try {
    const planned = plan('migrateEnvelope', document, versions, options);
    let data = planned.data;
    const results: MigrationResult[] = [];
    for (const migration of planned.chain) {
      const result = await runSteps(step(data, planned.versions, migration));
      data = result.data;
      results.push(result);
    }
    return finish(planned, data, results);
  } catch (error) {
    throw asKitError(error);
  }
}

/**
 * The synchronous form of {@link migrateEnvelope}, for servers and renderers that cannot wait. Throws
 * a MigrationError when a code operation's function returns a promise.
 */
export function migrateEnvelopeSync(
  document: SavedDocument,
  versions: FormVersionSet,
  options?: string | MigrateEnvelopeOptions,
): EnvelopeMigration {
  try {
    const planned = plan('migrateEnvelopeSync', document, versions, options);
    let data = planned.data;
    const results: MigrationResult[] = [];
    for (const migration of planned.chain) {
      const result = runStepsSync(step(data, planned.versions, migration));
      data = result.data;
      results.push(result);
    }
    return finish(planned, data, results);
  } catch (error) {
    throw asKitError(error);
  }
}
