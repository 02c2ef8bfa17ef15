import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Folders of stories and docs pages: the forms (ours) and the renderers (the React package's). */
const storyFolders = ['../forms', '../renderers'].filter((folder) => existsSync(here(folder)));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: storyFolders.flatMap((folder) => [`${folder}/**/*.mdx`, `${folder}/**/*.stories.tsx`]),
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
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
      optimizeDeps: {
        // Each form's precompiled validator (generated source in the schemas package, loaded with
        // `import()` when a story shows the form) imports ajv's CommonJS runtime helpers: bundle them
        // up front instead of reloading the page on first use.
        include: ['ajv/dist/runtime/equal.js', 'ajv/dist/runtime/ucs2length.js', 'ajv-formats/dist/formats.js'],
      },
      build: {
        chunkSizeWarningLimit: 4000,
        rolldownOptions: {
          onwarn(warning: { code?: string }, warn: (w: unknown) => void) {
            // MUI's "use client" directives are meaningless in a static bundle, and there are
            // thousands of them: filtering them halves the build time.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
