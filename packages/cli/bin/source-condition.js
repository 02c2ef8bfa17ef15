// A module resolution hook for running the kit from source: resolve workspace packages through their
// `@adoption-support/source` export condition, which points at TypeScript source instead of dist/.
/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('@adoption-support/source')
    ? context.conditions
    : ['@adoption-support/source', ...context.conditions];
  return nextResolve(specifier, { ...context, conditions });
}
