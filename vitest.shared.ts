import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite';

/** Resolve workspace packages to their TypeScript source, so tests never need a build first. */
export const sourceConditions: UserConfig = {
  resolve: { conditions: ['@adoption-support/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@adoption-support/source', ...defaultServerConditions] } },
};
