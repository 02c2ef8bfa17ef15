import { checkOperation, type Fault, type MigrationFileProblem } from './checkOperation';
import { isJsonObject } from './documentPaths';
import type { Migration, MigrationOperation } from './Migration';
import { cloneData, describeValue, refuse, tooDeepAt } from './MigrationError';

const VERSION = /^\d{4}\.\d{1,6}$/;
const NAME = /^(\d{4}\.\d{1,6})-to-(\d{4}\.\d{1,6})$/;
/** Deepest nesting a migration file may have (its `setDefault` values included). */
const MAX_MIGRATION_DEPTH = 64;

/** True for a version written `YYYY.N`, e.g. `2026.1`. */
export const isVersion = (value: unknown): value is string => typeof value === 'string' && VERSION.test(value);

/**
 * Compares two `YYYY.N` versions: negative when `a` is older, 0 when equal, positive when newer.
 * Usable as a sort comparator. Throws a KitInputError when either is not a version.
 */
export function compareVersions(a: string, b: string): number {
  for (const [argument, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (!isVersion(value)) {
      refuse(
        'compareVersions',
        argument,
        '',
        `${describeValue(value)} is not a version.`,
        'Pass versions written YYYY.N, e.g. "2026.1".',
      );
    }
  }
  const [ay = 0, an = 0] = a.split('.').map(Number);
  const [by = 0, bn = 0] = b.split('.').map(Number);
  return ay - by || an - bn;
}

/**
 * Checks the parts of a migration every function relies on: versions, operations, nesting. Used by
 * {@link parseMigration} for files and by `applyMigration` for migrations built in code. `named` holds
 * the versions a file name gives, to check they agree.
 */
export function migrationProblems(raw: Record<string, unknown>, fault: Fault, named?: readonly string[]): void {
  const deep = tooDeepAt(raw, MAX_MIGRATION_DEPTH);
  if (deep !== undefined) {
    fault(deep, `The migration nests deeper than ${MAX_MIGRATION_DEPTH} levels.`, 'Flatten the value written here.');
    return;
  }
  for (const [i, key] of (['from', 'to'] as const).entries()) {
    const value = raw[key];
    const expected = named?.[i];
    if (!isVersion(value)) {
      fault(`/${key}`, `"${key}" must be a version like "2025.1".`, `Set "${key}" to the version, in the form YYYY.N.`);
    } else if (expected !== undefined && value !== expected) {
      fault(
        `/${key}`,
        `"${key}" is "${value}" but the file name says ${expected}.`,
        'Make the file name and the versions inside it agree.',
      );
    }
  }
  if (named && isVersion(raw.from) && isVersion(raw.to) && compareVersions(raw.from, raw.to) >= 0) {
    fault(
      '/to',
      `A migration must go forward, but ${raw.to} is not newer than ${raw.from}.`,
      'Swap or correct the versions.',
    );
  }
  if (raw.description !== undefined && typeof raw.description !== 'string') {
    fault('/description', 'The description must be text.', 'Say in a sentence or two what changed.');
  }
  const operations = Array.isArray(raw.operations) ? raw.operations : undefined;
  if (!operations) {
    fault('/operations', 'There is no "operations" list.', 'Add "operations": [ ... ] with one entry per change.');
  }
  for (const [i, op] of (operations ?? []).entries()) checkOperation(op, `/operations/${i}`, fault);
}

/**
 * Reads a migration file's content (any JSON value), reporting every fault in plain English with its
 * place in the file. Returns the migration only when it has no faults. `name` is the file name without
 * `.json` (`2025.1-to-2026.1`) and `form` the form it belongs to. Throws a KitInputError only when
 * `name` or `form` is not text.
 */
export function parseMigration(
  raw: unknown,
  name: string,
  form: string,
): { migration?: Migration; problems: MigrationFileProblem[] } {
  if (typeof name !== 'string') {
    refuse('parseMigration', 'name', '', 'The migration file name must be text.', 'Pass the file name without .json.');
  }
  if (typeof form !== 'string') {
    refuse('parseMigration', 'form', '', 'The form id must be text.', 'Pass the id of the form the file belongs to.');
  }
  const problems: MigrationFileProblem[] = [];
  const fault: Fault = (pointer, message, fix) => problems.push({ pointer, message, fix });
  if (!isJsonObject(raw)) {
    fault(
      '',
      'A migration file must hold a JSON object.',
      'Start from the example in docs/reference/migration-format.md.',
    );
    return { problems };
  }
  const named = NAME.exec(name);
  if (!named) {
    fault(
      '',
      `The file name "${name.slice(0, 60)}.json" does not say which versions it joins.`,
      'Name it <from>-to-<to>.json, e.g. 2025.1-to-2026.1.json.',
    );
  }
  if (raw.form !== form) {
    fault(
      '/form',
      `The migration is for ${describeValue(raw.form)}, not ${form.slice(0, 60)}.`,
      `Set "form": "${form.slice(0, 60)}".`,
    );
  }
  migrationProblems(raw, fault, named ? [named[1] as string, named[2] as string] : []);
  if (problems.length > 0) return { problems };
  return {
    migration: {
      name,
      form,
      from: raw.from as string,
      to: raw.to as string,
      ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      operations: cloneData(raw.operations, 'parseMigration', 'raw') as MigrationOperation[],
    },
    problems,
  };
}

export type { MigrationFileProblem } from './checkOperation';
