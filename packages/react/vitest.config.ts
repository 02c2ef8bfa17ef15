import react from '@vitejs/plugin-react';
import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    plugins: [react()],
    test: {
      name: 'react',
      // happy-dom runs these MUI-heavy tests about twice as fast as jsdom (see docs/decisions); both pass.
      environment: process.env.ASF_DOM === 'jsdom' ? 'jsdom' : 'happy-dom',
      include: ['src/**/*.test.ts', 'src/**/*.dom.test.tsx'],
      setupFiles: ['./test/setup.ts', './test/preloadForms.ts'],
      testTimeout: 30_000,
    },
  }),
);
