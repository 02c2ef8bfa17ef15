// The element bundle's gzip sizes and the React package's own code, printed after the timings by
// `pnpm bench:react` (BENCH_SIZES=0 leaves them out).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** Builds the element into `outdir` as `pnpm build` does and prints its sizes and the React package's. */
export async function printSizes({ outdir, reactRoot }) {
  const { elementBuildOptions } = await import('../build/buildOptions.mjs');
  await build(elementBuildOptions({ outdir }));
  const forms = (await readdir(join(outdir, 'forms'))).filter((f) => f.endsWith('.js'));
  const entry = gz(await readFile(join(outdir, 'adoption-support-form.js')));
  const chunkSizes = Object.fromEntries(
    await Promise.all(forms.map(async (f) => [f, gz(await readFile(join(outdir, 'forms', f)))])),
  );
  const formChunks = Object.entries(chunkSizes).filter(([f]) => !f.startsWith('chunk-'));
  const shared = Object.entries(chunkSizes)
    .filter(([f]) => f.startsWith('chunk-'))
    .reduce((sum, [, n]) => sum + n, 0);
  const all = entry + Object.values(chunkSizes).reduce((a, b) => a + b, 0);
  const largest = Math.max(...formChunks.map(([, n]) => n));
  console.log('\nElement bundle (@adoption-support/element), gzip -9:');
  console.log(`  adoption-support-form.js (React, MUI, JSON Forms, the kit)   ${kb(entry)}`);
  for (const [file, size] of formChunks) console.log(`  forms/${file.padEnd(36)} ${kb(size).padStart(24)}`);
  console.log(`  shared chunks                                                 ${kb(shared)}`);
  console.log(`  a page showing one form (module + largest form + shared)     ${kb(entry + largest + shared)}`);
  console.log(`  every file (all five forms)                                   ${kb(all)}`);

  const own = await build({
    entryPoints: [join(reactRoot, 'src', 'index.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    conditions: ['@adoption-support/source'],
    // Only the package's own code: every dependency stays outside.
    plugins: [
      {
        name: 'externals',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
    logLevel: 'error',
  });
  console.log(
    `React package's own code (@adoption-support/react, minified, dependencies excluded): ${kb(gz(own.outputFiles[0].contents))} gzip`,
  );
}
