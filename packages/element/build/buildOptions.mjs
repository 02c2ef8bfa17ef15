// The esbuild settings of the element bundle, shared by the build and the browser tests.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markPure } from '../../react/build/markPure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const packageRoot = join(here, '..');
const fromPackage = createRequire(join(packageRoot, 'package.json'));

/**
 * esbuild options for the element: one ES module (`adoption-support-form.js`) with everything but
 * the forms, and a chunk per form (`forms/<id>-<hash>.js`) it imports when a page shows that form.
 * No file imports anything from outside the folder. `plugins` go before the kit's own.
 */
export function elementBuildOptions({ outdir, plugins = [] }) {
  return {
    entryPoints: { 'adoption-support-form': join(packageRoot, 'src', 'index.ts') },
    outdir,
    splitting: true,
    chunkNames: 'forms/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'eof',
    jsx: 'automatic',
    // The workspace packages are read from source, as in the tests.
    conditions: ['@adoption-support/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      ...plugins,
      // Only the bare `ajv` and `ajv-formats` (JSON Forms' runtime compiler, imported by @jsonforms/core
      // at module level and never called: the kit hands JSON Forms an ajv that compiles nothing) go to
      // the React package's stand-ins, as in a React host's bundle; the precompiled validators' imports
      // of `ajv/dist/runtime/...` and `ajv-formats/dist/formats.js` resolve as usual.
      {
        name: 'stub-ajv-compiler',
        setup(build) {
          build.onResolve({ filter: /^ajv(-formats)?$/ }, (args) => ({
            path: fromPackage.resolve(`@adoption-support/react/stubs/${args.path}`),
          }));
        },
      },
      markPure(/@jsonforms[\\/]material-renderers[\\/]lib[\\/].*\.esm\.js$/),
    ],
    metafile: true,
    logLevel: 'warning',
  };
}
