// release on a copy of one form: a rename made by hand is found and asked about, and the answer decides
// the migration; without anyone to ask, the release stops and names the option that answers.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReleaseAnswers, ReleaseNotReady, type ReleaseQuestion, releaseForm } from './releaseForm';
import { readReleaseRecord, writeReleaseRecord } from './releaseRecord';
import { renameField } from './renameField';

const FORMS = fileURLToPath(new URL('../../../../schemas/forms/', import.meta.url));
let root: string;
let folder: string;
const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;

/** A field of the form's first section, and its new name: read from the definition. */
function fieldToRename(): { from: string; to: string } {
  const schema = read('schema.json') as {
    properties: Record<string, { properties: Record<string, { type?: string }> }>;
  };
  const [section, node] = Object.entries(schema.properties)[0] as [
    string,
    { properties: Record<string, { type?: string }> },
  ];
  const name = Object.keys(node.properties).find((k) => node.properties[k]?.type === 'string') as string;
  return { from: `/${section}/${name}`, to: `/${section}/${name}Renamed` };
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'release-form-'));
  cpSync(FORMS, root, { recursive: true });
  folder = join(root, 'asp-review-wales');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Renames a field in every file, as a policy lead would by hand: nothing recorded for the release. */
async function renameByHand(move: { from: string; to: string }) {
  await renameField(folder, move.from, move.to);
  const record = await readReleaseRecord(folder, 'asp-review-wales');
  if (record) await writeReleaseRecord(folder, { ...record, pending: [] });
}

const today = new Date(Date.UTC(2100, 0, 1));

describe('releaseForm', () => {
  it('asks whether a field that looks renamed was renamed, and a yes moves saved answers', async () => {
    const move = fieldToRename();
    await renameByHand(move);
    const asked: ReleaseQuestion[] = [];
    const result = await releaseForm(folder, {
      today,
      answers: parseReleaseAnswers([], [], []),
      ask: async (q) => {
        asked.push(q);
        return 'yes';
      },
    });
    expect(asked.map((q) => q.flag)).toEqual([`--rename ${move.from}=${move.to} (or --not-renamed ${move.from})`]);
    expect(result.to).toBe('2100.1');
    expect(read(`migrations/${result.migration}.json`).operations).toEqual([
      { op: 'rename', from: move.from, to: move.to },
    ]);
  });

  it('keeps the answers aside when the field was not renamed', async () => {
    const move = fieldToRename();
    await renameByHand(move);
    const result = await releaseForm(folder, { today, answers: parseReleaseAnswers([], [move.from], []) });
    expect(read(`migrations/${result.migration}.json`).operations).toEqual([
      { op: 'preserve', from: move.from, reason: 'The form no longer asks this question.' },
    ]);
    expect(result.sentences.join(' ')).toContain('is no longer asked; saved answers to it are kept aside.');
    expect(result.sentences.join(' ')).not.toContain('now lives at');
  });

  it('without anyone to ask, stops before writing anything and names the option that answers', async () => {
    const move = fieldToRename();
    await renameByHand(move);
    const version = read('form.json').version;
    const error = await releaseForm(folder, { today, answers: parseReleaseAnswers([], [], []) }).catch((e) => e);
    expect(error).toBeInstanceOf(ReleaseNotReady);
    expect((error as ReleaseNotReady).questions.map((q) => q.flag)).toEqual([
      `--rename ${move.from}=${move.to} or --not-renamed ${move.from}`,
    ]);
    expect(read('form.json').version).toBe(version);
  });

  it('has nothing to release when only wording changed', async () => {
    const result = await releaseForm(folder, { today, answers: parseReleaseAnswers([], [], []) });
    expect(result.to).toBeUndefined();
    expect(result.files).toEqual([]);
  });
});
