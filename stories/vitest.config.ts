import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject, mergeConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { sourceConditions } from '../vitest.shared.ts';

/**
 * Every story runs as a test in Debian's chromium (installed by `apt-get install chromium`; no
 * browser is downloaded): it must render, its play function must pass, and axe must find no WCAG 2.2
 * A or AA violation (see `.storybook/preview.tsx`).
 */
export default mergeConfig(
  sourceConditions,
  defineProject({
    plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
    test: {
      name: 'storybook',
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        instances: [{ browser: 'chromium' }],
        provider: playwright({
          launchOptions: {
            executablePath: CHROMIUM_PATH,
            args: [...CHROMIUM_ARGS],
          },
        }),
      },
    },
  }),
);
