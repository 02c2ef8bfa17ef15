import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadFormFolder } from '@adoption-support/core/node';
import type { Terminal } from '../terminal/Terminal';
import { exportTranslations } from '../translations/exportTranslations';
import { NoTranslationError } from '../translations/formStrings';
import { importTranslations } from '../translations/importTranslations';
import { LARGEST_FILE, TranslationFileError } from '../translations/xliff';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support translations export FOLDER [--out FILE]
       adoption-support translations import FOLDER FILE

The Welsh round trip with a translator. "export" writes an XLIFF 2.0 file, which translation tools
(Trados Studio, memoQ, Phrase, OmegaT and others) open: every English string of the form in FOLDER,
its current Welsh, and its state:
  new              there is no Welsh yet
  English changed  the English changed after the Welsh was translated (the old Welsh is there to revise)
  final            the Welsh is a translation of the current English

"import" reads the file the translator sends back, checks it and writes i18n/cy.json. It refuses a file
with a key the form does not have, a key missing or without Welsh, or Welsh whose {placeholders} differ
from the English, and then changes nothing. It records in translations.json which English each Welsh
string was translated from, so that lint can warn when the English changes later.

Options:
  --out FILE    where export writes the file (default: FORM.cy.xlf in the current folder)
  --no-color    plain output even on a terminal (also: NO_COLOR=1, or CI=true)
  -h, --help    show this help

Exit codes:
  0  the file was written, or the Welsh was imported
  1  import refused the file (each reason is printed); nothing was changed
  2  FOLDER is not a form folder, the form has no Welsh, FILE cannot be read, or the command line is wrong

Examples:
  adoption-support translations export schemas/forms/asp-wales
  adoption-support translations import schemas/forms/asp-wales asp-wales.cy.xlf`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function runExport(folder: string, out: string | undefined, cwd: string, terminal: Terminal): Promise<number> {
  const loaded = await loadFormFolder(folder);
  const { xliff, counts } = await exportTranslations(loaded);
  const path = resolve(cwd, out ?? `${String(loaded.definition.manifest.id)}.cy.xlf`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, xliff);
  const total = counts.new + counts['english-changed'] + counts.final;
  terminal.out(
    `Wrote ${plural(total, 'string')} of ${String(loaded.definition.manifest.id)} to ${relative(cwd, path)}:`,
  );
  terminal.out(
    `  ${counts.new} new, ${counts['english-changed']} whose English changed since translated, ${counts.final} final.`,
  );
  terminal.out('Send it to the translator; when it comes back, run adoption-support translations import.');
  return EXIT.ok;
}

async function runImport(folder: string, file: string, shownAs: string, terminal: Terminal): Promise<number> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    terminal.err(`There is no file at ${shownAs}.`);
    return EXIT.usage;
  }
  if (info.size > LARGEST_FILE) {
    terminal.err(`${shownAs} is too large to be a translation of one form.`);
    return EXIT.usage;
  }
  const loaded = await loadFormFolder(folder);
  const form = String(loaded.definition.manifest.id);
  let result: Awaited<ReturnType<typeof importTranslations>>;
  try {
    result = await importTranslations(loaded, await readFile(file, 'utf8'));
  } catch (error) {
    if (!(error instanceof TranslationFileError)) throw error;
    terminal.err(`${shownAs} was not imported: ${error.message}`);
    return EXIT.found;
  }
  if (result.refused.length > 0) {
    terminal.err(
      `${shownAs} was not imported into ${form}; nothing was changed. ${plural(result.refused.length, 'reason')}:`,
    );
    for (const reason of result.refused) terminal.err(`  - ${reason}`);
    return EXIT.found;
  }
  terminal.out(
    `Imported ${plural(result.written, 'Welsh string')} into ${form}: ${result.changed.length} changed. i18n/cy.json and translations.json were written.`,
  );
  if (result.outdated.length > 0) {
    terminal.out(
      `${plural(result.outdated.length, 'string was', 'strings were')} translated from English that has changed since the file was exported (${result.outdated.slice(0, 5).join(', ')}${result.outdated.length > 5 ? ', ...' : ''}); lint lists them until they are translated again.`,
    );
  }
  return EXIT.ok;
}

/** `adoption-support translations`: export the strings for a translator, and import the Welsh back. */
export const translationsCommand: Command = {
  name: 'translations',
  summary: 'export the Welsh for a translator (XLIFF) and import it back into i18n/cy.json',
  help,
  async run(args, { terminal, cwd }) {
    const { values, positionals } = parseOptions('translations', args, { out: { type: 'string' } });
    const [action, given, file] = positionals;
    if (action !== 'export' && action !== 'import') {
      throw new UsageError(
        'Say "export" or "import", e.g. adoption-support translations export schemas/forms/asp-wales.',
      );
    }
    const expected = action === 'export' ? 2 : 3;
    if (given === undefined || positionals.length !== expected) {
      throw new UsageError(
        action === 'export'
          ? 'Give one form folder, e.g. adoption-support translations export schemas/forms/asp-wales.'
          : 'Give the form folder and the translated file, e.g. adoption-support translations import schemas/forms/asp-wales asp-wales.cy.xlf.',
      );
    }
    if (action === 'import' && values.out !== undefined) throw new UsageError('--out is for export only.');
    const folder = resolve(cwd, given);
    if (!existsSync(join(folder, 'form.json'))) {
      terminal.err(`${given} is not a form folder (it has no form.json).`);
      return EXIT.usage;
    }
    try {
      return action === 'export'
        ? await runExport(folder, values.out, cwd, terminal)
        : await runImport(folder, resolve(cwd, file as string), file as string, terminal);
    } catch (error) {
      if (!(error instanceof NoTranslationError)) throw error;
      terminal.err(error.message);
      return EXIT.usage;
    }
  },
};
