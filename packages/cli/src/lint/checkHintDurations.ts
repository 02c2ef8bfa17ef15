import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedFormFolder } from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import type { LintProblem } from './LintProblem';

/** The folder in which `adoption-support release` keeps the latest release as it was. */
const RELEASED_FOLDER = 'released';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** "four weeks", "28 days", "10 working days", "six-month": a length of time written in a hint. */
const PHRASE =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})[\s-]+(working[\s-]+)?(day|week|month|year)s?\b/gi;

/** A length of time in one unit, so that "4 weeks" and "28 days" are the same: `28 day`, `12 month`, `10 working day`. */
function duration(count: number, unit: string, working: boolean): string {
  const u = unit.toLowerCase();
  if (working) return `${count} working day`;
  if (u === 'week' || u === 'weeks') return `${count * 7} day`;
  if (u === 'year' || u === 'years') return `${count * 12} month`;
  return `${count} ${u.replace(/s$/, '')}`;
}

const PARAM_UNIT = /(WorkingDays|Days|Weeks|Months|Years)$/;
const LOGIC_UNITS = new Set(['days', 'weeks', 'months', 'years', 'workingDays']);

/**
 * The lengths of time a rule pack uses: parameters named for their unit (`firstReviewDays: 28`) and
 * numbers given a unit in the logic (`[..., 28, "days"]`). Walks the pack without recursion.
 */
export function ruleDurations(pack: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [pack];
  for (let seen = 0; stack.length > 0 && seen < 1_000_000; seen += 1) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const next = node[i + 1];
        if (typeof item === 'number' && typeof next === 'string' && LOGIC_UNITS.has(next)) {
          found.add(duration(item, next === 'workingDays' ? 'day' : next, next === 'workingDays'));
        }
        stack.push(item);
      });
    } else if (isJsonObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        const unit = PARAM_UNIT.exec(key)?.[1];
        if (unit && typeof value === 'number') {
          found.add(duration(value, unit.replace('Working', ''), unit.startsWith('Working')));
        }
        stack.push(value);
      }
    }
  }
  return found;
}

async function releasedDurations(folder: string): Promise<Set<string>> {
  const found = new Set<string>();
  const released = join(folder, RELEASED_FOLDER);
  if (!existsSync(released)) return found;
  for (const version of await readdir(released)) {
    const rules = join(released, version, 'rules');
    if (!existsSync(rules)) continue;
    for (const file of (await readdir(rules)).filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))) {
      try {
        for (const d of ruleDurations(JSON.parse(await readFile(join(rules, file), 'utf8')))) found.add(d);
      } catch {
        // A released file that cannot be read: the release checks say so.
      }
    }
  }
  return found;
}

/**
 * Hints that state a length of time ("Four weeks after placement") which the form's released rules
 * used but its current rules no longer do: the rule's deadline changed and the hint did not.
 * Warnings, not problems: a hint may state a time for another reason.
 */
export async function checkHintDurations(loaded: LoadedFormFolder): Promise<LintProblem[]> {
  const { definition, folder } = loaded;
  const before = await releasedDurations(folder);
  if (before.size === 0) return [];
  const now = new Set<string>();
  for (const pack of Object.values(definition.rulePacks)) for (const d of ruleDurations(pack)) now.add(d);
  const dropped = new Set([...before].filter((d) => !now.has(d)));
  if (dropped.size === 0) return [];
  const warnings: LintProblem[] = [];
  const warned = new Set<string>();
  for (const [key, text] of Object.entries(definition.locales.en ?? {})) {
    if (
      !(key.endsWith('.description') || key.endsWith('.guidance')) ||
      typeof text !== 'string' ||
      text.length > 10_000
    )
      continue;
    for (const match of text.matchAll(PHRASE)) {
      const [phrase, count, working, unit] = match as unknown as [string, string, string | undefined, string];
      const n = NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
      const stated = duration(n, unit, working !== undefined);
      if (!dropped.has(stated) || warned.has(`${key}\u0000${stated}`)) continue;
      warned.add(`${key}\u0000${stated}`);
      warnings.push({
        check: 'hints',
        form: String(definition.manifest.id),
        file: 'i18n/en.json',
        pointer: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `The hint says "${phrase}", a length of time the form's rules used when it was last released but no longer use.`,
        fix: 'If the rule behind it changed, change the hint to match (and its Welsh in i18n/cy.json).',
      });
    }
  }
  return warnings;
}
