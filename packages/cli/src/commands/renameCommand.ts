import { relative } from 'node:path';
import { KitInputError } from '@adoption-support/core';
import { formFolderArgument } from '../release/formFolderArgument';
import { renameField } from '../release/renameField';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support rename FORM FROM TO

Renames (or moves) a question everywhere the form names it, at once. FORM is a form folder or a form
id; FROM and TO are the field's place in the data, as a pointer (/child/knownAs) or with dots
(child.knownAs). Use * for every row of a list (supportItems.*.service).

It changes: schema.json (the field and its "required" entry), uischema.json, every language file's
keys (en and cy), rule packs (var paths and targets) and their cases, the examples, and the
carry-forward mappings that read or write the form. When the form has been released, it adds the
rename to the next release's migration, so saved plans' answers move too.

Then check the form with adoption-support lint, and release it with adoption-support release.

Options:
  --no-color    Plain output even on a terminal (also: NO_COLOR=1, or CI=true).
  -h, --help    Show this help.

Exit codes:
  0  renamed
  2  FORM, FROM or TO is wrong, or the command line is wrong

Example:
  adoption-support rename asp-england child.knownAs child.preferredName`;

/** `adoption-support rename`: one field renamed in every file of a form at once. */
export const renameCommand: Command = {
  name: 'rename',
  summary: 'rename a question everywhere in a form at once, and in its next migration',
  help,
  async run(args, { terminal, cwd }) {
    const { positionals } = parseOptions('rename', args, {});
    if (positionals.length !== 3)
      throw new UsageError('Give the form, the field as it is named now, and its new name.');
    const [given, from, to] = positionals as [string, string, string];
    const folder = formFolderArgument(given, cwd);
    try {
      const result = await renameField(folder, from, to);
      terminal.out(`Renamed ${result.from} to ${result.to} in ${relative(cwd, folder) || '.'}:`);
      for (const file of result.files) terminal.out(`  ${file}`);
      if (result.pending)
        terminal.out(
          `The next release's migration will ${result.pending.op} ${result.pending.from} to ${result.pending.to}.`,
        );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof KitInputError)) throw error;
      terminal.err(`${error.details.problem} ${error.details.fix}`);
      return EXIT.usage;
    }
  },
};
