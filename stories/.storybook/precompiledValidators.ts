import { fileURLToPath } from 'node:url';
import { type InlineConfig, type Plugin, runnerImport } from 'vite';
import { sourceConditions } from '../../vitest.shared.ts';

const SPECIFIER = '@adoption-support/core/validators';
const VIRTUAL = '\0adoption-support-validators';
/** The stories workspace, which depends on core and the schemas. */
const storiesRoot = fileURLToPath(new URL('..', import.meta.url));

interface ValidatorSources {
  /** Validator module source by form id. */
  sources: Map<string, string>;
  /** Files the sources were made from, so a designer's edit to a schema regenerates them. */
  files: string[];
}

/** Core's generator and the published definitions, read from their TypeScript source. */
async function generate(): Promise<ValidatorSources> {
  const config: InlineConfig = { ...sourceConditions, root: storiesRoot, configFile: false, logLevel: 'error' };
  // By path: a module runner of its own does not apply the workspace's source export condition to
  // the specifier it is given, and core's `dist` does not exist before a build.
  const core = await runnerImport<typeof import('@adoption-support/core/node')>(
    fileURLToPath(new URL('../../packages/core/src/node/index.ts', import.meta.url)),
    config,
  );
  const schemas = await runnerImport<typeof import('@adoption-support/schemas')>(
    fileURLToPath(new URL('../../schemas/src/index.ts', import.meta.url)),
    config,
  );
  const sources = new Map(
    Object.entries(schemas.module.forms).map(([id, definition]) => [
      id,
      core.module.standaloneValidatorSource(definition),
    ]),
  );
  return { sources, files: schemas.dependencies.filter((file) => file.endsWith('.json')) };
}

/**
 * Serves `@adoption-support/core/validators` (which core's build writes into its `dist/`) from the
 * same generator, run on the definitions' source. Storybook and its browser tests then validate with
 * exactly the precompiled, CSP-safe validators a host gets, on a fresh checkout with nothing built,
 * and an edit to a schema shows in Storybook without a build.
 */
export function precompiledValidators(): Plugin {
  let pending: Promise<ValidatorSources> | undefined;
  return {
    name: 'adoption-support-precompiled-validators',
    enforce: 'pre',
    resolveId(id) {
      if (id === SPECIFIER) return VIRTUAL;
      if (id.startsWith(`${VIRTUAL}/`)) return id;
      return undefined;
    },
    watchChange(id) {
      if (id.endsWith('.json')) pending = undefined;
    },
    async load(id) {
      if (id !== VIRTUAL && !id.startsWith(`${VIRTUAL}/`)) return undefined;
      pending ??= generate();
      const { sources, files } = await pending;
      for (const file of files) this.addWatchFile(file);
      if (id === VIRTUAL) {
        const ids = [...sources.keys()];
        return [
          ...ids.map((form, i) => `import { validate as v${i} } from '${VIRTUAL}/${form}';`),
          `export const validators = { ${ids.map((form, i) => `'${form}': v${i}`).join(', ')} };`,
        ].join('\n');
      }
      const source = sources.get(id.slice(VIRTUAL.length + 1));
      if (source === undefined) throw new Error(`No published form has the validator module ${id.slice(1)}.`);
      return source;
    },
  };
}
