import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli';

// The real forms: asp-england keeps its first version and ships the migration from it. These tests are
// about that migration, which is released and never changes: versions are read from the definitions,
// and plans are brought to the migration's own target (--to), which stays a kept version after a release.
const FORMS = fileURLToPath(new URL('../../../schemas/forms', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(join(FORMS, 'asp-england', 'form.json'), 'utf8')) as {
  version: string;
  migrations: string[];
};
const FIRST = MANIFEST.migrations[0] as string;
const [FROM, TO] = FIRST.split('-to-') as [string, string];
const CURRENT = MANIFEST.version;
/** The folder of version TO: the form itself while TO is current, else the version it keeps. */
const TO_FOLDER = TO === CURRENT ? 'asp-england' : `asp-england/versions/${TO}`;
const KEPT = [...readdirSync(join(FORMS, 'asp-england', 'versions')), CURRENT].sort((a, b) =>
  a.localeCompare(b, 'en', { numeric: true }),
);
const OLD_EXAMPLES = join(FORMS, 'asp-england', 'versions', FROM, 'examples');

/** A scratch folder holding copies of the first version's example plans as `saved/`. */
function savedPlans(): string {
  const root = mkdtempSync(join(tmpdir(), 'adoption-support-migrate-'));
  cpSync(OLD_EXAMPLES, join(root, 'saved', 'plans'), { recursive: true });
  return root;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;

describe('adoption-support migrate, run as a process', () => {
  it(`brings saved plans to ${TO}, splits what it can, keeps the rest aside and says so (exit 1)`, async () => {
    const root = savedPlans();
    const before = readFileSync(join(root, 'saved/plans/valid.full.json'), 'utf8');
    const run = await runCli(['migrate', 'saved', '--out', 'migrated', '--to', TO, '--forms', FORMS], { cwd: root });

    expect(run.stdout).toContain(`- plans/valid.full.json: asp-england ${FROM} → ${TO} (${FIRST})`);
    expect(run.stdout).toContain('    renamed /child/knownAtMatching → /child/summaryAtMatching');
    expect(run.stdout).toContain(
      '    kept aside /adopters/strengthsAndVulnerabilities: The answer does not have the shape the split expects, so it could not be split. Copy it into the new fields by hand.',
    );
    expect(run.stdout).toContain(
      '    not complete /adopters/strengths ("What the adopters bring to this match"): Enter what the adopters bring to this match.',
    );
    expect(run.stdout).toContain(
      '    split /adopters/strengthsAndVulnerabilities into /adopters/strengths, /adopters/possibleDifficulties',
    );
    expect(run.stdout).toContain('3 documents migrated, 2 need a person (answers kept aside or not complete).');
    expect(run.code).toBe(1);

    // The original is untouched; the migrated plan keeps the unsplit answer, word for word, in "preserved".
    expect(readFileSync(join(root, 'saved/plans/valid.full.json'), 'utf8')).toBe(before);
    const old = read(join(root, 'saved/plans/valid.full.json'));
    const full = read(join(root, 'migrated/plans/valid.full.json'));
    expect(full.version).toBe(`${TO}`);
    expect(full.data.child.summaryAtMatching).toBe(old.data.child.knownAtMatching);
    expect(full.data.child.knownAtMatching).toBeUndefined();
    expect(full.preserved).toEqual([
      {
        from: '/adopters/strengthsAndVulnerabilities',
        value: old.data.adopters.strengthsAndVulnerabilities,
        reason:
          'The answer does not have the shape the split expects, so it could not be split. Copy it into the new fields by hand.',
        migration: FIRST,
      },
    ]);
    const split = read(join(root, 'migrated/plans/valid.strengths-written-with-headings.json'));
    expect(split.preserved).toBeUndefined();
    expect(split.data.adopters.strengths).toBe(
      "Sam is an experienced early years worker and has already met Ellis's foster carer twice.",
    );
    expect(split.data.adopters.possibleDifficulties).toBe(
      'Sam has a small support network nearby, so the agency will introduce a buddy adopter.',
    );
    // The report never shows the answers themselves.
    expect(run.stdout).not.toContain(old.data.adopters.strengthsAndVulnerabilities);
  });

  it('exits 0 when every document comes across complete with nothing kept aside', async () => {
    const root = savedPlans();
    const only = join(root, 'one');
    mkdirSync(only);
    cpSync(join(root, 'saved/plans/valid.strengths-written-with-headings.json'), join(only, 'plan.json'));
    const run = await runCli(['migrate', 'one/plan.json', '--in-place', '--to', TO, '--forms', FORMS], { cwd: root });
    expect(run.stdout).toContain('1 document migrated.');
    expect(run.code).toBe(0);
    expect(read(join(only, 'plan.json')).version).toBe(`${TO}`);

    const again = await runCli(['migrate', 'one', '--dry-run', '--to', TO, '--forms', FORMS], { cwd: root });
    expect(again.stdout).toContain(`- plan.json: already at asp-england ${TO}.`);
    expect(again.code).toBe(0);
  });

  it('writes nothing on a dry run', async () => {
    const root = savedPlans();
    const run = await runCli(['migrate', 'saved', '--dry-run', '--to', TO, '--forms', FORMS], { cwd: root });
    expect(run.stdout).toContain('3 documents would be migrated, 2 would need a person');
    expect(run.stdout).toContain('Nothing was written (dry run).');
    expect(read(join(root, 'saved/plans/valid.full.json')).version).toBe(`${FROM}`);
    expect(run.code).toBe(1);
  });

  it('leaves documents it cannot migrate as they were and exits 3', async () => {
    const root = savedPlans();
    writeFileSync(join(root, 'saved/notes.json'), '{"title": "not a plan"}');
    writeFileSync(join(root, 'saved/broken.json'), '{"form": "asp-england",');
    writeFileSync(join(root, 'saved/other.json'), `{"form": "no-such-form", "version": "${FROM}", "data": {}}`);
    const run = await runCli(['migrate', 'saved', '--out', 'migrated', '--to', TO, '--forms', FORMS], { cwd: root });
    expect(run.stdout).toContain(
      '- notes.json: not migrated. It is not a saved document: it needs "form", "version" and "data".',
    );
    expect(run.stdout).toContain('- broken.json: not migrated. It is not valid JSON (line 1, column 24).');
    expect(run.stdout).toContain('- other.json: not migrated. There is no form folder for "no-such-form"');
    expect(run.stdout).toContain('3 could not be migrated');
    expect(existsSync(join(root, 'migrated/notes.json'))).toBe(false);
    expect(run.code).toBe(3);

    const unknownVersion = await runCli(['migrate', 'saved/plans', '--dry-run', '--to', '2030.1', '--forms', FORMS], {
      cwd: root,
    });
    expect(unknownVersion.stdout).toContain(
      `not migrated. asp-england has no version 2030.1 (it keeps ${KEPT.join(', ')}).`,
    );
    expect(unknownVersion.code).toBe(3);
  });

  it('reports as JSON with --json', async () => {
    const root = savedPlans();
    const run = await runCli(['migrate', 'saved', '--dry-run', '--json', '--to', TO, '--forms', FORMS], { cwd: root });
    const report = JSON.parse(run.stdout) as {
      migrated: number;
      needAttention: number;
      documents: Record<string, unknown>[];
    };
    expect(report).toMatchObject({ migrated: 3, needAttention: 2 });
    const full = report.documents.find((d) => d.file === 'plans/valid.full.json');
    expect(full).toMatchObject({ status: 'migrated', from: `${FROM}`, to: `${TO}`, applied: [FIRST] });
    expect(full?.preserved).toEqual([
      {
        from: '/adopters/strengthsAndVulnerabilities',
        reason:
          'The answer does not have the shape the split expects, so it could not be split. Copy it into the new fields by hand.',
        migration: FIRST,
      },
    ]);
  });

  it('exits 2 for a command line it cannot act on', async () => {
    const root = savedPlans();
    const noMode = await runCli(['migrate', 'saved', '--forms', FORMS], { cwd: root });
    expect(noMode.stderr).toContain(
      'Say what to do with the results: --out FOLDER, --in-place, or --dry-run (exactly one).',
    );
    expect(noMode.code).toBe(2);
    const noForms = await runCli(['migrate', 'saved', '--dry-run'], { cwd: root });
    expect(noForms.stderr).toContain(
      'There is no schemas/forms folder here: say where the form folders are with --forms FOLDER.',
    );
    expect(noForms.code).toBe(2);
    const missing = await runCli(['migrate', 'nowhere', '--dry-run', '--forms', FORMS], { cwd: root });
    expect(missing.stderr).toContain('There is no document or folder at nowhere.');
    expect(missing.code).toBe(2);
  });

  it(`finds the published asp-england, its kept ${FROM} version and its migration free of problems`, async () => {
    const lint = await runCli(['lint', 'asp-england'], { cwd: FORMS });
    expect(lint.stdout).toContain(`asp-england ${CURRENT}: no problems`);
    expect(lint.code).toBe(0);
    const kept = await runCli(['lint', `asp-england/versions/${FROM}`], { cwd: FORMS });
    expect(kept.stdout).toContain(`asp-england ${FROM}: no problems`);
    expect(kept.code).toBe(0);
  });

  it(`reports the ${TO} changes as breaking and handled by the migration`, async () => {
    const run = await runCli(['diff', `asp-england/versions/${FROM}`, TO_FOLDER], { cwd: FORMS });
    expect(run.stdout).toMatch(
      new RegExp(`^asp-england ${FROM} → ${TO}: 2 breaking changes, \\d+ compatible changes?$`, 'm'),
    );
    expect(run.stdout).toContain(
      '- Renamed: "Summary of the child at matching" in "About the child"  /child/summaryAtMatching',
    );
    expect(run.stdout).toContain(
      '    /adopters/strengthsAndVulnerabilities → /adopters/strengths, /adopters/possibleDifficulties',
    );
    expect(run.stdout.match(new RegExp(`Handled by migration ${FIRST}\\.`, 'g'))).toHaveLength(2);
    expect(run.code).toBe(1);
  });
});
