import { isJsonObject } from './documentPaths';
import type { Migration } from './Migration';
import { describeValue, refuse } from './MigrationError';
import { compareVersions, isVersion } from './parseMigration';

/**
 * The migrations that carry a document from one version to another, in order: the shortest chain of
 * migrations whose versions join up. Undefined when no chain exists (or `to` is older than `from`);
 * empty when the versions are equal. Throws a KitInputError when an argument is malformed.
 */
export function planMigrations(migrations: readonly Migration[], from: string, to: string): Migration[] | undefined {
  if (!Array.isArray(migrations)) {
    refuse(
      'planMigrations',
      'migrations',
      '',
      'The migrations must be a list.',
      'Pass the "migrations" of formVersions().',
    );
  }
  for (const [i, migration] of migrations.entries()) {
    if (!isJsonObject(migration) || !isVersion(migration.from) || !isVersion(migration.to)) {
      refuse(
        'planMigrations',
        'migrations',
        `/${i}`,
        'This is not a migration with "from" and "to" versions.',
        'Pass migrations read by parseMigration().',
      );
    }
  }
  for (const [argument, version] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isVersion(version)) {
      refuse(
        'planMigrations',
        argument,
        '',
        `${describeValue(version)} is not a version.`,
        'Pass a version written YYYY.N, e.g. "2026.1".',
      );
    }
  }
  if (from === to) return [];
  if (compareVersions(from, to) > 0) return undefined;
  const outgoing = new Map<string, Migration[]>();
  for (const migration of migrations) {
    const list = outgoing.get(migration.from) ?? [];
    list.push(migration);
    outgoing.set(migration.from, list);
  }
  const previous = new Map<string, Migration>();
  const queue = [from];
  const seen = new Set([from]);
  for (let head = 0; head < queue.length; head++) {
    const version = queue[head] as string;
    const steps = [...(outgoing.get(version) ?? [])].sort((a, b) => compareVersions(b.to, a.to));
    for (const migration of steps) {
      if (seen.has(migration.to) || compareVersions(migration.to, to) > 0) continue;
      seen.add(migration.to);
      previous.set(migration.to, migration);
      if (migration.to === to) {
        const chain: Migration[] = [];
        for (let at: string = to; at !== from; ) {
          const step = previous.get(at) as Migration;
          chain.unshift(step);
          at = step.from;
        }
        return chain;
      }
      queue.push(migration.to);
    }
  }
  return undefined;
}
