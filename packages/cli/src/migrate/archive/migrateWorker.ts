// A worker thread of `adoption-support migrate`: it migrates the document files it is sent, one message
// each, and answers with their outcomes. Several documents may be in hand at once, so reading and
// writing files overlaps with migrating.
import { parentPort, workerData } from 'node:worker_threads';
import { createDocumentMigrator, type DocumentMigratorSettings } from './documentMigrator';
import type { WorkerReply, WorkerRequest } from './workerPool';

const port = parentPort;
if (port) {
  const migrate = createDocumentMigrator((workerData as { settings: DocumentMigratorSettings }).settings);
  port.on('message', async ({ id, path }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, outcome: await migrate(path) };
    } catch (error) {
      reply = {
        id,
        error:
          error instanceof Error
            ? { name: error.name, message: error.message }
            : { name: 'Error', message: String(error) },
      };
    }
    port.postMessage(reply);
  });
}
