import { relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formFolderArgument, takeRepeated } from '../release/formFolderArgument';
import { type Ask, parseReleaseAnswers, ReleaseNotReady, recordRelease, releaseForm } from '../release/releaseForm';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support release FORM [options]

Releases your change to a form as its next version. FORM is a form folder (schemas/forms/asp-england)
or a form id (asp-england, looked up in schemas/forms/).

Edit the form first (questions, options, rules, who sees what), check it with adoption-support lint,
then run release. It:

  1. keeps the version released last exactly as it was, in versions/<version>/;
  2. raises the version: 2026.1 becomes 2026.2, or 2027.1 in a new year;
  3. writes the migration that brings saved plans across, from what changed: renamed fields move,
     removed questions are kept aside, removed options are mapped to another option or kept aside;
  4. names the new version in the carry-forward mappings that read or write the form;
  5. records the release in released.json and released/<version>/ (lint then refuses any change to
     what the new version means without another release);
  6. adds an entry saying what changed to the "Change history" of the form's README.

When a field looks renamed, or an option saved plans may hold is gone, it asks you. Without a
terminal (in a script or CI) give the answers as options instead; it stops and lists any missing.
Only wording changed? Then there is nothing to release: wording is not part of a version.

Options:
  --rename OLD=NEW                 OLD was renamed (or moved) to NEW (repeat for each).
                                   Fields as pointers (/child/name) or dotted (child.name).
  --not-renamed OLD                OLD looks renamed but was removed: keep its answers aside.
  --removed-option FIELD:CODE=NEW  Saved answers CODE of FIELD become NEW (repeat for each).
  --removed-option FIELD:CODE=preserve
                                   Saved answers CODE of FIELD are kept aside for a person.
  --date YYYY-MM-DD                The day of the release (today by default).
  --record                         Record the form as it is as already released, without raising
                                   the version (once, for a form published before released.json).
  --no-color                       Plain output even on a terminal (also: NO_COLOR=1, or CI=true).
  -h, --help                       Show this help.

Exit codes:
  0  released (or nothing but wording changed)
  1  the release needs answers (each is listed, with the option that gives it)
  2  FORM is not a form, or the command line is wrong

Example:
  adoption-support release asp-england --removed-option /child/siblings/placement:apart=preserve`;

function releaseDay(given: string | undefined, env: Readonly<Record<string, string | undefined>>): Date {
  const text = given ?? env.ADOPTION_SUPPORT_TODAY;
  if (text === undefined) return new Date();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T12:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(day.getTime())) throw new UsageError(`--date ${text} is not a date: write it as YYYY-MM-DD.`);
  return day;
}

/** `adoption-support release`: the form's next version, its migration, mappings and change log. */
export const releaseCommand: Command = {
  name: 'release',
  summary: 'release a changed form as its next version, with its migration and change log',
  help,
  async run(args, { terminal, cwd, env }) {
    const rest = [...args];
    const renames = takeRepeated(rest, 'rename');
    const notRenamed = takeRepeated(rest, 'not-renamed');
    const removedOptions = takeRepeated(rest, 'removed-option');
    const { values, positionals } = parseOptions('release', rest, {
      date: { type: 'string' },
      record: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('Give one form: a form folder or a form id.');
    const folder = formFolderArgument(positionals[0] as string, cwd);
    const shown = relative(cwd, folder) || '.';
    const today = releaseDay(values.date, env);
    try {
      if (values.record) {
        const result = await recordRelease(folder);
        terminal.out(`Recorded ${result.form} ${result.from} as released (${shown}/released.json).`);
        return EXIT.ok;
      }
      const answers = parseReleaseAnswers(renames, notRenamed, removedOptions);
      const prompt =
        terminal.interactive && process.stdin.isTTY
          ? createInterface({ input: process.stdin, output: process.stdout })
          : undefined;
      const ask: Ask | undefined = prompt ? (q) => prompt.question(`${q.text} `) : undefined;
      const result = await releaseForm(folder, { today, answers, ...(ask ? { ask } : {}) }).finally(() =>
        prompt?.close(),
      );
      if (!result.to) {
        terminal.out(
          `Nothing to release: ${result.form} ${result.from} means what was released (wording may change freely).`,
        );
        return EXIT.ok;
      }
      terminal.out(terminal.style.bold(`Released ${result.form} ${result.to} (was ${result.from}).`));
      terminal.out('');
      terminal.out("What changed (added to the README's change history):");
      for (const sentence of result.sentences) terminal.out(`  - ${sentence}`);
      terminal.out('');
      terminal.out('Files written:');
      for (const file of result.files) terminal.out(`  ${file}`);
      terminal.out('');
      terminal.out(`Next: read migrations/${result.migration}.json, then run adoption-support lint ${shown}`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof ReleaseNotReady)) throw error;
      terminal.err(error.message);
      for (const q of error.questions) {
        terminal.err(`  - ${q.text}`);
        terminal.err(`    Answer with: ${q.flag}`);
      }
      return error.questions.length > 0 ? EXIT.found : EXIT.usage;
    }
  },
};
