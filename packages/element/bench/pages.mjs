// The bench's three pages (pages/*), bundled for production as a host would ship them, and a local
// server for them: nothing a page loads comes from the network.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { defaultClientConditions, build as viteBuild } from 'vite';
import { pageFiles } from '../../../scripts/size/pageFiles.mjs';
import { markPureSource } from '../../react/build/markPure.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The pages, in the order the table prints them. */
export const PAGES = {
  kit: { entry: 'kit.jsx', label: 'kit (AdoptionSupportForm)' },
  plain: { entry: 'plain.jsx', label: 'plain JSON Forms + material' },
  bare: { entry: 'bare.js', label: 'empty page: one text box' },
};

/** The form the kit page shows: the only form chunk it downloads. */
const KIT_FORM = 'asp-england';
const MATERIAL_RENDERERS = /@jsonforms[\\/]material-renderers[\\/]lib[\\/].*\.esm\.js$/;

/** The plain and empty pages: one esbuild bundle each, as a competent user of JSON Forms ships it. */
const pageOptions = (name, { pagesDir, outdir }) => ({
  entryPoints: { [name]: join(pagesDir, PAGES[name].entry) },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  write: true,
});

/**
 * The kit page, built as `pnpm size` builds a host's app: Vite in production mode with the host
 * configuration the kit's docs give (scripts/size/app/vite.config.mjs: JSON Forms' unused ajv compiler
 * left out), split by form. The workspace packages come from source, so the one step of the React
 * package's own build that changes what ships is repeated here: JSON Forms' material renderers marked
 * pure, as the published package bundles them (packages/react/build/markPure.mjs, decision 0017).
 * Returns the files the page downloads: its script, every chunk that imports, and the form's own chunk
 * (the other forms' are never fetched).
 */
async function buildKitPage({ pagesDir, outdir }) {
  await viteBuild({
    root: pagesDir,
    configFile: join(repoRoot, 'scripts', 'size', 'app', 'vite.config.mjs'),
    logLevel: 'error',
    mode: 'production',
    resolve: { conditions: ['@adoption-support/source', ...defaultClientConditions] },
    plugins: [
      {
        name: 'material-renderers-as-published',
        transform: (code, id) => (MATERIAL_RENDERERS.test(id) ? { code: markPureSource(code), map: null } : null),
      },
    ],
    build: {
      outDir: outdir,
      emptyOutDir: false,
      manifest: 'kit-manifest.json',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: { kit: join(pagesDir, PAGES.kit.entry) },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  const manifest = JSON.parse(await readFile(join(outdir, 'kit-manifest.json'), 'utf8'));
  return pageFiles(manifest, PAGES.kit.entry, KIT_FORM);
}

/** Builds one page and returns the files it downloads; on a fresh checkout it may first need builds. */
async function buildPage(name, paths) {
  if (name === 'kit') return buildKitPage(paths);
  const attempt = async () => {
    await build(pageOptions(name, paths));
    return [`${name}.js`];
  };
  try {
    return await attempt();
  } catch (error) {
    // Only a module that is not there (an unbuilt package) is worth a build; any other error is the pages'.
    const missing = (error?.errors ?? []).find((e) => e.text.startsWith('Could not resolve'));
    if (!missing) throw error;
    console.error(`The pages do not build yet (${missing.text}): building @adoption-support/core and what it needs...`);
    // Its output goes to stderr: stdout is the bench's table.
    execFileSync('pnpm', ['--filter', '@adoption-support/core...', 'build'], {
      stdio: ['ignore', 2, 2],
      cwd: paths.packageDir,
    });
    return attempt();
  }
}

/**
 * Bundles each page into `outdir` (`<name>.js`, its chunks and `<name>.html`) and returns, per page,
 * the gzip size in bytes of every script the page downloads (each file compressed on its own, as a
 * server sends it).
 */
export async function buildPages({ pagesDir, outdir, packageDir }) {
  const sizes = {};
  for (const name of Object.keys(PAGES)) {
    const files = await buildPage(name, { pagesDir, outdir, packageDir });
    await writeFile(
      join(outdir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>` +
        `<body><div id="root"></div><script type="module" src="${name}.js"></script></body></html>`,
    );
    const gzipped = await Promise.all(
      files.map(async (f) => gzipSync(await readFile(join(outdir, f)), { level: 9 }).length),
    );
    sizes[name] = gzipped.reduce((sum, n) => sum + n, 0);
  }
  return sizes;
}

/** Serves `dir` on 127.0.0.1 (any free port), uncompressed and uncached. */
export async function servePages(dir) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/+/, '');
    try {
      const body = await readFile(join(dir, path));
      const type = extname(path) === '.html' ? 'text/html' : 'text/javascript';
      response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
