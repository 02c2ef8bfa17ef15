import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { elementBuildOptions } from '../../../packages/element/build/buildOptions.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the element bundle the portal serves in the browser test. */
    elementDir: string;
  }
}

/** Builds the element's bundle exactly as its `pnpm build` does, into a folder of its own. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'asf-portal-'));
  await build(elementBuildOptions({ outdir: dir }));
  project.provide('elementDir', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
