import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { migrateEnvelope, type SavedDocument } from '@adoption-support/core';
import { createAjv } from '@adoption-support/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '../src/migrate/archive/documentMigrator';
import { FAILURE_REASONS, type FailureReason } from '../src/migrate/archive/failureReasons';
import { type ArchiveSummary, migrateArchive } from '../src/migrate/archive/migrateArchive';
import { formVersionSet, loadFormHistory } from '../src/migrate/loadFormHistory';
import { migrateFiles } from '../src/migrate/migrateFiles';
import { type ArchiveFixture, writeArchiveFixture } from './support/archiveFixture';
import { runCli } from './support/runCli';
import { ASP_ENGLAND, FORMS } from './support/savedArchive';

/** Every file under a folder, by path relative to it, with a digest of its bytes (10 MB files compare fast). */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  }
  return files;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

/** What the fixture says should happen, counted from how it was made (not from the code under test). */
function expectedCounts(fixture: ArchiveFixture) {
  const failures: Partial<Record<FailureReason, number>> = {};
  let migrated = 0;
  let current = 0;
  for (const kind of fixture.expected.values()) {
    if (kind === 'migrated') migrated++;
    else if (kind === 'current') current++;
    else failures[kind] = (failures[kind] ?? 0) + 1;
  }
  const failed = Object.values(failures).reduce((a, b) => a + b, 0);
  return { documents: fixture.expected.size, migrated, current, failed, failures };
}

let fixture: ArchiveFixture;
/** Each plan the archive should migrate, migrated here in this thread, one by one, as a file's text. */
const migratedHere = new Map<string, string>();
let needAttentionHere = 0;
const runs: { summary: ArchiveSummary; outcomes: DocumentOutcome[]; out: string }[] = [];

beforeAll(async () => {
  fixture = await writeArchiveFixture(20261207);
  const history = await loadFormHistory(ASP_ENGLAND);
  const versions = await formVersionSet(history);
  const validate = createAjv({ strict: false }).compile(history.versions.get(history.current)?.schema as object);
  for (const [file, kind] of fixture.expected) {
    if (kind !== 'migrated') continue;
    const original = JSON.parse(readFileSync(join(fixture.root, file), 'utf8')) as SavedDocument;
    const { document, preserved } = await migrateEnvelope(original, versions);
    migratedHere.set(file, `${JSON.stringify(document, null, 2)}\n`);
    if (preserved.length > 0 || !validate(document.data)) needAttentionHere++;
  }
  for (const workers of [1, 2]) {
    const out = `${fixture.root}-out-${workers}`;
    const outcomes: DocumentOutcome[] = [];
    const summary = await migrateArchive({
      input: fixture.root,
      formsDir: FORMS,
      cwd: fixture.root,
      outDir: out,
      workers,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    runs.push({ summary, outcomes, out });
  }
}, 120_000);

// The fixture holds three 10 MB files, and each test copies it: remove every copy afterwards.
afterAll(() => {
  for (const suffix of ['', '-out-1', '-out-2', '-in-place', '-stopped']) {
    rmSync(`${fixture.root}${suffix}`, { recursive: true, force: true });
  }
});

describe('migrating a folder of saved plans on worker threads', () => {
  it('counts what the fixture holds: migrated, already current, and each reason a plan was not migrated', () => {
    const expected = expectedCounts(fixture);
    for (const { summary } of runs) {
      expect(summary).toMatchObject({ ...expected, needAttention: needAttentionHere });
      expect(summary.failures).toEqual(expected.failures);
    }
    // The fixture exercises every kind of failure it claims to, and the walk skipped the hidden files.
    expect(Object.keys(expected.failures).sort()).toEqual(
      ['not-json', 'not-saved-document', 'unknown-version', 'newer-version', 'unknown-form', 'too-deep'].sort(),
    );
    expect(runs[0]?.outcomes.map((o) => o.file).sort()).toEqual([...fixture.expected.keys()].sort());
  });

  it('gives each plan the outcome its making calls for, and says why in words that quote no answer', () => {
    for (const outcome of runs[0]?.outcomes ?? []) {
      const kind = fixture.expected.get(outcome.file);
      if (kind === 'migrated' || kind === 'current') expect(outcome.status).toBe(kind);
      else {
        expect(outcome).toMatchObject({ status: 'failed', reason: kind });
        expect(outcome.message).toMatch(/^[A-Z"a-z].{10,300}[.)]$/s);
        expect(kind && FAILURE_REASONS[kind]).toBeTruthy();
      }
    }
  });

  it('writes every migrated plan exactly as migrating it alone does: no value lost, none moved wrongly', () => {
    const out = runs[0]?.out as string;
    for (const [file, text] of migratedHere) expect(read(out, file) === text, file).toBe(true);
    // The hostile values came through as own data, where they were.
    const proto = JSON.parse(read(out, 'hostile/prototype-keys-top.json'));
    expect(Object.hasOwn(proto.data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(proto.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const big = JSON.parse(read(out, 'hostile/ten-megabytes.json'));
    expect(big.data.child.agencyNotes).toHaveLength(10 * 1024 * 1024);
  });

  it('writes nothing for a plan it could not migrate, and copies current ones as they are', () => {
    const out = runs[0]?.out as string;
    const written = tree(out);
    for (const [file, kind] of fixture.expected) {
      if (kind === 'current') expect(read(out, file)).toBe(read(fixture.root, file));
      else if (kind !== 'migrated') expect(written.has(file), file).toBe(false);
    }
    expect([...written.keys()].filter((f) => f.endsWith('.migrating'))).toEqual([]);
    expect(written.size).toBe(migratedHere.size + expectedCounts(fixture).current);
  });

  it('gives the same outcomes, in the same order, and the same files on 1 worker as on 2', () => {
    const [one, two] = runs;
    // Outcomes name where each was written: the two runs wrote to different folders.
    const sameFolder = (run: (typeof runs)[number] | undefined) =>
      run?.outcomes.map((o) => ({ ...o, written: o.written && relative(run.out, join(fixture.root, o.written)) }));
    expect(sameFolder(two)).toEqual(sameFolder(one));
    expect(one?.outcomes.filter((o) => o.written).length).toBe(migratedHere.size + expectedCounts(fixture).current);
    expect(tree(two?.out as string)).toEqual(tree(one?.out as string));
    expect([one?.summary.workers, two?.summary.workers]).toEqual([1, 2]);
  });

  it('as a command, in place: leaves every failed plan byte for byte as it was and lists it with its reason', async () => {
    const copy = `${fixture.root}-in-place`;
    cpSync(fixture.root, copy, { recursive: true });
    const before = tree(fixture.root);
    const run = await runCli(['migrate', '.', '--in-place', '--workers', '2', '--quiet', '--forms', FORMS], {
      cwd: copy,
    });
    expect(run.code).toBe(3);
    const after = tree(copy);
    const expected = expectedCounts(fixture);
    for (const [file, kind] of fixture.expected) {
      if (kind === 'migrated') expect(read(copy, file) === migratedHere.get(file), file).toBe(true);
      else expect(after.get(file), file).toBe(before.get(file));
      if (kind !== 'migrated' && kind !== 'current') expect(run.stdout).toContain(`- ${file}: not migrated. `);
    }
    // --quiet lists only the plans that were not migrated.
    expect(run.stdout).not.toContain('→ 2026');
    expect(run.stdout).toContain(
      `${expected.migrated} documents migrated, ${expected.current} already current, ${needAttentionHere} need a person (answers kept aside or not complete), ${expected.failed} could not be migrated.`,
    );
    const reasons = (Object.keys(FAILURE_REASONS) as FailureReason[])
      .filter((r) => expected.failures[r])
      .map((r) => `${expected.failures[r]} ${FAILURE_REASONS[r]}`);
    expect(run.stdout).toContain(`Not migrated, and not written: ${reasons.join('; ')}.`);
    expect(run.stdout).toMatch(
      new RegExp(`^${expected.documents} documents in .+ documents/s, on 2 workers\\)\\.$`, 'm'),
    );
    expect([...after.keys()].filter((f) => f.endsWith('.migrating'))).toEqual([]);
  });

  it('gives the API the same outcomes in a list, in the calling thread, with progress counted', async () => {
    const progress: [string, number, number][] = [];
    const outcomes = await migrateFiles({
      input: fixture.root,
      formsDir: FORMS,
      cwd: fixture.root,
      workers: 0,
      onDocument: (file, index, total) => progress.push([file, index, total]),
    });
    expect(outcomes).toEqual(runs[0]?.outcomes.map(({ written: _, ...outcome }) => outcome));
    expect(progress).toEqual(outcomes.map((o, i) => [o.file, i, fixture.expected.size]));
  });

  it('stops when asked: finishes the plans in hand, leaves the rest untouched and says it stopped', async () => {
    const copy = `${fixture.root}-stopped`;
    cpSync(fixture.root, copy, { recursive: true });
    const before = tree(copy);
    const stop = new AbortController();
    const reported: DocumentOutcome[] = [];
    const summary = await migrateArchive({
      input: copy,
      formsDir: FORMS,
      cwd: copy,
      inPlace: true,
      workers: 0,
      signal: stop.signal,
      onOutcome: (outcome) => {
        reported.push(outcome);
        if (reported.length === 25) stop.abort();
      },
    });
    expect(summary.stopped).toBe(true);
    expect(summary.documents).toBe(reported.length);
    expect(reported.length).toBeLessThan(fixture.expected.size);
    const after = tree(copy);
    const touched = new Set(reported.filter((o) => o.written).map((o) => o.file));
    for (const [file, digest] of before) {
      if (!touched.has(file)) expect(after.get(file), file).toBe(digest);
    }
    expect(touched.size).toBeGreaterThan(0);
  });

  it('refuses a number of workers that is not one', async () => {
    const run = await runCli(['migrate', '.', '--dry-run', '--workers', '0', '--forms', FORMS], { cwd: fixture.root });
    expect(run.stderr).toContain('--workers "0" is not a number of workers from 1 to 256.');
    expect(run.code).toBe(2);
  });
});
