import { defineConfig } from 'tsup';
import { markPure } from './build/markPure.mjs';

export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  // Everything the host installs stays outside: the package ships only its own code, except the few
  // JSON Forms material renderers the kit keeps. Those come from one module that defines every
  // renderer with top-level calls, so a host's bundler would keep them all, the date pickers included;
  // bundled here with those calls marked pure, only the kept renderers remain (decision 0017). What
  // they import (lodash, dayjs) stays outside, shared with JSON Forms' own copies.
  external: [
    /^@adoption-support\//,
    /^@jsonforms\/(core|react)/,
    /^@mui\//,
    /^@emotion\//,
    /^react($|\/)/,
    /^react-dom($|\/)/,
    /^lodash($|\/)/,
    /^dayjs($|\/)/,
  ],
  noExternal: [/^@jsonforms\/material-renderers/],
  esbuildPlugins: [markPure(/@jsonforms[\\/]material-renderers[\\/]lib[\\/].*\.esm\.js$/)],
  plugins: [
    {
      // The renderers import CommonJS files by path without `.js` (`lodash/omit`), which bundlers
      // accept and Node's ES module loader does not: name the files.
      name: 'commonjs-file-paths',
      renderChunk(code) {
        return { code: code.replace(/(from "(?:lodash|dayjs\/plugin)\/[\w]+)"/g, '$1.js"') };
      },
    },
  ],
});
