import type { Plugin } from 'vite';

/**
 * In the DOM tests, the per-form modules the build makes (`asf-form:<id>`, build/formChunks.mjs)
 * are taken from the schemas registry and the validators the tests compile (see the react
 * package's test/runtimeValidators.ts).
 */
export function formModules(): Plugin {
  const prefix = '\0asf-form:';
  return {
    name: 'adoption-support-form-modules',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('asf-form:') ? `\0${id}` : undefined),
    load: (id) => {
      if (!id.startsWith(prefix)) return undefined;
      const form = JSON.stringify(id.slice(prefix.length));
      return [
        "import { forms } from '@adoption-support/schemas';",
        "import { validators } from '@adoption-support/core/validators';",
        `export const form = { definition: forms[${form}], validator: validators[${form}] };`,
      ].join('\n');
    },
  };
}
