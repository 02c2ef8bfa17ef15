import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// Builds the page `adoption-support preview` serves: one minified ES module with the kit's own form
// component (@adoption-support/react, from its source), React, JSON Forms, MUI and ajv, written to
// dist/preview/app.js so that the installed command serves it with no build tools.
export default defineConfig({
  root: fileURLToPath(new URL('./preview-app/', import.meta.url)),
  logLevel: 'warn',
  resolve: { conditions: ['@adoption-support/source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('./dist/preview/', import.meta.url)),
    emptyOutDir: true,
    copyPublicDir: false,
    modulePreload: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: fileURLToPath(new URL('./preview-app/main.tsx', import.meta.url)),
      output: { entryFileNames: 'app.js', codeSplitting: false },
      onwarn(warning, warn) {
        // MUI's "use client" directives mean nothing in a static bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
