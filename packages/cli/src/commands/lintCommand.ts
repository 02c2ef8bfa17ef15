import { relative, resolve } from 'node:path';
import type { LintProblem } from '../lint/LintProblem';
import { type FormLint, formFoldersAt, LintTargetError, lintFormFolder } from '../lint/lintFormFolder';
import type { Terminal } from '../terminal/Terminal';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support lint FOLDER [--json]

Checks a form folder, or every form folder inside FOLDER (for example schemas/forms), and says in
plain English what is wrong and how to fix it.

It checks form.json, the schema (it must compile, and every answer must say who may see it and what
happens to it when hidden), the UI schema (every question in a section, every section named), every
language file (no missing or unused wording), the examples (valid ones pass, invalid ones fail as
their name says), the rule packs, the kept older versions and the migrations between them.

Each problem names the form, the section, the field, the file with its line and column, the place
in the file (a JSON pointer such as /properties/child/properties/dateOfBirth), and the fix.

Warnings do not block (the exit code stays 0): lint lists Welsh strings whose English changed after
they were translated (see adoption-support translations --help), and hints that state a length of
time ("Four weeks after placement") the form's rules used when it was last released but no longer use.

Options:
  --json        Print the problems as JSON, for other tools.
  --no-color    Plain output even on a terminal (also: NO_COLOR=1, or CI=true).
  -h, --help    Show this help.

Exit codes:
  0  no problems
  1  problems found (each one is printed)
  2  FOLDER is missing or is not a form folder, or the command line is wrong

Example:
  adoption-support lint schemas/forms/asp-england`;

/** Plain-English lines for one problem: where, which section and field, what, and the fix. */
export function describeProblem(problem: LintProblem, terminal: Terminal, warning = false): string[] {
  const { style } = terminal;
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const at = problem.pointer ? ` at ${problem.pointer}` : '';
  const bullet = warning
    ? style.yellow(terminal.interactive ? '!' : '- Warning:')
    : style.red(terminal.interactive ? '✗' : '-');
  const lines = [`  ${bullet} ${style.bold(where)}${style.dim(at)}`];
  const place = [
    problem.section ? `Section "${problem.section}"` : undefined,
    problem.field ? `field "${problem.field}"` : undefined,
  ].filter(Boolean);
  if (place.length > 0) lines.push(`    ${place.join(', ').replace(/^f/, 'F')}.`);
  lines.push(`    ${problem.message}`, `    ${style.cyan('Fix:')} ${problem.fix}`);
  return lines;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `adoption-support lint`: every check on one form folder or a folder of them. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check form folders and explain each problem in plain English',
  help,
  async run(args, { terminal, cwd }) {
    const { values, positionals } = parseOptions('lint', args, { json: { type: 'boolean' } });
    if (positionals.length !== 1)
      throw new UsageError('Give one folder to check, e.g. adoption-support lint schemas/forms.');
    const target = resolve(cwd, positionals[0] as string);
    let folders: string[];
    try {
      folders = await formFoldersAt(target, positionals[0]);
    } catch (error) {
      if (error instanceof LintTargetError) {
        terminal.err(`${error.message} Give a form folder (one with a form.json) or the folder holding them.`);
        return EXIT.usage;
      }
      throw error;
    }
    const results: FormLint[] = [];
    for (const [i, folder] of folders.entries()) {
      terminal.progress(`Checking ${folder.slice(folder.lastIndexOf('/') + 1)} (${i + 1} of ${folders.length})…`);
      results.push(await lintFormFolder(folder, { cwd }));
    }
    terminal.done();
    const total = results.reduce((n, r) => n + r.problems.length, 0);
    if (values.json) {
      terminal.out(
        JSON.stringify(
          { problems: total, forms: results.map((r) => ({ ...r, folder: relative(cwd, r.folder) || '.' })) },
          null,
          2,
        ),
      );
      return total > 0 ? EXIT.found : EXIT.ok;
    }
    const { style } = terminal;
    for (const result of results) {
      const name = `${result.form}${result.version ? ` ${result.version}` : ''}`;
      const warnings = result.warnings ?? [];
      const also = warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : '';
      if (result.problems.length === 0) {
        terminal.out(`${style.green(terminal.interactive ? '✓' : '-')} ${name}: no problems${also}`);
      } else {
        terminal.out(
          `${style.red(terminal.interactive ? '✗' : '-')} ${style.bold(name)}: ${plural(result.problems.length, 'problem')}${also}`,
        );
      }
      for (const problem of result.problems) {
        terminal.out();
        for (const line of describeProblem(problem, terminal)) terminal.out(line);
      }
      for (const warning of warnings) {
        terminal.out();
        for (const line of describeProblem(warning, terminal, true)) terminal.out(line);
      }
      if (result.problems.length > 0 || warnings.length > 0) terminal.out();
    }
    const failing = results.filter((r) => r.problems.length > 0).length;
    const warned = results.reduce((n, r) => n + (r.warnings?.length ?? 0), 0);
    terminal.out(
      (total === 0
        ? `Checked ${plural(results.length, 'form')}: no problems.`
        : `Checked ${plural(results.length, 'form')}: ${plural(total, 'problem')} in ${plural(failing, 'form')}.`) +
        (warned > 0 ? ` ${plural(warned, 'warning')} (warnings do not block).` : ''),
    );
    return total > 0 ? EXIT.found : EXIT.ok;
  },
};
