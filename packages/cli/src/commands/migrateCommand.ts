import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { MigrationEvent } from '@adoption-support/core';
import { describeSummary } from '../migrate/archive/describeSummary';
import type { DocumentOutcome } from '../migrate/archive/documentMigrator';
import { type ArchiveSummary, migrateArchive } from '../migrate/archive/migrateArchive';
import { createProgressReporter } from '../migrate/archive/progressBar';
import { WorkerFailure } from '../migrate/archive/workerPool';
import type { Terminal } from '../terminal/Terminal';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support migrate DOCUMENT|FOLDER (--out FOLDER | --in-place | --dry-run)
                                [--forms FOLDER] [--to VERSION] [--workers N] [--quiet] [--json]

Brings saved documents (plans, reviews, assessments) to the current version of their form, so they
can be opened with the new form. A saved document is a JSON file holding
{"form": "asp-england", "version": "2025.1", "data": {...}}; a FOLDER is searched, with its
subfolders, for .json documents. A folder of any size is read as it goes, never all at once, and its
documents are migrated on every core of the machine; on a terminal a progress bar shows how far the
run has come and about how long is left.

Each document goes through the form's migrations in turn (2025.1 to 2026.1, then 2026.1 to
2026.2...). Nothing is ever dropped: an answer the new version has no place for is kept in the
document's "preserved" list, with where it was and why, and the report names it. The report never
shows the answers themselves. A document that cannot be migrated is never written: the report names
it and says why, and the summary counts each reason.

Choose what happens to the results:
  --out FOLDER     write the migrated documents there, keeping subfolders (the originals stay)
  --in-place       replace each document with its migrated version
  --dry-run        write nothing; only report what would happen

Options:
  --forms FOLDER   where the form folders are (default: schemas/forms, when it exists here)
  --to VERSION     bring documents to this version instead of the current one
  --workers N      migrate on N worker threads (default: one per core)
  --quiet          list only the documents that could not be migrated, then the summary
  --json           print the report as JSON, for other tools
  --no-color       plain output even on a terminal (also: NO_COLOR=1, or CI=true)
  -h, --help       show this help

Exit codes:
  0  every document was migrated (or was already current), complete, with nothing set aside
  1  every document was migrated, but some need a person: answers were set aside in "preserved",
     or the migrated document is not yet complete for the new version (the report says which)
  2  the command line is wrong, or the document, folder or forms folder cannot be read
  3  some documents could not be migrated (not JSON, not a saved document, unknown form or
     version, no chain of migrations): they were left as they were, and the report says why
  130  stopped with Ctrl-C: the documents reported were finished; the rest were not touched

Example:
  adoption-support migrate saved-plans --out migrated-plans`;

/** The exit code of a run stopped with Ctrl-C, as shells report one. */
const STOPPED = 130;

const VERBS: Record<MigrationEvent['op'], string> = {
  rename: 'renamed',
  move: 'moved',
  split: 'split',
  merge: 'merged',
  remapOptions: 'changed option codes at',
  setDefault: 'gave a default to',
  preserve: 'set aside',
  code: 'ran',
  'removed-field': 'set aside',
};

/** One line for something a migration did. */
function describeEvent(event: MigrationEvent): string {
  if (event.outcome === 'ran') return `ran code: ${event.detail}`;
  if (event.outcome === 'defaulted') return `gave ${event.to?.join(', ')} its default`;
  if (event.outcome === 'split')
    return `split ${event.from} into ${event.to?.join(', ')}${event.detail.startsWith('split;') ? ` (${event.detail.slice(7)})` : ''}`;
  if (event.outcome === 'merged') return `merged ${event.from} into ${event.to?.join(', ')}`;
  if (event.outcome === 'remapped') return `${VERBS.remapOptions} ${event.from}`;
  return `${VERBS[event.op]} ${event.from} → ${event.to?.join(', ')}`;
}

/** The report lines for one document. */
export function describeOutcome(outcome: DocumentOutcome, terminal: Terminal): string[] {
  const { style } = terminal;
  const mark = (symbol: string, plain: string) => (terminal.interactive ? symbol : plain);
  // A file name can hold control characters; shown escaped, they cannot drive the terminal.
  const name = outcome.file.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (outcome.status === 'failed') {
    return [`${style.red(mark('✗', '-'))} ${style.bold(name)}: not migrated. ${outcome.message ?? ''}`];
  }
  if (outcome.status === 'current') {
    return [
      `${style.green(mark('✓', '-'))} ${style.bold(name)}: already at ${outcome.form} ${outcome.to}.${outcome.written ? ` Copied to ${outcome.written}.` : ''}`,
    ];
  }
  const attention = outcome.preserved.length > 0 || outcome.incomplete.length > 0;
  const lines = [
    `${attention ? style.yellow(mark('!', '-')) : style.green(mark('✓', '-'))} ${style.bold(name)}: ${outcome.form} ${outcome.from} → ${outcome.to} (${outcome.applied.join(', ')})`,
  ];
  for (const event of outcome.events.filter((e) => e.outcome !== 'preserved'))
    lines.push(`    ${describeEvent(event)}`);
  for (const kept of outcome.preserved) {
    lines.push(`    ${style.yellow('kept aside')} ${kept.from}: ${kept.reason}`);
  }
  for (const error of outcome.incomplete) {
    const stop = /[.?!]$/.test(error.message) ? '' : '.';
    lines.push(`    ${style.yellow('not complete')} ${error.pointer} ("${error.field}"): ${error.message}${stop}`);
  }
  lines.push(`    ${outcome.written ? `written to ${outcome.written}` : 'not written (dry run)'}`);
  return lines;
}

/** `adoption-support migrate`: saved documents to the current version of their form. */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'bring saved documents to the current version of their form, losing nothing',
  help,
  async run(args, { terminal, cwd, signal }) {
    const { values, positionals } = parseOptions('migrate', args, {
      forms: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      'in-place': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      workers: { type: 'string' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('Give one saved document, or one folder of them.');
    const modes = [values.out !== undefined, values['in-place'] === true, values['dry-run'] === true].filter(Boolean);
    if (modes.length !== 1) {
      throw new UsageError('Say what to do with the results: --out FOLDER, --in-place, or --dry-run (exactly one).');
    }
    if (values.to !== undefined && !/^\d{4}\.\d+$/.test(values.to)) {
      throw new UsageError(`--to "${values.to}" is not a version like 2026.1.`);
    }
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
      throw new UsageError(`--workers "${values.workers}" is not a number of workers from 1 to 256.`);
    }
    const input = resolve(cwd, positionals[0] as string);
    if (!existsSync(input)) {
      terminal.err(`There is no document or folder at ${positionals[0]}.`);
      return EXIT.usage;
    }
    const formsDir = resolve(cwd, values.forms ?? join('schemas', 'forms'));
    if (!existsSync(formsDir)) {
      terminal.err(
        values.forms
          ? `There is no forms folder at ${values.forms}.`
          : 'There is no schemas/forms folder here: say where the form folders are with --forms FOLDER.',
      );
      return EXIT.usage;
    }
    const dryRun = values['dry-run'] === true;
    const json = values.json === true;
    let listed = 0;
    if (json) terminal.out('{\n  "documents": [');
    let summary: ArchiveSummary;
    try {
      summary = await migrateArchive({
        signal,
        input,
        formsDir,
        cwd,
        ...(values.to ? { to: values.to } : {}),
        ...(values.out ? { outDir: resolve(cwd, values.out) } : {}),
        ...(values['in-place'] ? { inPlace: true } : {}),
        ...(workers !== undefined ? { workers } : {}),
        onOutcome(outcome) {
          if (json) terminal.out(`    ${listed++ > 0 ? ',' : ''}${JSON.stringify(outcome)}`);
          else if (!values.quiet || outcome.status === 'failed') {
            for (const line of describeOutcome(outcome, terminal)) terminal.out(line);
          }
        },
        onProgress: createProgressReporter(terminal),
      });
    } catch (error) {
      // A folder of the archive that cannot be read, or a worker that could not go on: say so plainly.
      terminal.done();
      const { code, path } = error as NodeJS.ErrnoException;
      if (error instanceof WorkerFailure) terminal.err(error.message);
      else if (code && path) terminal.err(`The run stopped: ${relative(cwd, path) || '.'} cannot be read (${code}).`);
      else throw error;
      return EXIT.usage;
    }
    terminal.done();
    if (json) {
      const { documents: _, ...counts } = summary;
      terminal.out(`  ],\n${JSON.stringify(counts, null, 2).slice(2)}`);
    } else {
      terminal.out();
      for (const line of describeSummary(summary, dryRun)) terminal.out(line);
    }
    if (summary.stopped) return STOPPED;
    if (summary.failed > 0) return EXIT.notMigrated;
    return summary.needAttention > 0 ? EXIT.found : EXIT.ok;
  },
};
