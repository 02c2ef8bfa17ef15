import { existsSync, type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefinitionLoadError } from '@adoption-support/core';
import { loadFormFolder } from '@adoption-support/core/node';
import { needObject, needText } from '../inputGuards';
import { lintFormFolder } from '../lint/lintFormFolder';
import type { PreviewDefinition, PreviewState } from './PreviewState';
import { previewAssets } from './previewAssets';

/** The loopback address: the preview is for the person at this computer only. */
export const PREVIEW_HOST = '127.0.0.1';

/** Options for {@link startPreview}. */
export interface PreviewOptions {
  /** The form folder to show. */
  folder: string;
  /** 0 picks a free port. */
  port: number;
  /** Told when the page script is being built (first run from source only). */
  onBuild?: () => void;
  /** Told after each reload, with the number of problems. */
  onReload?: (state: PreviewState) => void;
}

/** A running preview. */
export interface PreviewServer {
  url: string;
  /** The current state, as the page sees it. */
  state(): PreviewState;
  close(): Promise<void>;
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form preview</title>
</head>
<body>
<div id="root"><p>Loading the form preview…</p></div>
<noscript>The preview needs JavaScript.</noscript>
<script type="module" src="/app.js"></script>
</body>
</html>
`;

// The page compiles the schema being edited with ajv (hence 'unsafe-eval'); nothing may leave the computer.
const CSP =
  "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

async function readState(folder: string, revision: number): Promise<PreviewState> {
  const lint = await lintFormFolder(folder);
  const blocking = lint.problems.some((p) => p.check === 'files' || p.check === 'schema');
  try {
    const loaded = await loadFormFolder(folder);
    const { manifest } = loaded.definition;
    const texts = (value: unknown, fallback: string[]) => (Array.isArray(value) ? value.map(String) : fallback);
    // The manifest is read as it is on disk: the page gets its lists as lists even while it is broken.
    const definition: PreviewDefinition = {
      ...loaded.definition,
      manifest: {
        ...manifest,
        id: String(manifest.id),
        version: String(manifest.version),
        titleKey: String(manifest.titleKey),
        locales: texts(manifest.locales, ['en']),
        defaultLocale: String(manifest.defaultLocale ?? 'en'),
        audiences: texts(manifest.audiences, []) as PreviewDefinition['manifest']['audiences'],
        rulePacks: texts(manifest.rulePacks, []),
        migrations: texts(manifest.migrations, []),
      },
    };
    const examples = Object.fromEntries(Object.entries(loaded.examples).map(([name, e]) => [name, e.data]));
    return { revision, definition, examples, problems: lint.problems, renderable: !blocking };
  } catch (error) {
    if (!(error instanceof DefinitionLoadError)) throw error;
    return { revision, examples: {}, problems: lint.problems, renderable: false };
  }
}

/**
 * Serves a form folder on 127.0.0.1: a page that draws the form with its examples and languages, and
 * redraws it whenever a file in the folder is saved (`GET /events` announces each change). Requests
 * naming any other host are refused, so other sites cannot reach it through the browser.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const site = { function: 'startPreview', argument: 'options' };
  needObject(site, options, 'Pass { folder, port }.');
  needText(site, options.folder, 'Pass the path of a form folder.', '/folder');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    needText(site, null, 'Pass a port number from 0 (any free port) to 65535.', '/port');
  }
  const { folder } = options;
  const assets = previewAssets();
  let state = await readState(folder, 1);
  const listeners = new Set<ServerResponse>();
  let port = options.port;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CSP,
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `${PREVIEW_HOST}:${port}` && host !== `localhost:${port}`) {
      send(res, 403, 'text/plain; charset=utf-8', 'The preview only answers requests for this computer.');
      return;
    }
    if (req.method !== 'GET') {
      send(res, 405, 'text/plain; charset=utf-8', 'Only GET is allowed.');
      return;
    }
    const path = new URL(req.url ?? '/', `http://${host}`).pathname;
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', page);
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (path === '/api/form') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state));
    if (path === '/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(`event: ready\ndata: ${JSON.stringify({ revision: state.revision })}\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (path === '/app.js') {
      await assets.ensureBuilt(() => options.onBuild?.());
      if (!existsSync(assets.script)) {
        return send(
          res,
          200,
          'text/javascript; charset=utf-8',
          'document.getElementById("root").textContent = "The preview page is not built. Run: pnpm --filter @adoption-support/cli build";',
        );
      }
      return send(res, 200, 'text/javascript; charset=utf-8', await readFile(assets.script));
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `The preview failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, PREVIEW_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  // Reload when anything in the folder changes; changes within a moment are one reload.
  let timer: NodeJS.Timeout | undefined;
  let reloading = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => {
      state = await readState(folder, state.revision + 1);
      const message = `event: change\ndata: ${JSON.stringify({ revision: state.revision, problems: state.problems.length })}\n\n`;
      for (const listener of listeners) listener.write(message);
      options.onReload?.(state);
    });
  };
  const watcher: FSWatcher = watch(folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(reload, 150);
  });

  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    state: () => state,
    async close() {
      clearTimeout(timer);
      watcher.close();
      for (const listener of listeners) listener.end();
      await reloading;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
