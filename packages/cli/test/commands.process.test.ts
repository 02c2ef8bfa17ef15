import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/cli';
import { copyForm, formWithMistake } from './support/materialise';
import { runCli } from './support/runCli';

describe('adoption-support, run as a process', () => {
  it('lists the commands and their exit codes with --help', async () => {
    const run = await runCli(['--help'], { cwd: process.cwd() });
    for (const command of ['lint', 'diff', 'release', 'rename', 'migrate', 'preview', 'types', 'translations'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toContain('2  the command line is wrong, or a folder or file cannot be read');
    expect(run.code).toBe(0);
  });

  it.each([
    ['lint', '1  problems found'],
    ['diff', '1  at least one breaking change'],
    ['migrate', '3  some documents could not be migrated'],
    ['preview', '0  stopped with Ctrl+C'],
    ['types', '0  the types were written'],
    ['translations', '1  import refused the file'],
    ['release', '1  the release needs answers'],
    ['rename', '0  renamed'],
  ])('explains %s and its exit codes with --help', async (command, exitLine) => {
    const run = await runCli([command, '--help'], { cwd: process.cwd() });
    expect(run.stdout).toContain(`Usage: adoption-support ${command}`);
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stdout).toContain(exitLine);
    expect(run.code).toBe(0);
  });

  it('exits 2 for an unknown command or option, saying what is wrong', async () => {
    const unknown = await runCli(['lnit'], { cwd: process.cwd() });
    expect(unknown.stderr).toContain(
      `"lnit" is not an adoption-support command. Did you mean "lint"? The commands are: ${commands.map((c) => c.name).join(', ')}.`,
    );
    expect(unknown.code).toBe(2);
    const option = await runCli(['lint', '.', '--fix'], { cwd: process.cwd() });
    expect(option.stderr).toContain('"lint" has no option --fix.');
    expect(option.stderr).toContain('Run adoption-support lint --help for how to use it.');
    expect(option.code).toBe(2);
  });
});

describe('adoption-support diff, run as a process', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const older = copyForm();
    const newer = copyForm();
    const run = await runCli(['diff', older, newer], { cwd: dirname(older) });
    expect(run.stdout).toContain('asp-review-wales 2025.1 → 2025.1: 0 breaking changes, 0 compatible changes');
    expect(run.stdout).toContain('No changes to the fields.');
    expect(run.code).toBe(0);
  });

  it('exits 1 for a breaking change and warns when the version was not bumped', async () => {
    const older = copyForm();
    const newer = copyForm();
    const schemaPath = join(newer, 'schema.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    delete schema.properties.keepingInTouch.properties.extensionPlanned;
    schema.properties.keepingInTouch.properties.notes = { type: 'string', maxLength: 2000 };
    writeFileSync(schemaPath, JSON.stringify(schema, null, 2));
    const run = await runCli(['diff', older, newer], { cwd: dirname(older) });
    expect(run.stdout).toContain('1 breaking change, 1 compatible change');
    expect(run.stdout).toContain(
      '- Removed: "Is there a plan to increase keeping in touch?" in "Keeping in touch"  /keepingInTouch/extensionPlanned',
    );
    expect(run.stdout).toContain('No migration handles this yet.');
    expect(run.stdout).toContain('- Added: /keepingInTouch/notes');
    expect(run.stdout).toContain('Both folders say version 2025.1. Breaking changes need a new version');
    expect(run.code).toBe(1);

    const json = await runCli(['diff', older, newer, '--json'], { cwd: dirname(older) });
    const diff = JSON.parse(json.stdout) as { breaking: number; changes: { kind: string; impact: string }[] };
    expect(diff.changes.map((c) => [c.kind, c.impact])).toEqual([
      ['removed', 'breaking'],
      ['added', 'compatible'],
    ]);
  });

  it('exits 2 when a folder is not a form', async () => {
    const older = copyForm();
    const run = await runCli(['diff', older, dirname(older)], { cwd: dirname(older) });
    expect(run.stderr).toContain('is not a form folder (it has no form.json).');
    expect(run.code).toBe(2);
  });
});

describe('adoption-support types, run as a process', () => {
  it('writes types that TypeScript accepts, with one type per shared definition', async () => {
    const folder = copyForm();
    const out = join(dirname(folder), 'types', 'asp-review-wales.ts');
    const run = await runCli(['types', 'asp-review-wales', '--out', 'types/asp-review-wales.ts'], {
      cwd: dirname(folder),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Wrote the types of asp-review-wales 2025.1 to types/asp-review-wales.ts.');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('export interface AspReviewWalesData {');
    expect(text).toContain('export type IsoDate = string;');
    expect(text.match(/export interface StayingInTouch\b/g)).toHaveLength(1);
    const program = ts.createProgram([out], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('exits 1 and writes nothing when the schema is broken', async () => {
    const folder = formWithMistake('misspelt-schema-keyword');
    const run = await runCli(['types', '.'], { cwd: folder });
    expect(run.stderr).toContain('The schema of asp-review-wales has problems, so no types were written:');
    expect(run.stderr).toContain('unknown keyword: "maxLenght"');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});
