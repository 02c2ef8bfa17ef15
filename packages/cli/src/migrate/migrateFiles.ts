import { resolve } from 'node:path';
import { KitInputError } from '@adoption-support/core';
import { needObject, needText } from '../inputGuards';
import type { DocumentOutcome } from './archive/documentMigrator';
import { type MigrateArchiveOptions, migrateArchive } from './archive/migrateArchive';
import { countDocuments } from './archive/walkDocuments';

export type { DocumentOutcome } from './archive/documentMigrator';

/** How to migrate: the archive run's settings, with a per-document callback for progress. */
export interface MigrateFilesOptions extends Omit<MigrateArchiveOptions, 'onOutcome' | 'onProgress' | 'signal'> {
  /** Called as each document is done, with its index and the number of documents, for progress. */
  onDocument?: (file: string, index: number, total: number) => void;
}

/**
 * Brings saved documents to a newer version of their form: each document is read, carried through the
 * chain of migrations, checked against the new version, and written (atomically) to `outDir` or in
 * place, or not written, for a dry run. A document that cannot be migrated is never written; its
 * outcome says why. Outcomes come in the order the documents were found. For an archive too large to
 * hold every outcome, the `migrate` command streams them instead.
 */
export async function migrateFiles(options: MigrateFilesOptions): Promise<DocumentOutcome[]> {
  const site = { function: 'migrateFiles', argument: 'options' };
  needObject(site, options, 'Pass { input, formsDir, cwd } at least.');
  for (const path of ['input', 'formsDir', 'cwd'] as const)
    needText(site, options[path], `Pass ${path} as a path.`, `/${path}`);
  for (const path of ['to', 'outDir'] as const) {
    if (options[path] !== undefined)
      needText(site, options[path], `Pass ${path} as text, or leave it out.`, `/${path}`);
  }
  const { workers } = options;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 256)) {
    throw new KitInputError({
      ...site,
      pointer: '/workers',
      problem: 'Expected a whole number of worker threads from 0 to 256.',
      fix: 'Pass workers as a number such as 4, 0 for the calling thread, or leave it out.',
    });
  }
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir);
  const total = options.onDocument ? await countDocuments(resolve(options.input), outDir) : 0;
  const outcomes: DocumentOutcome[] = [];
  await migrateArchive({
    input: options.input,
    formsDir: options.formsDir,
    cwd: options.cwd,
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
    ...(options.inPlace ? { inPlace: true } : {}),
    ...(workers !== undefined ? { workers } : {}),
    onOutcome(outcome) {
      options.onDocument?.(outcome.file, outcomes.length, total);
      outcomes.push(outcome);
    },
  });
  return outcomes;
}
