import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
// Global setup is loaded without the workspace's source export condition, so the workspace's own
// modules are imported from their source by path: the tests need no earlier build.
import { forms } from '../../../schemas/src/index';
import { standaloneValidatorSource } from '../../core/src/node/index';
import { elementBuildOptions } from '../build/buildOptions.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the element bundle the browser tests load. */
    bundleDir: string;
  }
}

/**
 * Builds the element bundle for the browser tests, exactly as `pnpm build` does, except that each
 * form's validator is generated from source by core's `standaloneValidatorSource` (the function
 * core's own build uses), so the tests need no earlier build; and, the same way, a React portal page
 * that uses the component (test/hostPage).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'asf-element-'));
  const validatorSource = (id: string) => standaloneValidatorSource(forms[id as keyof typeof forms]);
  await build(elementBuildOptions({ outdir: dir, validatorSource }));
  // A React portal page (test/hostPage), built the same way into its own folder.
  await build({
    ...elementBuildOptions({ outdir: join(dir, 'react-host'), validatorSource }),
    entryPoints: { 'react-host': join(dirname(fileURLToPath(import.meta.url)), 'hostPage', 'reactHost.tsx') },
  });
  project.provide('bundleDir', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
