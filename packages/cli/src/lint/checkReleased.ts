import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DefinitionLoadError } from '@adoption-support/core';
import { diffForms } from '../diff/diffForms';
import { loadFormSnapshot } from '../diff/loadFormSnapshot';
import { describeChange, describeMeaningChanges } from '../release/changeLog';
import { meaningHash, readMeaning } from '../release/formMeaning';
import { RELEASED_FILE, RELEASED_FOLDER, readReleaseRecord } from '../release/releaseRecord';
import type { LintProblem } from './LintProblem';

/**
 * Released versions are immutable: the current version and every kept one must mean what
 * released.json recorded when it was released (wording may change). A form without released.json
 * has never been released and is not checked.
 */
export async function checkReleased(
  folder: string,
  form: string,
  version: string,
  cwd: string,
): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  let record: Awaited<ReturnType<typeof readReleaseRecord>>;
  try {
    record = await readReleaseRecord(folder, form);
  } catch (error) {
    if (error instanceof DefinitionLoadError) return [];
    throw error;
  }
  if (!record) return problems;
  const shown = relative(cwd, folder) || '.';
  const command = `adoption-support release ${shown}`;
  const add = (file: string, pointer: string, message: string, fix: string) =>
    problems.push({ check: 'releases', form, file, pointer, message, fix });
  const meaning = async (dir: string) => {
    try {
      return await readMeaning(dir, form);
    } catch (error) {
      if (error instanceof DefinitionLoadError) return undefined;
      throw error;
    }
  };

  for (const [i, release] of record.releases.entries()) {
    if (release.version === version) continue;
    const kept = join(folder, 'versions', release.version);
    if (!existsSync(kept)) continue;
    const keptMeaning = await meaning(kept);
    if (keptMeaning && meaningHash(keptMeaning) !== release.meaning) {
      add(
        `versions/${release.version}/schema.json`,
        '',
        `Version ${release.version} was released, and what it kept in versions/${release.version}/ has changed since (${RELEASED_FILE} /releases/${i}). Saved plans of ${release.version} are read with it.`,
        `Put versions/${release.version}/ back exactly as it was released; make changes in the form itself and run ${command}.`,
      );
    }
  }

  const index = record.releases.findIndex((r) => r.version === version);
  const latest = record.releases.at(-1);
  if (index < 0) {
    add(
      'form.json',
      '/version',
      `Version ${version} has not been released: ${RELEASED_FILE} records ${latest ? `${latest.version} as the latest release` : 'no release'}. Raising the version by hand skips the migration and the record.`,
      latest
        ? `Set "version" back to "${latest.version}" in form.json, then run ${command}: it raises the version and writes the migration.`
        : `Run ${command} --record if this version was published as it is.`,
    );
    return problems;
  }
  const released = record.releases[index] as (typeof record.releases)[number];
  const now = await meaning(folder);
  if (!now || meaningHash(now) === released.meaning) return problems;

  const snapshot = join(folder, RELEASED_FOLDER, version);
  const before = existsSync(snapshot) ? await meaning(snapshot) : undefined;
  let changes: string[] = [];
  if (before && meaningHash(before) === released.meaning) {
    try {
      const diff = diffForms(await loadFormSnapshot(snapshot), await loadFormSnapshot(folder), [
        { name: 'pending', form, from: version, to: version, operations: record.pending },
      ]);
      changes = [
        ...diff.changes.map(describeChange).filter((s): s is string => s !== undefined),
        ...describeMeaningChanges(before, now, record.pending),
      ];
    } catch (error) {
      if (!(error instanceof DefinitionLoadError)) throw error;
    }
  }
  add(
    'form.json',
    '/version',
    `Version ${version} was released, and what it means has changed since${changes.length > 0 ? `: ${changes.join(' ')}` : ' (released/ no longer holds the release to compare with).'} Plans saved as ${version} were written against it as released, so a change needs a version of its own.`,
    `Keep your change and run ${command}: it keeps ${version} as released, raises the version and writes the migration.`,
  );
  return problems;
}

/**
 * When the current version has changed since its release, the problems its migrations and kept
 * versions now show come from that unreleased change: the fix is the release (which writes the next
 * migration), never an edit of a migration already released. A migration released into the current
 * version was checked against that version as released, so what it shows against the change is left
 * out (the change itself is already listed); other migration problems are sent to the release.
 * Rewrites the list in place.
 */
export function sendToRelease(problems: LintProblem[], version: string): void {
  const changed = problems.find(
    (p) => p.check === 'releases' && p.pointer === '/version' && p.message.includes('has changed since'),
  );
  if (!changed) return;
  const command = /run (adoption-support release [^\s:]+)/.exec(changed.fix)?.[1] ?? 'adoption-support release';
  const kept = problems.filter((p) => {
    if (p.check !== 'migrations') return true;
    const released = /^migrations\/(.+)-to-(.+)\.json$/.exec(p.file);
    if (released) return released[2] !== version;
    p.fix = `This comes from your change to ${version}, which is not released yet: finish the change, then run ${command}; the next version's migration carries saved plans across.`;
    return true;
  });
  problems.splice(0, problems.length, ...kept);
}
