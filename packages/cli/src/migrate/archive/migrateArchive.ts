import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { createDocumentMigrator, type DocumentMigratorSettings, type DocumentOutcome } from './documentMigrator';
import type { FailureReason } from './failureReasons';
import { countDocuments, walkDocuments } from './walkDocuments';
import { createWorkerPool } from './workerPool';

/** How to migrate a document or a folder of them. */
export interface MigrateArchiveOptions {
  /** A document, or a folder searched (with its subfolders) for `.json` documents. */
  input: string;
  /** The folder holding the form folders (`schemas/forms`). */
  formsDir: string;
  /** The version to bring documents to; default each form's current version. */
  to?: string;
  /** Write results under this folder, keeping the input's subfolders. */
  outDir?: string;
  /** Overwrite each document with its migrated version. */
  inPlace?: boolean;
  /** Where relative `written` paths are shown from. */
  cwd: string;
  /**
   * Worker threads to migrate on; 0 migrates in the calling thread. By default, one per core
   * (`os.availableParallelism()`) for a folder of more than {@link SMALL_ARCHIVE} documents; a smaller
   * folder, or one document, is migrated in the calling thread, since starting threads would take
   * longer than the work.
   */
  workers?: number;
  /** Called with each document's outcome, in the order the documents were found. */
  onOutcome?: (outcome: DocumentOutcome) => void;
  /** Called after each document, for a progress bar. */
  onProgress?: (progress: ArchiveProgress) => void;
  /** Stops the run: documents in hand are finished (and written), no other is started. */
  signal?: AbortSignal;
}

/** How far a run has come. */
export interface ArchiveProgress {
  /** Documents finished. */
  done: number;
  /** Documents in all, once the folder has been counted (counting runs beside the migration). */
  total?: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** What a run did, in numbers. */
export interface ArchiveSummary {
  documents: number;
  migrated: number;
  current: number;
  /** Migrated documents with answers set aside, or not yet complete for the new version. */
  needAttention: number;
  failed: number;
  /** Documents not migrated, by reason. */
  failures: Partial<Record<FailureReason, number>>;
  /** Worker threads used (0: the calling thread). */
  workers: number;
  durationMs: number;
  /** True when the run was stopped (see `signal`) before every document was looked at. */
  stopped: boolean;
}

/** True when a migrated document needs a person: answers set aside, or not complete for the new version. */
export const needsAttention = (outcome: DocumentOutcome) =>
  outcome.status === 'migrated' && (outcome.preserved.length > 0 || outcome.incomplete.length > 0);

/** Folders of at most this many documents are migrated in the calling thread unless workers are asked for. */
export const SMALL_ARCHIVE = 100;

/** Documents in hand per worker: enough to keep each busy while files are read, few enough to hold. */
const IN_HAND_PER_WORKER = 8;

/** The default number of workers: one per core the process may use. */
export const defaultWorkers = () => availableParallelism();

/**
 * Migrates a document or a whole archive of them. Documents stream from the folder walk to worker
 * threads (one per core by default) and back, a bounded number in hand at a time, so an archive of any
 * size runs in steady memory. Outcomes arrive in the order the documents were found, whatever the number
 * of workers, so two runs over the same folder report and write the same. Documents that cannot be
 * migrated are never written; their outcomes say why.
 */
export async function migrateArchive(options: MigrateArchiveOptions): Promise<ArchiveSummary> {
  const started = performance.now();
  const input = resolve(options.input);
  const single = (await stat(input)).isFile();
  const outDir = options.outDir ? resolve(options.outDir) : undefined;
  const settings: DocumentMigratorSettings = {
    root: single ? dirname(input) : input,
    formsDir: resolve(options.formsDir),
    cwd: options.cwd,
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
    ...(options.inPlace ? { inPlace: true } : {}),
  };
  // Look a little way ahead: a folder that ends within SMALL_ARCHIVE documents is small.
  const walk = walkDocuments(input, outDir);
  const ahead: string[] = [];
  let small = single;
  if (options.workers === undefined && !single) {
    for (let next = await walk.next(); ; next = await walk.next()) {
      if (next.done) {
        small = true;
        break;
      }
      ahead.push(next.value);
      if (ahead.length > SMALL_ARCHIVE) break;
    }
  }
  const documents = async function* () {
    yield* ahead;
    for (let next = await walk.next(); !next.done; next = await walk.next()) yield next.value;
  };
  const requested = options.workers ?? defaultWorkers();
  const workers = small || requested < 1 ? 0 : Math.floor(requested);
  const pool = workers > 0 ? createWorkerPool(workers, settings) : undefined;
  const migrate = pool ? pool.migrate : createDocumentMigrator(settings);

  const summary: ArchiveSummary = {
    documents: 0,
    migrated: 0,
    current: 0,
    needAttention: 0,
    failed: 0,
    failures: {},
    workers,
    durationMs: 0,
    stopped: false,
  };
  let total: number | undefined;
  if (options.onProgress) {
    countDocuments(input, outDir).then(
      (count) => {
        total = count;
      },
      () => undefined,
    );
  }

  // Documents handed out but not yet reported, by the order they were found.
  const inHand = new Map<number, Promise<DocumentOutcome>>();
  let found = 0;
  const reportNext = async () => {
    const index = summary.documents;
    const outcome = await (inHand.get(index) as Promise<DocumentOutcome>);
    inHand.delete(index);
    summary.documents += 1;
    if (outcome.status === 'failed') {
      summary.failed += 1;
      const reason = outcome.reason ?? 'unexpected-error';
      summary.failures[reason] = (summary.failures[reason] ?? 0) + 1;
    } else if (outcome.status === 'current') summary.current += 1;
    else summary.migrated += 1;
    if (needsAttention(outcome)) summary.needAttention += 1;
    options.onOutcome?.(outcome);
    options.onProgress?.({
      done: summary.documents,
      ...(total !== undefined ? { total } : {}),
      elapsedMs: performance.now() - started,
    });
  };

  const limit = Math.max(1, workers) * IN_HAND_PER_WORKER;
  try {
    for await (const path of documents()) {
      if (options.signal?.aborted) {
        summary.stopped = true;
        break;
      }
      const outcome = migrate(path);
      // Reported in order later; a failure is seen then, so it is not an unhandled rejection now.
      outcome.catch(() => undefined);
      inHand.set(found++, outcome);
      while (found - summary.documents >= limit) await reportNext();
    }
    while (summary.documents < found) await reportNext();
  } finally {
    await pool?.close();
  }
  summary.durationMs = performance.now() - started;
  return summary;
}
