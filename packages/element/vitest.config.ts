import react from '@vitejs/plugin-react';
import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    plugins: [react()],
    test: {
      name: 'element',
      // DOM tests run in happy-dom; the browser tests (test/*.browser.test.ts) say `@vitest-environment node`
      // and drive Debian's chromium through playwright-core; test/*.test.ts are plain Node tests.
      environment: 'happy-dom',
      include: ['src/**/*.dom.test.tsx', 'test/**/*.browser.test.ts', 'test/**/*.test.ts'],
      setupFiles: ['./test/setup.ts'],
      globalSetup: ['./test/buildTestBundle.ts'],
      // One copy of emotion for MUI and the element's cache provider, as in the bundle.
      server: { deps: { inline: [/@mui\//, /@emotion\//] } },
      testTimeout: 120_000,
      // Pages in a real browser on a busy machine: give expect.poll time.
      expect: { poll: { timeout: 10_000 } },
      hookTimeout: 120_000,
    },
  }),
);
