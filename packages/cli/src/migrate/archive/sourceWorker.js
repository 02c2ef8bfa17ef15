// Starts the migration worker from its TypeScript source, as the `adoption-support` launcher does for
// the command: inside the kit's own repository and in its tests, where there is no build. Workspace
// packages are read from source too (the `@adoption-support/source` export condition).
import { register } from 'node:module';

register('../../../bin/source-condition.js', import.meta.url);
const { register: registerTsx } = await import('tsx/esm/api');
registerTsx();
await import('./migrateWorker.ts');
