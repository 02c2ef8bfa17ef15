import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'cli',
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // The process tests start the CLI through its launcher (TypeScript loaded by tsx), ~1 s each.
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
