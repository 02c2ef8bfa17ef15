import { defineConfig } from 'tsup';
import { formIds } from './src/formIds';

export default defineConfig({
  // One entry per form (`@adoption-support/schemas/<id>`), so a bundler loads only the forms an app uses.
  entry: {
    index: 'src/index.ts',
    examples: 'src/examples.ts',
    validators: 'src/generated/validators.ts',
    ...Object.fromEntries(formIds.map((id) => [id, `src/generated/forms/${id}.ts`])),
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
