import { Worker } from 'node:worker_threads';
import type { DocumentMigratorSettings, DocumentOutcome } from './documentMigrator';

/** A document for a worker to migrate. */
export interface WorkerRequest {
  id: number;
  path: string;
}

/** A worker's answer: the document's outcome, or why the worker could not go on. */
export type WorkerReply =
  | { id: number; outcome: DocumentOutcome }
  | { id: number; error: { name: string; message: string } };

/** Worker threads that migrate document files. */
export interface WorkerPool {
  /** Migrates one document file on the least busy worker. */
  migrate(path: string): Promise<DocumentOutcome>;
  /** Stops every worker. */
  close(): Promise<void>;
}

/** Raised when a worker cannot go on: its forms folder or its own code failed, not a document. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

/**
 * The worker's module. The build (dist/) has `migrateWorker.js` beside the command's code; inside the
 * kit's repository the source runs, and a small JavaScript start-up file loads the TypeScript worker.
 */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./sourceWorker.js', import.meta.url)
    : new URL('./migrateWorker.js', import.meta.url);
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (outcome: DocumentOutcome) => void; reject: (error: Error) => void }>;
}

/**
 * Up to `size` worker threads, each loading the forms once and migrating the documents it is sent.
 * Workers start as work comes (a folder of three documents starts at most three). Each document goes to
 * the worker with the fewest in hand. If a worker fails, every document it held, and every later one,
 * is refused with a {@link WorkerFailure}.
 */
export function createWorkerPool(size: number, settings: DocumentMigratorSettings): WorkerPool {
  const workers: PoolWorker[] = [];
  let nextId = 0;
  let broken: Error | undefined;
  let closing = false;

  const breakPool = (error: Error) => {
    broken ??= error;
    for (const { pending } of workers) {
      for (const { reject } of pending.values()) reject(broken);
      pending.clear();
    }
  };

  const start = (): PoolWorker => {
    const worker = new Worker(workerEntry(), { workerData: { settings } });
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const waiting = entry.pending.get(reply.id);
      if (!waiting) return;
      entry.pending.delete(reply.id);
      if ('outcome' in reply) waiting.resolve(reply.outcome);
      else breakPool(new WorkerFailure(reply.error.message));
    });
    worker.on('error', (error) => breakPool(new WorkerFailure(`A migration worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!closing) breakPool(new WorkerFailure(`A migration worker stopped unexpectedly (exit code ${code}).`));
    });
    workers.push(entry);
    return entry;
  };

  const leastBusy = (): PoolWorker => {
    let best: PoolWorker | undefined;
    for (const entry of workers) if (!best || entry.pending.size < best.pending.size) best = entry;
    // Start another worker only while every running one already has work.
    return best && (best.pending.size === 0 || workers.length >= size) ? best : start();
  };

  return {
    migrate(path) {
      if (broken) return Promise.reject(broken);
      const entry = leastBusy();
      const id = nextId++;
      return new Promise<DocumentOutcome>((resolve, reject) => {
        entry.pending.set(id, { resolve, reject });
        entry.worker.postMessage({ id, path } satisfies WorkerRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
