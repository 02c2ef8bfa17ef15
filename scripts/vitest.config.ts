import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.shared.ts';

// The docs' code blocks, compiled and run against the workspace source (scripts/snippets).
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: { name: 'docs', environment: 'node', include: ['snippets/**/*.test.ts'], testTimeout: 60_000 },
  }),
);
