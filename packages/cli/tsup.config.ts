import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  external: [/^node:/, /^@adoption-support\//, 'json-schema-to-typescript', 'vite'],
});
