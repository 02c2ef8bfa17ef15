import react from '@vitejs/plugin-react';
import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    plugins: [react()],
    test: { name: 'stories', environment: 'jsdom', include: ['**/*.dom.test.tsx'], testTimeout: 30_000 },
  }),
);
