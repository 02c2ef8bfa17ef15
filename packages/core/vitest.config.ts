import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'core',
      environment: 'node',
      include: ['src/**/*.test.ts'],
      // Property tests make thousands of calls; on a busy 2-core machine some take more than 5 s.
      testTimeout: 60_000,
    },
  }),
);
