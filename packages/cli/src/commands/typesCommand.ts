import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadFormSnapshot } from '../diff/loadFormSnapshot';
import { lintFormFolder } from '../lint/lintFormFolder';
import { generateTypes } from '../types/generateTypes';
import { type Command, EXIT, UsageError } from './Command';
import { describeProblem } from './lintCommand';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support types FOLDER [--out FILE]

Writes TypeScript types for the data of the form in FOLDER, for developers whose code reads or
writes saved documents: one interface for the form's data (asp-england gives AspEnglandData) and
one for each shared definition it uses (Person, SupportItem, IsoDate...).

Options:
  --out FILE    write the types to FILE (default: print them)
  --no-color    plain output even on a terminal (also: NO_COLOR=1, or CI=true)
  -h, --help    show this help

Exit codes:
  0  the types were written
  1  the form's schema has problems, so no types were written (they are listed, as lint shows them)
  2  FOLDER is not a form folder, or the command line is wrong

Example:
  adoption-support types schemas/forms/asp-england --out src/asp-england.ts`;

/** `adoption-support types`: TypeScript types for a form's data. */
export const typesCommand: Command = {
  name: 'types',
  summary: "write TypeScript types for a form's data",
  help,
  async run(args, { terminal, cwd }) {
    const { values, positionals } = parseOptions('types', args, { out: { type: 'string' } });
    if (positionals.length !== 1)
      throw new UsageError('Give one form folder, e.g. adoption-support types schemas/forms/asp-england.');
    const folder = resolve(cwd, positionals[0] as string);
    if (!existsSync(join(folder, 'form.json'))) {
      terminal.err(`${positionals[0]} is not a form folder (it has no form.json).`);
      return EXIT.usage;
    }
    const lint = await lintFormFolder(folder);
    const blocking = lint.problems.filter((p) => p.check === 'schema' || p.check === 'files');
    if (blocking.length > 0) {
      terminal.err(`The schema of ${lint.form} has problems, so no types were written:`);
      for (const problem of blocking) for (const line of describeProblem(problem, terminal)) terminal.err(line);
      return EXIT.found;
    }
    const snapshot = await loadFormSnapshot(folder);
    const text = await generateTypes(snapshot.form, snapshot.version, snapshot.schema);
    if (values.out === undefined) {
      terminal.out(text.trimEnd());
      return EXIT.ok;
    }
    const out = resolve(cwd, values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
    terminal.err(`Wrote the types of ${snapshot.form} ${snapshot.version} to ${relative(cwd, out)}.`);
    return EXIT.ok;
  },
};
