import { defineConfig } from 'tsup';

export default defineConfig({
  // The migration worker is an entry of its own: `migrate` starts it as dist/migrateWorker.js.
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', migrateWorker: 'src/migrate/archive/migrateWorker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  external: [/^node:/, /^@adoption-support\//, 'json-schema-to-typescript', 'vite'],
});
