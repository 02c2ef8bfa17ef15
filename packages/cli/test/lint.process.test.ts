import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyForm, formWithMistake, lineColumnOf } from './support/materialise';
import { runCli } from './support/runCli';

/** Runs lint on a copy of the fixture form with one mistake, from the folder that holds it. */
async function lintMistake(name: string) {
  const folder = formWithMistake(name);
  const run = await runCli(['lint', 'asp-review-wales'], { cwd: dirname(folder) });
  return { folder, ...run };
}

const at = (folder: string, file: string, needle: string) => {
  const { line, column } = lineColumnOf(join(folder, file), needle);
  return `${file}:${line}:${column}`;
};

describe('adoption-support lint, run as a process', () => {
  it('passes a correct form with exit code 0', async () => {
    const folder = copyForm();
    const run = await runCli(['lint', 'asp-review-wales'], { cwd: dirname(folder) });
    expect(run.stdout).toContain('asp-review-wales 2025.1: no problems');
    expect(run.stdout).toContain('Checked 1 form: no problems.');
    expect(run.code).toBe(0);
  });

  it('checks every form folder inside a folder', async () => {
    const folder = copyForm();
    const run = await runCli(['lint', '.'], { cwd: dirname(folder) });
    expect(run.stdout).toContain('asp-review-wales 2025.1: no problems');
    expect(run.code).toBe(0);
  });

  it('exits 2 with a plain message when the folder is missing or holds no form', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'adoption-support-empty-'));
    mkdirSync(join(empty, 'notes'));
    const missing = await runCli(['lint', 'no-such-folder'], { cwd: empty });
    expect(missing.stderr).toContain('There is no folder at no-such-folder.');
    expect(missing.code).toBe(2);
    const notForm = await runCli(['lint', 'notes'], { cwd: empty });
    expect(notForm.stderr).toContain('notes is not a form folder (it has no form.json) and holds no form folders.');
    expect(notForm.code).toBe(2);
  });

  it('places a JSON syntax error at its line and column', async () => {
    const { folder, stdout, code } = await lintMistake('broken-json-in-welsh-strings');
    expect(stdout).toContain(at(folder, 'i18n/cy.json', '"form.description"'));
    expect(stdout).toContain('This file is not valid JSON: a comma is missing between two entries.');
    expect(stdout).toContain('Fix: Look for a missing comma or quote');
    expect(code).toBe(1);
  });

  it('names the section of a Control whose scope leads nowhere', async () => {
    const { folder, stdout, code } = await lintMistake('unknown-scope');
    const scope = '"scope": "#/properties/reviewDetails/properties/childDateOfBrith"';
    expect(stdout).toContain(
      `${at(folder, 'uischema.json', scope)} at /elements/0/elements/0/elements/0/elements/1/scope`,
    );
    expect(stdout).toContain('Section "About the review".');
    expect(stdout).toContain('does not lead to a property in schema.json.');
    // The field it should have reached is now asked nowhere, and lint says so with its label.
    expect(stdout).toContain('Field "Date of birth".');
    expect(stdout).toContain('has no Control in uischema.json, so nobody can fill it in.');
    expect(code).toBe(1);
  });

  it('says where a missing Welsh key belongs, with its section and English label', async () => {
    const { folder, stdout, code } = await lintMistake('missing-welsh-key');
    const english = Object.keys(JSON.parse(readFileSync(join(folder, 'i18n/en.json'), 'utf8')) as object);
    const welsh = JSON.parse(readFileSync(join(folder, 'i18n/cy.json'), 'utf8')) as Record<string, string>;
    const before = english
      .slice(0, english.indexOf('reviewDetails.dateOfPlacement.label'))
      .filter((k) => k in welsh)
      .at(-1);
    expect(stdout).toContain(`${at(folder, 'i18n/cy.json', `"${before}"`)} at /reviewDetails.dateOfPlacement.label`);
    expect(stdout).toContain('Section "About the review", field "Date of placement".');
    expect(stdout).toContain('The Welsh wording for "reviewDetails.dateOfPlacement.label" is missing.');
    expect(stdout).toContain('Fix: Add "reviewDetails.dateOfPlacement.label" to i18n/cy.json with the Welsh wording.');
    expect(code).toBe(1);
  });

  it('finds a label key that belongs to no field', async () => {
    const { folder, stdout, code } = await lintMistake('unused-english-key');
    expect(stdout).toContain(at(folder, 'i18n/en.json', '"reviewDetails.dateOfPlacment.label"'));
    expect(stdout).toContain(
      'The key "reviewDetails.dateOfPlacment.label" is not used by any field, section or option of the form.',
    );
    expect(code).toBe(1);
  });

  it('says which fields nobody may see when a section loses its audience', async () => {
    const { stdout, code } = await lintMistake('missing-audience');
    expect(stdout).toContain('Section "Keeping in touch", field "Relationship to the child".');
    expect(stdout).toContain(
      'Nobody is allowed to see this field: neither it nor any enclosing property sets an audience.',
    );
    expect(stdout).toContain('Fix: Add "x-audience": ["professionals", ...] to the field or to its section.');
    expect(stdout).not.toContain('Section "About the review"');
    expect(code).toBe(1);
  });

  it('rejects an audience the manifest does not declare', async () => {
    const { folder, stdout, code } = await lintMistake('undeclared-audience');
    const place = at(
      folder,
      'schema.json',
      '"x-audience": [\n        "professionals",\n        "adopters",\n        "child",\n        "birthFamily"',
    );
    expect(stdout).toContain(`${place} at /properties/keepingInTouch/x-audience`);
    expect(stdout).toContain('It names the audience "birthFamily", which form.json does not list.');
    expect(code).toBe(1);
  });

  it('says which fields have no hidden-data policy', async () => {
    const { stdout, code } = await lintMistake('missing-hidden-data-policy');
    expect(stdout).toContain('Section "Keeping in touch", field "Is there a plan to increase keeping in touch?".');
    expect(stdout).toContain('It does not say what happens to its answer when the field is hidden.');
    expect(code).toBe(1);
  });

  it('places an invalid value in a valid example at its line, with the field', async () => {
    const { folder, stdout, code } = await lintMistake('invalid-example');
    const place = at(folder, 'examples/valid.full.json', '"dateOfPlacement": "2024-02-30"');
    expect(stdout).toContain(`${place} at /data/reviewDetails/dateOfPlacement`);
    expect(stdout).toContain('Section "About the review", field "Date of placement".');
    expect(stdout).toContain('This valid example fails: format (must match format "date").');
    expect(code).toBe(1);
  });

  it('explains a badly written version', async () => {
    const { folder, stdout, code } = await lintMistake('bad-version');
    expect(stdout).toContain(`${at(folder, 'form.json', '"version": "2025-1"')} at /version`);
    expect(stdout).toContain('The version "2025-1" is not in the form YYYY.N.');
    expect(stdout).toContain('Fix: Use the year and a release number, e.g. "2025.1".');
    expect(code).toBe(1);
  });

  it('finds a misspelt schema keyword and names its field', async () => {
    const { folder, stdout, code } = await lintMistake('misspelt-schema-keyword');
    expect(stdout).toContain(
      `${at(folder, 'schema.json', '"maxLenght"')} at /properties/keepingInTouch/properties/changesToArrangements/maxLenght`,
    );
    expect(stdout).toContain('field "What has changed in keeping in touch"');
    expect(stdout).toContain('unknown keyword: "maxLenght"');
    expect(code).toBe(1);
  });

  it('finds a migration that reads a field the older version never had', async () => {
    const { folder, stdout, code } = await lintMistake('migration-reads-unknown-field');
    const file = 'migrations/2024.1-to-2025.1.json';
    expect(stdout).toContain(`${at(folder, file, '"from": "/reviewDetails/placementDate"')} at /operations/0/from`);
    expect(stdout).toContain('Operation 1 reads /reviewDetails/placementDate, which is not a field of version 2024.1.');
    expect(code).toBe(1);
  });

  it('finds a removed field whose answers a migration gives no place', async () => {
    const { stdout, code } = await lintMistake('migration-forgets-removed-field');
    expect(stdout).toContain('Field "Anything else".');
    expect(stdout).toContain(
      'The field /progress/otherNotes is in version 2024.1 but not in 2025.1, and this migration does not say where its answers go',
    );
    expect(stdout).toContain('or a "preserve" operation with the reason if the form no longer asks it.');
    expect(code).toBe(1);
  });

  it('rejects a split by regular expression, saying why and what to use instead', async () => {
    const { folder, stdout, code } = await lintMistake('migration-split-by-pattern');
    const file = 'migrations/2024.1-to-2025.1.json';
    expect(stdout).toContain(`${at(folder, file, '"pattern"')} at /operations/0/pattern`);
    expect(stdout).toContain('A split by regular expression is not allowed');
    expect(stdout).toContain('Split at headings instead');
    expect(code).toBe(1);
  });

  it('names a field a rule still reads after a new version removed it', async () => {
    const { folder, stdout, code } = await lintMistake('rule-reads-removed-field');
    const place = at(folder, 'rules/reviews.json', '"var": "data.reviewDetails.dateOfPlacement"');
    expect(stdout).toContain(`${place} at /rules/0/logic/or/1/is_empty/0/var`);
    expect(stdout).toContain(
      `Rule "reviews.adoption-order.after-placement" reads 'Date of placement' (data.reviewDetails.dateOfPlacement), which is no longer in the schema.`,
    );
    expect(stdout).toContain('Fix: The field was removed from the form: change the rule so that it no longer reads it');
    // The migration sets the old answers aside on purpose, so that is not a problem.
    expect(stdout).not.toContain('migrations/');
    expect(code).toBe(1);
  });

  it('reports a rule case that fails, with what differed', async () => {
    const { folder, stdout, code } = await lintMistake('rule-case-fails');
    // The case is placed at the brace that opens it: the last "{" line before its description.
    const lines = readFileSync(join(folder, 'rules/reviews.cases.json'), 'utf8').split('\n');
    const description = lines.findIndex((l) => l.includes('An order dated after the placement is accepted.'));
    const open = lines.slice(0, description).findLastIndex((l) => l.trim() === '{');
    const column = (lines[open] ?? '').indexOf('{') + 1;
    expect(stdout).toContain(`rules/reviews.cases.json:${open + 1}:${column} at /cases/1`);
    expect(stdout).toContain(
      'The case "An order dated after the placement is accepted." for rule "reviews.adoption-order.after-placement" fails:',
    );
    expect(code).toBe(1);
  });

  it('reports a rule that no case exercises', async () => {
    const { stdout, code } = await lintMistake('rule-without-cases');
    expect(stdout).toContain('The rule "reviews.adoption-order.after-placement" has no case.');
    expect(code).toBe(1);
  });

  it('prints the problems as JSON with --json', async () => {
    const folder = formWithMistake('missing-welsh-key');
    const run = await runCli(['lint', folder, '--json'], { cwd: dirname(folder) });
    const report = JSON.parse(run.stdout) as { problems: number; forms: { problems: Record<string, unknown>[] }[] };
    expect(report.problems).toBe(1);
    expect(report.forms[0]?.problems[0]).toMatchObject({
      check: 'locales',
      file: 'i18n/cy.json',
      pointer: '/reviewDetails.dateOfPlacement.label',
      section: 'About the review',
      field: 'Date of placement',
    });
    expect(report.forms[0]?.problems[0]?.line).toBeTypeOf('number');
    expect(run.code).toBe(1);
  });
});
