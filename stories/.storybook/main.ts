import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../forms/**/*.stories.tsx'],
  addons: [],
  core: {
    // The kit makes no network calls: no telemetry, no crash reports, no update checks.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Read the workspace packages from source, so designers see edits without a build.
      resolve: { conditions: ['@adoption-support/source', ...defaultClientConditions] },
      build: {
        chunkSizeWarningLimit: 4000,
        rolldownOptions: {
          onwarn(warning: { code?: string }, warn: (w: unknown) => void) {
            // MUI's "use client" directives are meaningless in a static bundle.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
