import type { Migration } from './Migration';
import { compareVersions } from './parseMigration';

/**
 * The migrations that carry a document from one version to another, in order: the shortest chain of
 * migrations whose versions join up. Undefined when no chain exists; empty when the versions are equal.
 */
export function planMigrations(migrations: readonly Migration[], from: string, to: string): Migration[] | undefined {
  if (from === to) return [];
  if (compareVersions(from, to) > 0) return undefined;
  const previous = new Map<string, Migration>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const version = queue.shift() as string;
    const outgoing = migrations.filter((m) => m.from === version).sort((a, b) => compareVersions(b.to, a.to));
    for (const migration of outgoing) {
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
