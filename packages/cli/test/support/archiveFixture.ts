import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrateEnvelope, type SavedDocument } from '@adoption-support/core';
import { prototypeKeys, tenMegabytes } from '../../../core/src/testing/hostileJson';
import type { FailureReason } from '../../src/migrate/archive/failureReasons';
import { formVersionSet, loadFormHistory } from '../../src/migrate/loadFormHistory';
import { ASP_ENGLAND, OLD_VERSION, oldPlans } from './savedArchive';

/** What the archive should do with a file, known from how the file was made. */
export type Expected = 'migrated' | 'current' | FailureReason;

/** A folder of saved plans of every kind, and what should become of each (by path in the folder). */
export interface ArchiveFixture {
  root: string;
  expected: Map<string, Expected>;
}

/** A generated older plan, as far as the hostile changes reach into it. */
type HostilePlan = SavedDocument & { data: { child: object; adopters: object } };

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a folder of a few hundred saved plans, in subfolders: plans saved with asp-england's older
 * version, plans already at the current version, broken JSON, files that are not saved plans, plans of
 * versions and forms that do not exist, plans nested too deep, and older plans carrying hostile values
 * (prototype keys, lone surrogates, a 10 MB answer, the longest combined answer of spaces). Files the
 * walk must skip (hidden, in node_modules, not .json) are there too.
 */
export async function writeArchiveFixture(seed: number): Promise<ArchiveFixture> {
  const root = mkdtempSync(join(tmpdir(), 'adoption-support-archive-'));
  const expected = new Map<string, Expected>();
  const put = (file: string, content: string, outcome?: Expected) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
    if (outcome) expected.set(file, outcome);
  };
  const versions = await formVersionSet(await loadFormHistory(ASP_ENGLAND));
  const plans = [...oldPlans(260, seed)] as SavedDocument[];
  const next = () => plans.pop() as SavedDocument;

  for (let i = 0; i < 150; i++) put(`agency-${i % 3}/plans/plan-${i}.json`, text(next()), 'migrated');
  for (let i = 0; i < 40; i++) {
    put(`agency-${i % 2}/current/plan-${i}.json`, text((await migrateEnvelope(next(), versions)).document), 'current');
  }
  for (let i = 0; i < 20; i++) {
    const whole = text(next());
    put(`broken/plan-${i}.json`, whole.slice(0, 1 + ((i * 997) % (whole.length - 2))), 'not-json');
  }
  const notPlans = [
    { title: 'meeting notes' },
    [],
    null,
    'a plan',
    42,
    { form: 'asp-england', version: OLD_VERSION },
    { form: 'asp-england', version: OLD_VERSION, data: [] },
    { form: 'asp-england', version: OLD_VERSION, data: null },
    { form: 42, version: OLD_VERSION, data: {} },
    { form: 'asp-england', version: 2025.1, data: {} },
    { form: 'asp-england', version: OLD_VERSION, data: {}, preserved: 'not a list' },
    { form: 'asp-england', version: OLD_VERSION, data: {}, preserved: { '0': 'x' } },
  ];
  for (const [i, value] of notPlans.entries()) put(`other/not-a-plan-${i}.json`, text(value), 'not-saved-document');
  const badVersions = ['2019.1', '1999.9', '3000.1', 'draft', '', tenMegabytes(), '2025.1\n', '\uD800'];
  for (const [i, version] of badVersions.entries()) {
    put(
      `other/version-${i}.json`,
      text({ ...next(), version }),
      version === '3000.1' ? 'newer-version' : 'unknown-version',
    );
  }
  const badForms = [
    'no-such-form',
    '__proto__',
    'constructor',
    'toString',
    '../asp-england',
    'ASP-ENGLAND',
    tenMegabytes(),
  ];
  for (const [i, form] of badForms.entries()) put(`other/form-${i}.json`, text({ ...next(), form }), 'unknown-form');
  for (const depth of [200, 10_000]) {
    const plan = next();
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    put(`hostile/deep-${depth}.json`, text(plan).replace('"data": {', `"data": {"deep": ${deep},`), 'too-deep');
  }

  // Older plans with hostile values, which must come through with every value in place.
  const hostile: [string, (plan: HostilePlan) => void][] = [
    ['prototype-keys', (p) => Object.assign(p.data.child, { agencyNotes: prototypeKeys() })],
    [
      'prototype-keys-top',
      (p) => Object.defineProperty(p.data, '__proto__', { value: { polluted: true }, enumerable: true }),
    ],
    ['lone-surrogates', (p) => Object.assign(p.data.child, { agencyNotes: 'a\uD800b\uDC00', '\uDFFFkey': '\uD83D' })],
    ['ten-megabytes', (p) => Object.assign(p.data.child, { agencyNotes: tenMegabytes() })],
    ['spaces', (p) => Object.assign(p.data.adopters, { strengthsAndVulnerabilities: ' '.repeat(10_000) })],
    [
      'heading-spaces',
      (p) => Object.assign(p.data.adopters, { strengthsAndVulnerabilities: `Vulnerabilities:${' '.repeat(9_000)}x` }),
    ],
    [
      'deep-but-allowed',
      (p) => Object.assign(p.data.child, { agencyNotes: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) }),
    ],
    ['envelope-fields', (p) => Object.assign(p, { savedBy: { system: 'case-notes', id: 7 } })],
  ];
  for (const [name, change] of hostile) {
    const plan = next();
    change(plan as HostilePlan);
    put(`hostile/${name}.json`, text(plan), 'migrated');
  }

  // Skipped by the walk: never read, never counted.
  put('.hidden/plan.json', text(next()));
  put('.plan.json', '{');
  put('node_modules/plan.json', '{');
  put('agency-0/notes.txt', 'not a document');
  return { root, expected };
}
