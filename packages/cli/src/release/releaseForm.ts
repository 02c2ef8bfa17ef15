import { existsSync } from 'node:fs';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KitError, type Migration, type MigrationOperation } from '@adoption-support/core';
import { isJsonObject } from '../definition';
import { diffForms, type FormChange, type FormDiff } from '../diff/diffForms';
import { loadFormSnapshot } from '../diff/loadFormSnapshot';
import { moveInMappings, updateMappingVersions } from './carryForwardFiles';
import { addChangeLogEntry, describeChange, describeMeaningChanges, nextVersion } from './changeLog';
import { meaningHash, readMeaning } from './formMeaning';
import {
  copyVersionFiles,
  RELEASED_FOLDER,
  readJson,
  readReleaseRecord,
  writeJson,
  writeReleaseRecord,
} from './releaseRecord';
import { fieldPath } from './renamePaths';

/** Answers given on the command line instead of at the prompt. */
export interface ReleaseAnswers {
  /** Old pointer → new pointer: fields renamed or moved. */
  renames: Map<string, string>;
  /** Old pointers of fields that look renamed but were not (their answers are kept aside). */
  notRenamed: Set<string>;
  /** Field pointer → removed option code → the code saved answers get instead, or null to keep them aside. */
  removedOptions: Map<string, Map<string, string | null>>;
}

/** A question the release needs answered, with the flag that answers it without a terminal. */
export interface ReleaseQuestion {
  text: string;
  flag: string;
}

/** Asks a person a question; undefined when no one can answer (no terminal). */
export type Ask = (question: ReleaseQuestion) => Promise<string | undefined>;

/** Options for {@link releaseForm}. */
export interface ReleaseOptions {
  /** The day of the release (the clock, injectable for tests). */
  today: Date;
  answers: ReleaseAnswers;
  ask?: Ask;
}

/** What a release did. */
export interface ReleaseResult {
  form: string;
  from: string;
  /** The new version; undefined when nothing but wording changed (nothing to release). */
  to?: string;
  migration?: string;
  /** Files written, relative to the form folder. */
  files: string[];
  /** The change-log entry. */
  sentences: string[];
  diff?: FormDiff;
}

/** A release that cannot go ahead: questions unanswered, or no record of the last release. */
export class ReleaseNotReady extends KitError {
  override name = 'ReleaseNotReady';
  constructor(
    message: string,
    readonly questions: ReleaseQuestion[] = [],
  ) {
    super(message);
  }
}

const relocation = (op: MigrationOperation) => op.op === 'rename' || op.op === 'move';
const normalise = (text: string) => `/${fieldPath(text, 'release').join('/')}`;

/** Parses `--rename old=new`, `--not-renamed old` and `--removed-option field:code=new|preserve` flags. */
export function parseReleaseAnswers(renames: string[], notRenamed: string[], removedOptions: string[]): ReleaseAnswers {
  const answers: ReleaseAnswers = { renames: new Map(), notRenamed: new Set(), removedOptions: new Map() };
  for (const text of renames) {
    const [from, to] = text.split('=');
    if (!from || !to)
      throw new ReleaseNotReady(
        `--rename ${text}: write it as --rename OLD=NEW, e.g. --rename child.name=child.fullName.`,
      );
    answers.renames.set(normalise(from), normalise(to));
  }
  for (const text of notRenamed) answers.notRenamed.add(normalise(text));
  for (const text of removedOptions) {
    const match = /^([^:]+):([^=]+)=(.+)$/.exec(text);
    if (!match) {
      throw new ReleaseNotReady(
        `--removed-option ${text}: write it as --removed-option FIELD:OLDCODE=NEWCODE, or FIELD:OLDCODE=preserve to keep saved answers aside.`,
      );
    }
    const at = normalise(match[1] as string);
    const map = answers.removedOptions.get(at) ?? new Map<string, string | null>();
    map.set(match[2] as string, match[3] === 'preserve' ? null : (match[3] as string));
    answers.removedOptions.set(at, map);
  }
  return answers;
}

const YES = /^(y|yes)$/i;

/**
 * Releases a form: keeps the last release as it was under `versions/<version>/`, raises the version,
 * writes the migration from the diff between the last release and the folder (asking about likely
 * renames and removed options), names the new version in carry-forward mappings, records the release
 * in released.json and released/<version>/, and adds a change-log entry to the README.
 */
export async function releaseForm(folder: string, options: ReleaseOptions): Promise<ReleaseResult> {
  const manifest = await readJson(join(folder, 'form.json'));
  if (!isJsonObject(manifest) || typeof manifest.id !== 'string' || typeof manifest.version !== 'string')
    throw new ReleaseNotReady('form.json has no "id" and "version": run adoption-support lint on the form first.');
  const form = manifest.id;
  const current = manifest.version;
  const record = await readReleaseRecord(folder, form);
  const snapshot = join(folder, RELEASED_FOLDER, current);
  const recorded = record?.releases.find((r) => r.version === current);
  if (!record || !recorded || !existsSync(snapshot)) {
    throw new ReleaseNotReady(
      `There is no record of what was released as ${form} ${current} (released.json and released/${current}/). If ${current} is what was published, record it first with: adoption-support release ${form} --record`,
    );
  }
  const releasedMeaning = await readMeaning(snapshot, form);
  if (meaningHash(releasedMeaning) !== recorded.meaning) {
    throw new ReleaseNotReady(
      `released/${current}/ no longer matches what was released as ${current}. Restore it from your copy of the published form.`,
    );
  }
  const nowMeaning = await readMeaning(folder, form);
  if (meaningHash(nowMeaning) === recorded.meaning && record.pending.length === 0) {
    return { form, from: current, files: [], sentences: [] };
  }
  const next = nextVersion(current, options.today);
  const name = `${current}-to-${next}`;
  const older = await loadFormSnapshot(snapshot);
  const newer = { ...(await loadFormSnapshot(folder)), version: next };
  const operations: MigrationOperation[] = [...record.pending];
  const decidedHere: MigrationOperation[] = [];
  const questions: ReleaseQuestion[] = [];
  const migration = (): Migration => ({ name, form, from: current, to: next, operations });
  const answer = async (question: ReleaseQuestion) => (options.ask ? options.ask(question) : undefined);

  for (const [from, to] of options.answers.renames) {
    if (operations.some((op) => relocation(op) && 'from' in op && op.from === from)) continue;
    const sameParent = from.split('/').slice(0, -1).join('/') === to.split('/').slice(0, -1).join('/');
    const op: MigrationOperation = { op: sameParent ? 'rename' : 'move', from, to };
    operations.push(op);
    decidedHere.push(op);
  }
  let diff = diffForms(older, newer, [migration()]);
  for (const c of diff.changes.filter((c) => (c.kind === 'renamed' || c.kind === 'moved') && !c.handledBy)) {
    const from = c.from as string;
    // Not renamed: the old question is gone, and its saved answers are kept aside for a person.
    const removed: MigrationOperation = { op: 'preserve', from, reason: 'The form no longer asks this question.' };
    if (options.answers.notRenamed.has(from)) {
      operations.push(removed);
      continue;
    }
    const reply = await answer({
      text: `Was ${from} renamed to ${c.pointer}${c.field ? ` ("${c.field}")` : ''}? Saved answers move with it if so. (yes/no)`,
      flag: `--rename ${from}=${c.pointer} (or --not-renamed ${from})`,
    });
    if (reply === undefined) {
      questions.push({
        text: `Was ${from} renamed to ${c.pointer}?`,
        flag: `--rename ${from}=${c.pointer} or --not-renamed ${from}`,
      });
    } else if (YES.test(reply.trim())) {
      const op: MigrationOperation = { op: c.kind === 'moved' ? 'move' : 'rename', from, to: c.pointer };
      operations.push(op);
      decidedHere.push(op);
    } else operations.push(removed);
  }
  diff = diffForms(older, newer, [migration()]);
  for (const c of diff.changes.filter((c) => c.kind === 'options-removed')) {
    const codes = optionsRemoved(c);
    const map: Record<string, string | null> = {};
    for (const code of codes) {
      const given = options.answers.removedOptions.get(c.pointer)?.get(code);
      let value: string | null | undefined = given;
      if (value === undefined && !options.answers.removedOptions.get(c.pointer)?.has(code)) {
        const reply = await answer({
          text: `Saved plans may hold "${code}" in ${c.field ? `"${c.field}"` : c.pointer}. Which option should they get instead? (type its code, or press Enter to keep those answers aside)`,
          flag: `--removed-option ${c.pointer}:${code}=NEWCODE (or =preserve)`,
        });
        if (reply === undefined) {
          questions.push({
            text: `Saved plans may hold "${code}" in ${c.pointer}, which is no longer an option.`,
            flag: `--removed-option ${c.pointer}:${code}=NEWCODE or --removed-option ${c.pointer}:${code}=preserve`,
          });
          continue;
        }
        value = reply.trim() === '' || reply.trim() === 'preserve' ? null : reply.trim();
      }
      Object.defineProperty(map, code, { value: value ?? null, enumerable: true, writable: true, configurable: true });
    }
    if (Object.keys(map).length > 0) operations.push({ op: 'remapOptions', at: c.pointer, map });
  }
  if (questions.length > 0) {
    throw new ReleaseNotReady(
      `The release of ${form} ${next} needs ${questions.length === 1 ? 'an answer' : 'answers'}:`,
      questions,
    );
  }
  diff = diffForms(older, newer, [migration()]);
  for (const c of diff.changes.filter((c) => c.kind === 'removed' && !c.handledBy)) {
    operations.push({ op: 'preserve', from: c.pointer, reason: 'The form no longer asks this question.' });
  }
  diff = diffForms(older, newer, [migration()]);
  // A field that only looked renamed is a question removed and another added.
  const preserved = new Set(operations.flatMap((op) => (op.op === 'preserve' ? [op.from] : [])));
  const changes = diff.changes.flatMap((c): FormChange[] =>
    (c.kind === 'renamed' || c.kind === 'moved') && !c.handledBy && preserved.has(c.from as string)
      ? [
          { ...c, kind: 'removed', pointer: c.from as string },
          { ...c, kind: 'added', impact: 'compatible' },
        ]
      : [c],
  );
  const sentences = [
    ...changes.map(describeChange).filter((s): s is string => s !== undefined),
    ...describeMeaningChanges(releasedMeaning, nowMeaning, operations),
  ];

  // Write: keep the last release, raise the version, the migration, the record, mappings, change log.
  const files: string[] = [];
  const kept = join(folder, 'versions', current);
  if (existsSync(kept))
    throw new ReleaseNotReady(`versions/${current}/ already exists: ${current} has been kept before.`);
  await cp(snapshot, kept, { recursive: true });
  await rm(join(folder, RELEASED_FOLDER, current), { recursive: true });
  files.push(`versions/${current}/`);
  await writeJson(join(folder, 'migrations', `${name}.json`), {
    form,
    from: current,
    to: next,
    description: sentences.join(' '),
    operations,
  });
  files.push(`migrations/${name}.json`);
  manifest.version = next;
  manifest.migrations = [...(Array.isArray(manifest.migrations) ? manifest.migrations : []), name];
  await writeJson(join(folder, 'form.json'), manifest);
  files.push('form.json');
  if (existsSync(join(folder, 'examples'))) {
    for (const file of (await readdir(join(folder, 'examples'))).filter((f) => f.endsWith('.json'))) {
      const example = await readJson(join(folder, 'examples', file));
      if (!isJsonObject(example) || example.version !== current) continue;
      example.version = next;
      await writeJson(join(folder, 'examples', file), example);
      files.push(`examples/${file}`);
    }
  }
  for (const op of decidedHere) {
    if (op.op !== 'rename' && op.op !== 'move') continue;
    const move = { from: fieldPath(op.from), to: fieldPath(op.to) };
    files.push(...(await moveInMappings(folder, form, move)));
  }
  const moved = operations.some(relocation);
  files.push(...(await updateMappingVersions(folder, form, next, moved)));
  await copyVersionFiles(folder, join(folder, RELEASED_FOLDER, next));
  files.push(`${RELEASED_FOLDER}/${next}/`);
  const date = options.today.toISOString().slice(0, 10);
  record.releases.push({ version: next, meaning: meaningHash(await readMeaning(folder, form)), date });
  record.pending = [];
  await writeReleaseRecord(folder, record);
  files.push('released.json');
  await addChangeLogEntry(join(folder, 'README.md'), next, sentences);
  files.push('README.md');
  return { form, from: current, to: next, migration: name, files: [...new Set(files)], sentences, diff };
}

/** The option codes a change says were removed. */
const optionsRemoved = (c: FormChange): string[] =>
  (/^Options removed: (.*?)\. Saved/.exec(c.detail)?.[1] ?? '').split(', ').filter((s) => s !== '');

/**
 * Records the folder as it is as the released current version (and each kept version as released),
 * for a form published before released.json existed (the day is not known, so none is recorded).
 * Refuses when a different release is recorded.
 */
export async function recordRelease(folder: string): Promise<ReleaseResult> {
  const manifest = await readJson(join(folder, 'form.json'));
  if (!isJsonObject(manifest) || typeof manifest.id !== 'string' || typeof manifest.version !== 'string')
    throw new ReleaseNotReady('form.json has no "id" and "version": run adoption-support lint on the form first.');
  const form = manifest.id;
  const current = manifest.version;
  const record = (await readReleaseRecord(folder, form)) ?? { form, releases: [], pending: [] };
  const files: string[] = [];
  const versionsDir = join(folder, 'versions');
  const keptVersions = existsSync(versionsDir)
    ? (await readdir(versionsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  for (const version of keptVersions.sort()) {
    if (record.releases.some((r) => r.version === version)) continue;
    record.releases.push({ version, meaning: meaningHash(await readMeaning(join(versionsDir, version), form)) });
  }
  const meaning = meaningHash(await readMeaning(folder, form));
  const existing = record.releases.find((r) => r.version === current);
  if (existing && existing.meaning !== meaning) {
    throw new ReleaseNotReady(
      `${form} ${current} was released with a different meaning: record only what was published. To publish the change, run adoption-support release ${form}.`,
    );
  }
  if (!existing) record.releases.push({ version: current, meaning });
  await rm(join(folder, RELEASED_FOLDER), { recursive: true, force: true });
  await copyVersionFiles(folder, join(folder, RELEASED_FOLDER, current));
  files.push(`${RELEASED_FOLDER}/${current}/`);
  await writeReleaseRecord(folder, record);
  files.push('released.json');
  return { form, from: current, to: current, files, sentences: [] };
}
