import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPortal } from './app';
import { openStorage } from './storage';

// Starts the portal: PGlite in PORTAL_DATA_DIR (in memory without it), or Postgres at DATABASE_URL.
const elementDir = fileURLToPath(new URL('../../../packages/element/dist/', import.meta.url));
if (!existsSync(elementDir)) throw new Error('Build the element first: pnpm --filter @adoption-support/element build');
const storage = await openStorage({
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.PORTAL_DATA_DIR ? { dataDir: process.env.PORTAL_DATA_DIR } : {}),
});
const app = buildPortal({ storage, elementDir });
const port = Number(process.env.PORT ?? 3000);
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write(`The portal is at http://127.0.0.1:${port}/\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => storage.close()));
}
