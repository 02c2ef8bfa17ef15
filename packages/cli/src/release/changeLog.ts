import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { KitInputError, type MigrationOperation, parsePointer } from '@adoption-support/core';
import type { FormChange } from '../diff/diffForms';
import { canonicalJson, type FormMeaning } from './formMeaning';
import { renameInUiSchema } from './renameInSchema';
import { movePointersAndVars } from './renamePaths';

/**
 * The version after `current` on the day `today`: the next number in the same year (2026.1 → 2026.2),
 * or the year's first (2026.3 → 2027.1). Never goes back: a version from a later year is raised too.
 */
export function nextVersion(current: string, today: Date): string {
  const match = /^(\d{4})\.(\d+)$/.exec(current);
  if (!match || Number.isNaN(today.getTime())) {
    throw new KitInputError({
      function: 'nextVersion',
      pointer: '',
      argument: match ? 'today' : 'current',
      problem: match ? 'The date is not a real date.' : `"${current}" is not a version like 2026.1.`,
      fix: match ? 'Pass the date of the release.' : 'Set "version" in form.json to YEAR.NUMBER, e.g. 2026.1.',
    });
  }
  const year = today.getUTCFullYear();
  const currentYear = Number(match[1]);
  return year > currentYear ? `${year}.1` : `${currentYear}.${Number(match[2]) + 1}`;
}

const name = (c: FormChange) => (c.field ? `"${c.field}"` : c.pointer);

/** One sentence for a person about one change between two versions. */
export function describeChange(c: FormChange): string | undefined {
  switch (c.kind) {
    case 'added':
      return `New question ${name(c)}${c.section ? ` in "${c.section}"` : ''}${c.impact === 'breaking' ? ', which must be answered' : ''}.`;
    case 'removed':
      return `The question ${name(c)} is no longer asked; saved answers to it are kept aside.`;
    case 'renamed':
    case 'moved':
      return `${name(c)} now lives at ${c.pointer} (was ${c.from}); saved answers move with it.`;
    case 'made-required':
      return `${name(c)} must now be answered.`;
    case 'no-longer-required':
      return `${name(c)} no longer has to be answered.`;
    case 'options-removed':
    case 'options-remapped':
      return `${name(c)}: ${c.detail.replace(/ Saved answers with them will not be valid\.$/, '')}`;
    case 'options-added':
    case 'tightened':
    case 'relaxed':
    case 'type-changed':
    case 'split':
    case 'merged':
      return `${name(c)}: ${c.detail}`;
    case 'audience-changed':
      return `${name(c)}: ${c.detail.replace(/ Check that this is meant\.$/, '')}`;
    default:
      return undefined;
  }
}

/** Sentences about rule packs and readers whose meaning changed (rule ids and what changed in them). */
export function describeMeaningChanges(
  before: FormMeaning,
  after: FormMeaning,
  operations: readonly MigrationOperation[] = [],
): string[] {
  const lines: string[] = [];
  const audiences = (m: FormMeaning) => (Array.isArray(m.manifest.audiences) ? m.manifest.audiences.map(String) : []);
  const gone = audiences(before).filter((a) => !audiences(after).includes(a));
  const added = audiences(after).filter((a) => !audiences(before).includes(a));
  if (gone.length > 0) lines.push(`The form is no longer shown to ${gone.join(', ')}.`);
  if (added.length > 0) lines.push(`The form is now shown to ${added.join(', ')}.`);
  const rulesOf = (m: FormMeaning) => {
    const byId = new Map<string, unknown>();
    for (const pack of Object.values(m.rules)) {
      const rules = pack && typeof pack === 'object' && 'rules' in pack ? (pack as { rules: unknown }).rules : [];
      for (const rule of Array.isArray(rules) ? rules : []) {
        if (rule && typeof rule === 'object' && typeof (rule as { id?: unknown }).id === 'string')
          byId.set((rule as { id: string }).id, rule);
      }
    }
    return byId;
  };
  // Rules naming a renamed field follow it: only a rule changed beyond that is news.
  const moves = operations.flatMap((op) =>
    op.op === 'rename' || op.op === 'move' ? [{ from: parsePointer(op.from), to: parsePointer(op.to) }] : [],
  );
  const beforeRules = structuredClone(before.rules);
  for (const move of moves) movePointersAndVars(beforeRules, move);
  const old = rulesOf({ ...before, rules: beforeRules });
  const now = rulesOf(after);
  for (const [id, rule] of now) {
    const was = old.get(id);
    if (!was) lines.push(`New rule ${id}.`);
    else if (canonicalJson(was) !== canonicalJson(rule)) {
      const params = (r: unknown) =>
        ((r as { params?: Record<string, unknown> }).params ?? {}) as Record<string, unknown>;
      const changed = Object.keys({ ...params(was), ...params(rule) }).filter(
        (k) => canonicalJson(params(was)[k]) !== canonicalJson(params(rule)[k]),
      );
      lines.push(
        changed.length > 0
          ? `Rule ${id}: ${changed.map((k) => `${k} ${canonicalJson(params(was)[k] ?? null)} → ${canonicalJson(params(rule)[k] ?? null)}`).join(', ')}.`
          : `Rule ${id} works differently.`,
      );
    }
  }
  for (const id of old.keys()) if (!now.has(id)) lines.push(`Rule ${id} is removed.`);
  // Scopes of renamed fields follow them: only a layout changed beyond that is news.
  const layout = structuredClone(before.uischema);
  for (const move of moves) renameInUiSchema(layout, move);
  if (canonicalJson(layout) !== canonicalJson(after.uischema)) lines.push('The layout of the form changed.');
  return lines;
}

/**
 * Adds a version's entry to the "Change history" of a form's README: a row at the top of its table,
 * or a line at the top of its list. Adds the section when the README has none.
 */
export async function addChangeLogEntry(readme: string, version: string, sentences: readonly string[]): Promise<void> {
  const text = sentences.join(' ') || 'No change to the questions.';
  const current = existsSync(readme) ? await readFile(readme, 'utf8') : '';
  const lines = current.split('\n');
  const heading = lines.findIndex((l) => /^##\s+Change (history|log)\s*$/i.test(l));
  if (heading < 0) {
    const section = `## Change history\n\n- **${version}:** ${text}\n`;
    await writeFile(readme, current.length > 0 ? `${current.replace(/\n*$/, '\n\n')}${section}` : section);
    return;
  }
  let first = heading + 1;
  while (first < lines.length && (lines[first] as string).trim() === '') first += 1;
  const line = lines[first] ?? '';
  if (line.startsWith('|') && (lines[first + 1] ?? '').startsWith('|')) {
    lines.splice(first + 2, 0, `| ${version} | ${text.replace(/\|/g, '\\|')} |`);
  } else {
    const bold = /^\s*-\s+\*\*/.test(line);
    lines.splice(first, 0, bold ? `- **${version}:** ${text}` : `- ${version}: ${text}`);
  }
  await writeFile(readme, lines.join('\n'));
}
