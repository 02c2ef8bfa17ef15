import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for browser tests, listening on 127.0.0.1 only. */
export interface StaticServer {
  url: string;
  /** Every path asked for, in order (to check the page fetched only what it should). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves folders on a free port of 127.0.0.1: `mounts` maps a URL prefix (`/`, `/dist/`) to a
 * folder. `headers` go on every HTML page (a Content-Security-Policy, for instance). Paths outside
 * the folders are refused.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : mounts[prefix];
    const relative = prefix === undefined ? '' : normalize(path.slice(prefix.length) || 'index.html');
    const file = root === undefined ? undefined : join(root, relative);
    if (!root || !file || (!file.startsWith(root + sep) && file !== root)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, ...(type.startsWith('text/html') ? headers : {}) });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
