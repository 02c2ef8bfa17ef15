// Every public migration function, given hostile JSON in any argument, returns or throws a KitError.
import { forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectKitErrorOrResult,
  expectKitErrorOrResultAsync,
  fuzzParameters,
  hostileJson,
  hostileString,
  prototypeKeys,
  withHostilePart,
} from '../testing/hostileJson';
import { applyMigration, applyMigrationSync } from './applyMigration';
import { formVersions } from './formVersions';
import { isSavedDocument, migrateEnvelope, migrateEnvelopeSync } from './migrateEnvelope';
import { compareVersions, parseMigration } from './parseMigration';
import { planMigrations } from './planMigrations';

const definition = forms['asp-england'];
const versions = formVersions(definition);
const published = definition.history?.migrations[0] as { name: string; content: Record<string, unknown> };
const shipped = versions.migrations[0];
if (!shipped) throw new Error('asp-england ships a migration');

/** A well-formed value, a hostile one, or (for an object) the value with one hostile part. */
function arg(valid: unknown, parts: readonly string[] = []): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [fc.constant(valid), hostileJson];
  if (parts.length > 0) choices.push(withHostilePart(valid as Record<string, unknown>, parts));
  return fc.oneof(...choices);
}

const data = {
  child: { knownAtMatching: 'Lively.', ...prototypeKeys() },
  adopters: { strengthsAndVulnerabilities: 'Kind. Vulnerabilities: tired.', agencyOwn: 'x' },
};
/** Data: well formed, hostile, with one hostile section, or with a hostile answer to the split. */
const documentData = fc.oneof(
  arg(data, ['child', 'adopters']),
  fc.oneof(hostileString, hostileJson).map((answer) => ({ adopters: { strengthsAndVulnerabilities: answer } })),
);
const envelope = fc.oneof(
  arg({ form: 'asp-england', version: shipped.from, data }, ['form', 'version', 'data', 'preserved']),
  documentData.map((d) => ({ form: 'asp-england', version: shipped.from, data: d })),
);
const hostileVersions = fc.oneof(
  { weight: 3, arbitrary: fc.constant(versions) },
  { weight: 1, arbitrary: arg(versions, ['form', 'current', 'schemas', 'migrations', 'hooks']) },
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.constant(shipped.to),
  arg({ target: shipped.to, maxDepth: 50 }, ['target', 'maxDepth']),
);
/** A migration file's content: the shipped one, hostile, with a hostile part or a hostile operation. */
const operation = fc.oneof(
  hostileJson,
  ...shipped.operations.map((op) => withHostilePart(op as unknown as Record<string, unknown>, Object.keys(op))),
);
const migrationContent = fc.oneof(
  arg(published.content, ['form', 'from', 'to', 'operations', 'description']),
  fc.array(operation, { maxLength: 3 }).map((operations) => ({ ...published.content, operations })),
);
const migration = fc.oneof(
  arg(shipped, ['name', 'form', 'from', 'to', 'operations']),
  fc.array(operation, { maxLength: 3 }).map((operations) => ({ ...shipped, operations })),
);
const version = fc.oneof(fc.constantFrom(shipped.from, shipped.to), hostileString, hostileJson);

/** The value as JSON text (long texts by their length), or undefined when it nests too deep to write. */
function fingerprint(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' && v.length > 1000 ? `#${v.length}` : v));
  } catch {
    return undefined;
  }
}

/** Each call is bounded: no hostile value may make one call take long. */
const MAX_CALL_MS = 2000;

const syncEntries: Record<string, fc.Arbitrary<unknown[]>> = {
  migrateEnvelopeSync: fc.tuple(envelope, hostileVersions, options),
  applyMigrationSync: fc.tuple(documentData, migration, arg({}, ['fromSchema', 'toSchema', 'hooks'])),
  parseMigration: fc.tuple(
    migrationContent,
    fc.oneof(fc.constant(published.name), hostileJson),
    fc.oneof(fc.constant('asp-england'), hostileJson),
  ),
  planMigrations: fc.tuple(
    fc.oneof(fc.constant(versions.migrations), fc.array(migration, { maxLength: 3 }), hostileJson),
    version,
    version,
  ),
  compareVersions: fc.tuple(version, version),
  formVersions: fc.tuple(
    fc.oneof(
      arg(definition, ['manifest', 'schema', 'history']),
      migrationContent.map((content) => ({
        ...definition,
        history: { versions: {}, migrations: [{ name: published.name, content }] },
      })),
    ),
    arg({}, ['hooks']),
  ),
  isSavedDocument: fc.tuple(envelope),
};
const asyncEntries: Record<string, fc.Arbitrary<unknown[]>> = {
  migrateEnvelope: fc.tuple(envelope, hostileVersions, options),
  applyMigration: fc.tuple(documentData, migration, arg({}, ['fromSchema', 'toSchema', 'hooks'])),
};
const functions: Record<string, (...args: never[]) => unknown> = {
  migrateEnvelope,
  migrateEnvelopeSync,
  applyMigration,
  applyMigrationSync,
  parseMigration,
  planMigrations,
  compareVersions,
  formVersions,
  isSavedDocument,
};

describe.each(Object.keys(syncEntries))('%s on hostile JSON', (name) => {
  it('returns or throws a KitError, pollutes no prototype, and stays fast', () => {
    const fn = functions[name] as (...args: unknown[]) => unknown;
    const changesData = name === 'migrateEnvelopeSync' || name === 'applyMigrationSync';
    fc.assert(
      fc.property(syncEntries[name] as fc.Arbitrary<unknown[]>, (args) => {
        const before = changesData ? fingerprint(args[0]) : undefined;
        const started = performance.now();
        expectKitErrorOrResult(() => fn(...args));
        expect(performance.now() - started).toBeLessThan(MAX_CALL_MS);
        // The document given is never changed, even when it is refused.
        if (changesData) expect(fingerprint(args[0])).toBe(before);
      }),
      { ...fuzzParameters(), endOnFailure: true },
    );
  }, 120_000);
});

describe.each(Object.keys(asyncEntries))('%s on hostile JSON', (name) => {
  it('resolves or rejects with a KitError, pollutes no prototype, and stays fast', async () => {
    const fn = functions[name] as (...args: unknown[]) => Promise<unknown>;
    await fc.assert(
      fc.asyncProperty(asyncEntries[name] as fc.Arbitrary<unknown[]>, async (args) => {
        const started = performance.now();
        await expectKitErrorOrResultAsync(() => fn(...args));
        expect(performance.now() - started).toBeLessThan(MAX_CALL_MS);
      }),
      { ...fuzzParameters(), endOnFailure: true },
    );
  }, 120_000);
});
