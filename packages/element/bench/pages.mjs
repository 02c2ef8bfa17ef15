// The bench's three pages (pages/*), bundled for production as a host would ship them, and a local
// server for them: nothing a page loads comes from the network.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The pages, in the order the table prints them. */
export const PAGES = {
  kit: { entry: 'kit.jsx', label: 'kit (AdoptionSupportForm)' },
  plain: { entry: 'plain.jsx', label: 'plain JSON Forms + material' },
  bare: { entry: 'bare.js', label: 'empty page: one text box' },
};

const pageOptions = (pagesDir, outdir) => ({
  entryPoints: Object.fromEntries(Object.entries(PAGES).map(([name, p]) => [name, join(pagesDir, p.entry)])),
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  // The workspace packages from source, as the element's build reads them.
  conditions: ['@adoption-support/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  write: true,
});

/**
 * Bundles each page into `outdir` (`<name>.js` and `<name>.html`) and returns each script's gzip size
 * in bytes. On a fresh checkout a page may need a workspace package's build (core's validators): when
 * a module cannot be found, it builds core and what core needs, once, and tries again.
 */
export async function buildPages({ pagesDir, outdir, packageDir }) {
  try {
    await build(pageOptions(pagesDir, outdir));
  } catch (error) {
    // Only a module that is not there (an unbuilt package) is worth a build; any other error is the pages'.
    const missing = (error?.errors ?? []).find((e) => e.text.startsWith('Could not resolve'));
    if (!missing) throw error;
    const reason = missing.text;
    console.error(`The pages do not build yet (${reason}): building @adoption-support/core and what it needs...`);
    // Its output goes to stderr: stdout is the bench's table.
    execFileSync('pnpm', ['--filter', '@adoption-support/core...', 'build'], {
      stdio: ['ignore', 2, 2],
      cwd: packageDir,
    });
    await build({ ...pageOptions(pagesDir, outdir), logLevel: 'error' });
  }
  const sizes = {};
  for (const name of Object.keys(PAGES)) {
    await writeFile(
      join(outdir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>` +
        `<body><div id="root"></div><script type="module" src="${name}.js"></script></body></html>`,
    );
    sizes[name] = gzipSync(await readFile(join(outdir, `${name}.js`)), { level: 9 }).length;
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
