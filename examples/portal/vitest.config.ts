import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    oxc: { jsx: { runtime: 'automatic' } },
    test: {
      name: 'portal',
      environment: 'node',
      include: ['test/**/*.test.ts'],
      // PGlite starts Postgres in WebAssembly (~1 s); the browser test drives Debian's chromium.
      globalSetup: ['./test/buildElement.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
      expect: { poll: { timeout: 15_000 } },
    },
  }),
);
