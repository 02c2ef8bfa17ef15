import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareVersions, planMigrations } from '@adoption-support/core';
import { diffForms, type FormChange, type FormDiff } from '../diff/diffForms';
import { loadFormSnapshot, owningFormFolder } from '../diff/loadFormSnapshot';
import { loadFormHistory } from '../migrate/loadFormHistory';
import type { Terminal } from '../terminal/Terminal';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const help = `Usage: adoption-support diff OLD NEW [--json]

Says what changed between two versions of a form, field by field, and whether each change is
breaking or compatible.

OLD and NEW are form folders. An older version kept inside a form folder is one too, for example:

  adoption-support diff schemas/forms/asp-england/versions/2025.1 schemas/forms/asp-england

It reports fields added, removed, renamed, moved, split and merged; fields made required or no
longer required; options added, removed or renamed; changes of answer type and of limits (longest
answer, smallest value...); and changes of who may see a field, of what happens to it when hidden,
and of its wording. Renames and splits come from the migrations between the two versions; without
one, a field that vanished and one that appeared looking the same are reported as a likely rename.

  breaking    a document saved with OLD may not fit NEW: a field removed, renamed, moved, split or
              merged, a new required field, an option removed, a type changed, a limit tightened.
              Saved documents need a migration (adoption-support migrate --help).
  compatible  every document saved with OLD still fits NEW: an optional field or an option added,
              a limit relaxed, a field no longer required, new wording.

Options:
  --json        Print the changes as JSON, for other tools.
  --no-color    Plain output even on a terminal (also: NO_COLOR=1, or CI=true).
  -h, --help    Show this help.

Exit codes:
  0  no breaking changes (or no changes)
  1  at least one breaking change
  2  OLD or NEW is missing or unreadable, or the command line is wrong`;

const KIND_WORDS: Record<FormChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  moved: 'Moved',
  split: 'Split',
  merged: 'Merged',
  'made-required': 'Now required',
  'no-longer-required': 'No longer required',
  'options-added': 'Options added',
  'options-removed': 'Options removed',
  'options-remapped': 'Options renamed',
  'type-changed': 'Type changed',
  tightened: 'Limits tightened',
  relaxed: 'Limits relaxed',
  'audience-changed': 'Audience changed',
  'hidden-data-changed': 'Hidden-data policy changed',
  'wording-changed': 'Wording changed',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The change report as lines for a person. */
export function describeDiff(diff: FormDiff, terminal: Terminal): string[] {
  const { style } = terminal;
  const lines = [
    `${style.bold(`${diff.form} ${diff.from} → ${diff.to}`)}: ${plural(diff.breaking, 'breaking change')}, ${plural(diff.compatible, 'compatible change')}`,
  ];
  if (diff.migrations.length > 0) lines.push(`Migrations between them: ${diff.migrations.join(', ')}`);
  if (diff.changes.length === 0) {
    lines.push('', 'No changes to the fields.');
    return lines;
  }
  for (const impact of ['breaking', 'compatible'] as const) {
    const group = diff.changes.filter((c) => c.impact === impact);
    if (group.length === 0) continue;
    lines.push(
      '',
      impact === 'breaking'
        ? style.red(style.bold('Breaking: saved documents need a migration'))
        : style.green(style.bold('Compatible: saved documents still fit')),
    );
    for (const c of group) {
      const name = c.field ? `"${c.field}"` : c.pointer;
      const section = c.section ? ` in "${c.section}"` : '';
      const bullet = terminal.interactive ? (impact === 'breaking' ? style.red('✗') : style.green('✓')) : '-';
      lines.push(`  ${bullet} ${style.bold(KIND_WORDS[c.kind])}: ${name}${section}  ${style.dim(c.pointer)}`);
      lines.push(`    ${c.detail}`);
      if (c.to && c.kind !== 'renamed' && c.kind !== 'moved')
        lines.push(`    ${c.from ?? c.pointer} → ${c.to.join(', ')}`);
      if (impact === 'breaking') lines.push(`    ${migrationNote(c, style)}`);
    }
  }
  return lines;
}

/**
 * Whether a breaking change needs a migration step. A new required question does not: as the migration
 * format says, saved documents leave it empty and show as not yet complete until a person answers it.
 */
function migrationNote(c: FormChange, style: Terminal['style']): string {
  if (c.handledBy) return style.green(`Handled by migration ${c.handledBy}.`);
  if (c.kind === 'added' || c.kind === 'made-required') {
    return 'No migration step needed: saved documents leave it empty and show it as still to answer. Add a "setDefault" step only if one answer is true for every saved document.';
  }
  return style.yellow('No migration handles this yet.');
}

/** `adoption-support diff`: the change report between two versions of a form. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'report what changed between two versions of a form, breaking or compatible',
  help,
  async run(args, { terminal, cwd }) {
    const { values, positionals } = parseOptions('diff', args, { json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError('Give two form folders: the older version, then the newer one.');
    const [oldFolder, newFolder] = positionals.map((p) => resolve(cwd, p)) as [string, string];
    for (const [given, folder] of [
      [positionals[0], oldFolder],
      [positionals[1], newFolder],
    ] as const) {
      if (!existsSync(join(folder, 'form.json'))) {
        terminal.err(`${given} is not a form folder (it has no form.json).`);
        return EXIT.usage;
      }
    }
    const older = await loadFormSnapshot(oldFolder);
    const newer = await loadFormSnapshot(newFolder);
    if (older.form !== newer.form) {
      terminal.err(
        `These are two different forms (${older.form} and ${newer.form}): diff compares two versions of one form.`,
      );
      return EXIT.usage;
    }
    const history = await loadFormHistory(owningFormFolder(newFolder)).catch(() => undefined);
    const chain =
      history && compareVersions(older.version, newer.version) < 0
        ? (planMigrations(history.migrations, older.version, newer.version) ?? [])
        : [];
    const diff = diffForms(older, newer, chain);
    if (values.json) {
      terminal.out(JSON.stringify(diff, null, 2));
    } else {
      for (const line of describeDiff(diff, terminal)) terminal.out(line);
      if (diff.breaking > 0 && older.version === newer.version) {
        terminal.out('');
        terminal.out(
          terminal.style.yellow(
            `Both folders say version ${newer.version}. Breaking changes need a new version: bump "version" in form.json and keep the old one in versions/.`,
          ),
        );
      }
    }
    return diff.breaking > 0 ? EXIT.found : EXIT.ok;
  },
};
