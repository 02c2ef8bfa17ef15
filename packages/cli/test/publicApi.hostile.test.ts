// Every public function of the CLI's API, given hostile JSON, returns (or resolves) or throws a KitError.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectKitErrorOrResultAsync,
  fuzzParameters,
  hostileJson,
  hostileString,
} from '../../core/src/testing/hostileJson';
import * as cli from '../src/index';

const empty = mkdtempSync(join(tmpdir(), 'asf-hostile-'));
const sink = { write: () => true };
const runOptions = { cwd: empty, env: {}, stdout: sink, stderr: sink };

/** A path argument: the tests never hand real paths to functions that read or write files. */
const notAPath = fc.oneof(hostileJson.filter((v) => typeof v !== 'string'));
const anyArg = fc.oneof(hostileJson, hostileString);

/** Builders for each exported function, by name. Functions that take paths get hostile non-paths. */
const entries: Record<string, fc.Arbitrary<unknown[]>> = {
  run: fc.oneof(
    fc.tuple(fc.array(hostileString, { maxLength: 4 }), fc.constant(runOptions)),
    fc.tuple(fc.array(anyArg, { maxLength: 3 }), fc.oneof(fc.constant(runOptions), hostileJson)),
  ),
  diffForms: fc.tuple(anyArg, anyArg, anyArg),
  jsonPositions: fc.tuple(anyArg),
  positionOf: fc.tuple(anyArg, anyArg),
  generateTypes: fc.tuple(anyArg, anyArg, anyArg),
  dataTypeName: fc.tuple(anyArg),
  formVersionSet: fc.tuple(anyArg),
  loadFormSnapshot: fc.tuple(notAPath),
  lintFormFolder: fc.tuple(notAPath, anyArg),
  formFoldersAt: fc.tuple(notAPath, anyArg),
  loadFormHistory: fc.tuple(notAPath),
  migrateFiles: fc.tuple(fc.oneof(hostileJson, fc.record({ input: notAPath, formsDir: notAPath, cwd: notAPath }))),
  startPreview: fc.tuple(fc.oneof(hostileJson.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)))),
};
/** Functions re-exported from core are fuzzed there; `runFromProcess` reads the process itself. */
const elsewhere = new Set([
  'applyMigration',
  'compareVersions',
  'isSavedDocument',
  'migrateEnvelope',
  'parseMigration',
  'planMigrations',
  'runFromProcess',
]);

const isClass = (v: unknown) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
const exported = cli as unknown as Record<string, unknown>;
const functions = Object.keys(exported).filter((n) => typeof exported[n] === 'function' && !isClass(exported[n]));

describe('the CLI API on hostile JSON', () => {
  it('has a builder for every exported function', () => {
    expect(functions.filter((n) => !Object.hasOwn(entries, n) && !elsewhere.has(n))).toEqual([]);
  });

  it.each(Object.keys(entries))('%s returns or throws a KitError', async (name) => {
    const fn = exported[name] as (...args: unknown[]) => unknown;
    await fc.assert(
      fc.asyncProperty(entries[name]!, async (args) => {
        const outcome = await expectKitErrorOrResultAsync(async () => {
          const value = await fn(...args);
          // A preview that did start is closed again at once.
          if (value && typeof (value as { close?: unknown }).close === 'function') {
            await (value as { close: () => Promise<void> }).close();
          }
          return value;
        });
        if (name === 'run' && outcome.result !== undefined) expect([0, 1, 2, 3]).toContain(outcome.result);
      }),
      fuzzParameters(),
    );
  });
});
