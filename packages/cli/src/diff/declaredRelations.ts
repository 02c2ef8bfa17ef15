import type { Migration } from '@adoption-support/core';
import { key, pathOf } from './fieldPaths';

/** Operations of the migrations, as field relations. */
export interface Declared {
  relocations: Map<string, { to: string[]; kind: 'renamed' | 'moved'; migration: string }>;
  splits: Map<string, { to: string[][]; migration: string }>;
  merges: Map<string, { from: string[][]; migration: string }>;
  remaps: Map<string, { map: Record<string, string | null>; migration: string }>;
  writes: Map<string, string>;
  preserves: Map<string, string>;
}

/** What the migrations between two versions declare, by the data path each operation names. */
export function declaredRelations(migrations: readonly Migration[]): Declared {
  const declared: Declared = {
    relocations: new Map(),
    splits: new Map(),
    merges: new Map(),
    remaps: new Map(),
    writes: new Map(),
    preserves: new Map(),
  };
  for (const migration of migrations) {
    for (const op of migration.operations) {
      const m = migration.name;
      switch (op.op) {
        case 'rename':
        case 'move':
          declared.relocations.set(key(pathOf(op.from)), {
            to: pathOf(op.to),
            kind: op.op === 'rename' ? 'renamed' : 'moved',
            migration: m,
          });
          declared.writes.set(key(pathOf(op.to)), m);
          break;
        case 'split': {
          const to = (Array.isArray(op.to) ? op.to : Object.values(op.to)).map(pathOf);
          declared.splits.set(key(pathOf(op.from)), { to, migration: m });
          for (const t of to) declared.writes.set(key(t), m);
          break;
        }
        case 'merge': {
          const from = (Array.isArray(op.from) ? op.from : Object.values(op.from)).map(pathOf);
          declared.merges.set(key(pathOf(op.to)), { from, migration: m });
          declared.writes.set(key(pathOf(op.to)), m);
          break;
        }
        case 'remapOptions':
          declared.remaps.set(key(pathOf(op.at)), { map: op.map, migration: m });
          break;
        case 'setDefault':
          declared.writes.set(key(pathOf(op.at)), m);
          break;
        case 'preserve':
          declared.preserves.set(key(pathOf(op.from)), m);
          break;
        case 'code':
          break;
      }
    }
  }
  return declared;
}
