import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  // Everything the host installs stays outside: the package ships only its own code.
  external: [/^@adoption-support\//, /^@jsonforms\//, /^@mui\//, /^@emotion\//, /^react($|\/)/, /^react-dom($|\/)/],
});
