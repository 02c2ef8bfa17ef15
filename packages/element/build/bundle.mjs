#!/usr/bin/env node
// Builds the element: one ES module with React, MUI, emotion, JSON Forms and the kit (ajv's compiler
// replaced by a stub), and beside it one chunk per form with its definition and precompiled
// validator (`@adoption-support/schemas/<id>`). Nothing is imported from outside dist/.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { elementBuildOptions, packageRoot } from './buildOptions.mjs';

const dist = join(packageRoot, 'dist');
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build(elementBuildOptions({ outdir: dist }));
await copyFile(join(packageRoot, 'src', 'adoption-support-form.d.ts'), join(dist, 'adoption-support-form.d.ts'));
console.log('Built dist/adoption-support-form.js');
