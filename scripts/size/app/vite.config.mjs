// The Vite config a React host adds for the kit (docs/developers/embedding-react.md): JSON Forms
// imports ajv's schema compiler at module level although the kit never uses it, so point the bare
// `ajv` and `ajv-formats` at the kit's stand-ins. Imports of `ajv/dist/runtime/...` and
// `ajv-formats/dist/formats.js` (the precompiled validators' helpers) are not matched and stay.
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);
const stub = (name) => require.resolve(`@adoption-support/react/stubs/${name}`);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^ajv$/, replacement: stub('ajv') },
      { find: /^ajv-formats$/, replacement: stub('ajv-formats') },
    ],
  },
});
