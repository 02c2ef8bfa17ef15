#!/usr/bin/env node
// Starts the `adoption-support` command. An installed package runs its build (dist/); inside the kit's
// own repository, where the TypeScript source sits beside this file, it runs the source through tsx,
// so the policy leads' commands work straight after `pnpm install`, with no build step.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const source = new URL('../src/cli.ts', import.meta.url);
if (existsSync(source)) {
  // Read the workspace packages from source too (the `@adoption-support/source` export condition).
  register('./source-condition.js', import.meta.url);
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  const { runFromProcess } = await import(source.href);
  await runFromProcess();
} else {
  const { runFromProcess } = await import('../dist/cli.js');
  await runFromProcess();
}
