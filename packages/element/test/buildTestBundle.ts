import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { elementBuildOptions } from '../build/buildOptions.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the element bundle the browser tests load. */
    bundleDir: string;
  }
}

/**
 * Builds the element bundle for the browser tests exactly as `pnpm build` does (from the workspace's
 * source, with each form's generated validator), and the same way a React portal page that uses the
 * component (test/hostPage).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'asf-element-'));
  await build(elementBuildOptions({ outdir: dir }));
  // A React portal page (test/hostPage), built the same way into its own folder.
  await build({
    ...elementBuildOptions({ outdir: join(dir, 'react-host') }),
    entryPoints: { 'react-host': join(dirname(fileURLToPath(import.meta.url)), 'hostPage', 'reactHost.tsx') },
  });
  project.provide('bundleDir', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
