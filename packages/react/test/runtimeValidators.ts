import type { Plugin } from 'vite';

const SPECIFIER = '@adoption-support/core/validators';
const VIRTUAL = '\0adoption-support-runtime-validators';

/**
 * In unit tests, `@adoption-support/core/validators` (built into core's dist, which a clean checkout
 * has not built yet) is replaced by the same validators compiled at runtime by core's `createAjv`,
 * from the same schemas with the same options. Browser tests use the real precompiled modules.
 */
export function runtimeValidators(): Plugin {
  return {
    name: 'adoption-support-runtime-validators',
    enforce: 'pre',
    resolveId: (id) => (id === SPECIFIER ? VIRTUAL : undefined),
    load: (id) =>
      id === VIRTUAL
        ? [
            "import { forms } from '@adoption-support/schemas';",
            "import { createAjv } from '@adoption-support/core/node';",
            'const ajv = createAjv();',
            'export const validators = Object.fromEntries(Object.entries(forms).map(([id, d]) => [id, ajv.compile(d.schema)]));',
            "export const aspEngland = validators['asp-england'];",
            "export const aspReviewEngland = validators['asp-review-england'];",
            "export const aspWales = validators['asp-wales'];",
            "export const aspReviewWales = validators['asp-review-wales'];",
            "export const assessmentWales = validators['assessment-wales'];",
          ].join('\n')
        : undefined,
  };
}
