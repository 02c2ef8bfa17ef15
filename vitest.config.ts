import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'stories/vitest.config.ts',
      'scripts/vitest.config.ts',
      'examples/portal/vitest.config.ts',
    ].filter((p) => p.includes('*') || existsSync(p)),
  },
});
