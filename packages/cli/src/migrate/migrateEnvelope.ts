import type { SchemaNode } from '@adoption-support/core';
import { isJsonObject, type JsonObject } from '../definition';
import { applyMigration, MigrationError, type MigrationEvent } from './applyMigration';
import type { Migration, MigrationHook, PreservedValue } from './Migration';
import { planMigrations } from './planMigrations';

/** A saved document: the form, the version it was written against, its data, and anything set aside. */
export interface SavedDocument {
  form: string;
  version: string;
  data: JsonObject;
  /** Answers earlier migrations could not place. Never removed by the kit. */
  preserved?: PreservedValue[];
  [other: string]: unknown;
}

/** Everything the kit knows about the versions of one form. */
export interface FormVersionSet {
  form: string;
  /** The version a form folder publishes now. */
  current: string;
  /** Schemas by version: the current one and each kept older one. */
  schemas: ReadonlyMap<string, SchemaNode>;
  migrations: readonly Migration[];
  /** Functions for code operations, by `module` path. */
  hooks?: Readonly<Record<string, MigrationHook>>;
}

/** What migrating one document did. */
export interface EnvelopeMigration {
  document: SavedDocument;
  /** The migrations applied, oldest first (empty when the document was already at the target). */
  applied: string[];
  events: MigrationEvent[];
  /** Answers this run set aside (earlier ones stay in `document.preserved` too). */
  preserved: PreservedValue[];
}

/** True when a value has the envelope shape `{form, version, data}`. */
export function isSavedDocument(value: unknown): value is SavedDocument {
  return (
    isJsonObject(value) &&
    typeof value.form === 'string' &&
    typeof value.version === 'string' &&
    isJsonObject(value.data) &&
    (value.preserved === undefined || Array.isArray(value.preserved))
  );
}

/**
 * Brings a saved document to a version of its form (the current one by default), applying each
 * migration of the chain in turn. Fields of the envelope the kit does not know are kept.
 * Throws {@link MigrationError} when no chain of migrations leads there.
 */
export async function migrateEnvelope(
  document: SavedDocument,
  versions: FormVersionSet,
  target: string = versions.current,
): Promise<EnvelopeMigration> {
  if (document.form !== versions.form) {
    throw new MigrationError(`The document is a ${document.form} document, not ${versions.form}.`);
  }
  const chain = planMigrations(versions.migrations, document.version, target);
  if (!chain) {
    const known = [...versions.schemas.keys()].sort().join(', ');
    throw new MigrationError(
      `No migrations lead from version ${document.version} to ${target} of ${versions.form} (versions known: ${known}).`,
    );
  }
  let data = document.data;
  const events: MigrationEvent[] = [];
  const preserved: PreservedValue[] = [];
  for (const migration of chain) {
    const fromSchema = versions.schemas.get(migration.from);
    const toSchema = versions.schemas.get(migration.to);
    const result = await applyMigration(data, migration, {
      ...(fromSchema ? { fromSchema } : {}),
      ...(toSchema ? { toSchema } : {}),
      ...(versions.hooks ? { hooks: versions.hooks } : {}),
    });
    data = result.data;
    events.push(...result.events);
    preserved.push(...result.preserved);
  }
  const earlier = document.preserved ?? [];
  const next: SavedDocument = { ...document, version: target, data };
  if (earlier.length + preserved.length > 0) next.preserved = [...earlier, ...preserved];
  return { document: next, applied: chain.map((m) => m.name), events, preserved };
}
