#!/usr/bin/env node
// `pnpm size`: what a portal ships to show one form. Builds, with Vite in production mode and from the
// packages' published builds (run `pnpm build` first), a tiny React app showing the form with
// `@adoption-support/react` (app/react.*) and a page showing it with `<adoption-support-form>`
// (app/element.*). Prints the gzipped size of what each page loads (its entry, every chunk that entry
// imports, and the form's own chunk with its imports) and the largest packages in it, and exits 1
// when a page is over its budget (budgets.json), when the React app is larger than the element page,
// or when something ships that a form never uses.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { forbiddenModules, largestPackages, pageFiles } from './pageFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'));
// react-dom is the host's: the workspace root does not install it, the React package does.
const fromReact = createRequire(join(repo, 'packages', 'react', 'package.json'));
const reactDom = dirname(fromReact.resolve('react-dom/package.json'));
const kb = (bytes) => bytes / 1000;
const withoutHostConfig = process.argv.includes('--without-host-config');

/** Builds one page and measures what a browser showing the form downloads. */
async function measure(page) {
  const outDir = await mkdtemp(join(tmpdir(), `asf-size-${page}-`));
  try {
    const output = await build({
      root: join(here, 'app'),
      // The config a host adds for the kit (app/vite.config.mjs), plus where react-dom is here.
      // `--without-host-config` measures an app that leaves it out (informational: ajv then ships).
      configFile: withoutHostConfig ? false : join(here, 'app', 'vite.config.mjs'),
      logLevel: 'error',
      mode: 'production',
      resolve: { alias: [{ find: /^react-dom($|\/)/, replacement: `${reactDom}$1` }] },
      build: {
        outDir,
        emptyOutDir: true,
        manifest: true,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 10_000,
        rollupOptions: { input: join(here, 'app', `${page}.html`) },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'));
    const files = pageFiles(manifest, `${page}.html`, budgets.form);
    const sizes = await Promise.all(
      files.map(async (f) => [f, gzipSync(await readFile(join(outDir, f)), { level: 9 }).length]),
    );
    const shipped = chunks.filter((c) => c.type === 'chunk' && files.includes(c.fileName));
    return { page, total: sizes.reduce((sum, [, n]) => sum + n, 0), sizes, shipped };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const results = {};
for (const page of ['react', 'element']) results[page] = await measure(page);

const failures = [];
for (const { page, total, sizes, shipped } of Object.values(results)) {
  const budget = budgets[page].budgetKb;
  console.log(
    `\n${page === 'react' ? '@adoption-support/react app' : '<adoption-support-form> page'} showing ${budgets.form}: ${kb(total).toFixed(1)} KB gzip (budget ${budget} KB)`,
  );
  for (const [file, size] of sizes) console.log(`  ${file.padEnd(56)} ${kb(size).toFixed(1).padStart(7)} KB`);
  console.log('  largest packages (minified, before gzip):');
  for (const [name, bytes] of largestPackages(shipped).slice(0, 12)) {
    console.log(`    ${name.padEnd(54)} ${kb(bytes).toFixed(1).padStart(7)} KB`);
  }
  if (kb(total) > budget) failures.push(`${page}: ${kb(total).toFixed(1)} KB gzip is over its budget of ${budget} KB.`);
  for (const id of forbiddenModules(shipped)) failures.push(`${page}: ships ${id}, which no form uses.`);
}
if (results.react.total > results.element.total) {
  failures.push(
    `react: the app (${kb(results.react.total).toFixed(1)} KB) is larger than the element page (${kb(results.element.total).toFixed(1)} KB).`,
  );
}
if (failures.length > 0) {
  console.error(`\nSize check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nSize check passed.');
