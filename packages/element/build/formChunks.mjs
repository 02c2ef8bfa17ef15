// Gives each form a module of its own, `asf-form:<id>`, built from the form's files (definition,
// strings, rule packs) and its precompiled validator, so that esbuild puts each form in a chunk of
// its own and a page fetches only the forms it shows. (The schemas package's registry holds every
// form in one module, which would put them all in one chunk.)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const require = createRequire(join(packageRoot, 'package.json'));
const schemasRoot = dirname(require.resolve('@adoption-support/schemas/package.json'));
const coreRoot = dirname(require.resolve('@adoption-support/core/package.json'));

/** The source of the module for one form. */
export async function formModuleSource(id) {
  const folder = join(schemasRoot, 'forms', id);
  const manifest = JSON.parse(await readFile(join(folder, 'form.json'), 'utf8'));
  const lines = [
    `import manifest from ${JSON.stringify(join(folder, 'form.json'))};`,
    `import schema from ${JSON.stringify(join(folder, 'schema.json'))};`,
    `import uischema from ${JSON.stringify(join(folder, 'uischema.json'))};`,
    ...manifest.locales.map((l) => `import locale_${l} from ${JSON.stringify(join(folder, 'i18n', `${l}.json`))};`),
    ...manifest.rulePacks.map((p, i) => `import pack_${i} from ${JSON.stringify(join(folder, 'rules', `${p}.json`))};`),
    `import { validate as validator } from 'asf-validator:${id}';`,
    'export const form = {',
    '  definition: {',
    '    manifest, schema, uischema,',
    `    locales: { ${manifest.locales.map((l) => `${JSON.stringify(l)}: locale_${l}`).join(', ')} },`,
    `    rulePacks: { ${manifest.rulePacks.map((p, i) => `${JSON.stringify(p)}: pack_${i}`).join(', ')} },`,
    '  },',
    '  validator,',
    '};',
  ];
  return lines.join('\n');
}

/**
 * The esbuild plugin. `validatorSource(id)` may give a validator module's source (the tests generate
 * them from source); by default each comes from core's build (`dist/validators/<id>.js`).
 */
export function formChunks({ validatorSource } = {}) {
  return {
    name: 'form-chunks',
    setup(build) {
      build.onResolve({ filter: /^asf-form:/ }, (args) => ({ path: args.path.slice(9), namespace: 'asf-form' }));
      build.onLoad({ filter: /.*/, namespace: 'asf-form' }, async (args) => ({
        contents: await formModuleSource(args.path),
        resolveDir: packageRoot,
        loader: 'js',
      }));
      build.onResolve({ filter: /^asf-validator:/ }, (args) => {
        const id = args.path.slice(14);
        return validatorSource
          ? { path: id, namespace: 'asf-validator' }
          : { path: join(coreRoot, 'dist', 'validators', `${id}.js`) };
      });
      build.onLoad({ filter: /.*/, namespace: 'asf-validator' }, async (args) => ({
        contents: await validatorSource(args.path),
        resolveDir: coreRoot,
        loader: 'js',
      }));
    },
  };
}
