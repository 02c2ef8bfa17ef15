import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formVersions, judgeSubmission, migrateEnvelope } from '@adoption-support/core';
import { renderDocumentHtml } from '@adoption-support/react/server';
import { forms } from '@adoption-support/schemas';
import { validators } from '@adoption-support/schemas/validators';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Storage, StoredDocument } from './storage';

/** The page's policy: nothing inline, scripts and styles from this server only. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Readers a copy can be made for. */
const AUDIENCES = ['professionals', 'panel', 'adopters', 'child', 'birthFamily'] as const;

/** A little above judgeSubmission's own 5,000,000-character limit, as its docs advise. */
const BODY_LIMIT = 5_500_000;

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface PortalOptions {
  storage: Storage;
  /** The element's built bundle (packages/element/dist after `pnpm build`). */
  elementDir: string;
  /** "Today" for the rules, `YYYY-MM-DD`; today in the UK by default. */
  clock?: () => string;
}

type Params = { id: string; audience: string };

function fail(reply: FastifyReply, status: number, error: string, message: string, more: object = {}) {
  return reply.code(status).send({ error, message, ...more });
}

/** Who is acting: a real portal takes this from its session; the example reads a header. */
function who(request: FastifyRequest): string {
  const header = request.headers['x-portal-user'];
  return typeof header === 'string' && header.length > 0 && header.length <= 200 ? header : 'anonymous';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Serves one file from `root`, refusing any path outside it. */
async function sendFile(reply: FastifyReply, root: string, path: string, headers: Record<string, string> = {}) {
  const file = join(root, normalize(path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return fail(reply, 404, 'not-found', 'No such file.');
  try {
    const body = await readFile(file);
    return reply.headers({ 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).send(body);
  } catch {
    return fail(reply, 404, 'not-found', 'No such file.');
  }
}

/** The portal: its page, the element's bundle and the JSON API. */
export function buildPortal(options: PortalOptions): FastifyInstance {
  // No logger: form data is never logged. Own `__proto__` and `constructor` keys are data the kit keeps
  // as data (JSON.parse makes them own properties), so they are not refused.
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
  });
  const { storage } = options;
  const judgeOptions = { forms, validators, ...(options.clock ? { clock: options.clock } : {}) };

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return fail(reply, 413, 'too-large', `The request is larger than ${BODY_LIMIT} bytes.`);
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return fail(reply, 415, 'not-json', 'Send the document as application/json.');
    if (status >= 400 && status < 500) return fail(reply, 400, 'bad-request', 'The request body is not valid JSON.');
    return fail(reply, 500, 'server-error', 'The portal could not do that. Nothing was changed.');
  });

  /** Judges an envelope; answers a refusal or returns the judgement. */
  async function judge(body: unknown, reply: FastifyReply) {
    const result = await judgeSubmission(body, judgeOptions);
    if (result.status === 'refused') {
      const status = result.problem.code === 'too-large' ? 413 : result.problem.code === 'unknown-form' ? 404 : 400;
      await fail(reply, status, result.problem.code, result.problem.message, { pointer: result.problem.pointer });
      return undefined;
    }
    // Postgres' jsonb cannot hold the NUL character: refuse it clearly rather than fail to store.
    if (JSON.stringify(result.document).includes('\\u0000')) {
      await fail(reply, 400, 'unstorable-text', 'An answer holds the NUL character (\\u0000), which cannot be stored.');
      return undefined;
    }
    return result;
  }

  async function loaded(request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) {
    const stored = ID.test(request.params.id) ? await storage.load(request.params.id) : undefined;
    if (!stored) await fail(reply, 404, 'unknown-document', 'There is no plan with that id.');
    return stored;
  }

  function revisionOf(body: unknown): number | undefined {
    const revision = isObject(body) ? body.revision : undefined;
    return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0 ? revision : undefined;
  }

  /** Saves a judged envelope over the stored one if nobody saved since `revision`. */
  async function saveOver(
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    submit: boolean,
  ): Promise<unknown> {
    const stored = await loaded(request, reply);
    if (!stored) return;
    const revision = revisionOf(request.body);
    if (revision === undefined)
      return fail(reply, 400, 'no-revision', 'Send the revision you loaded, as "revision": a whole number.');
    if (isObject(request.body) && request.body.form !== stored.form)
      return fail(reply, 400, 'wrong-form', `This plan is a ${stored.form} form; send it as one.`);
    const result = await judge(request.body, reply);
    if (!result) return;
    if (submit && !result.valid) {
      return fail(reply, 422, 'invalid', 'The plan is not complete and correct yet. Nothing was submitted.', {
        errors: result.errors,
        ruleMessages: result.ruleMessages,
        ruleFailures: result.ruleFailures,
        // The answers this stage still needs, each with its label and section, for "still needed: ...".
        missing: result.missing,
      });
    }
    const saved = await storage.save(
      {
        id: stored.id,
        expectedRevision: revision,
        version: result.document.version,
        data: result.document.data,
        status: submit ? 'submitted' : 'draft',
      },
      who(request),
    );
    if (!saved) {
      const now = await storage.load(stored.id);
      return fail(
        reply,
        409,
        now?.status === 'submitted' ? 'submitted' : 'conflict',
        now?.status === 'submitted'
          ? 'This plan has been submitted: it cannot be changed.'
          : `Someone saved this plan since revision ${revision}. Reload it (now revision ${now?.revision}); nothing was overwritten.`,
        { revision: now?.revision },
      );
    }
    // A draft is kept whatever is still missing; the answer says whether it is complete for its stage.
    return reply.send({
      ...publicView(saved),
      migration: result.migration,
      complete: result.valid,
      missing: result.missing,
    });
  }

  app.get('/', (_request, reply) => sendFile(reply, PUBLIC, 'index.html', { 'content-security-policy': PAGE_CSP }));
  app.get('/portal.js', (_request, reply) => sendFile(reply, PUBLIC, 'portal.js'));
  app.get('/portal.css', (_request, reply) => sendFile(reply, PUBLIC, 'portal.css'));
  app.get<{ Params: { '*': string } }>('/element/*', (request, reply) =>
    sendFile(reply, options.elementDir, request.params['*']),
  );

  app.get('/api/forms', async () =>
    Object.entries(forms).map(([id, form]) => ({ id, version: form.manifest.version })),
  );

  app.post('/api/documents', async (request, reply) => {
    const result = await judge(request.body, reply);
    if (!result) return;
    const created = await storage.create(
      { id: randomUUID(), form: result.document.form, version: result.document.version, data: result.document.data },
      who(request),
    );
    return reply.code(201).send({ ...publicView(created), migration: result.migration });
  });

  app.get<{ Params: Params }>('/api/documents/:id', async (request, reply) => {
    const stored = await loaded(request, reply);
    if (!stored) return;
    const form = Object.hasOwn(forms, stored.form) ? forms[stored.form as keyof typeof forms] : undefined;
    if (!form) return fail(reply, 409, 'unknown-form', `This portal no longer has the ${stored.form} form.`);
    if (stored.version === form.manifest.version) return publicView(stored);
    // An older plan is brought up to date on load; the next save stores it at the new version.
    try {
      const envelope = { form: stored.form, version: stored.version, data: stored.data };
      const { document, applied, preserved } = await migrateEnvelope(envelope, formVersions(form));
      return {
        ...publicView(stored),
        version: document.version,
        data: document.data,
        migration: { from: stored.version, to: document.version, applied, preserved },
      };
    } catch (error) {
      return fail(reply, 409, 'cannot-migrate', `This plan (version ${stored.version}) cannot be brought up to date.`, {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  });

  app.put<{ Params: Params }>('/api/documents/:id', (request, reply) => saveOver(request, reply, false));
  app.post<{ Params: Params }>('/api/documents/:id/submit', (request, reply) => saveOver(request, reply, true));

  app.get<{ Params: Params }>('/api/documents/:id/history', async (request, reply) => {
    const stored = await loaded(request, reply);
    if (!stored) return;
    return storage.history(stored.id);
  });

  app.get<{ Params: Params; Querystring: { recipient?: string } }>(
    '/api/documents/:id/share/:audience',
    async (request, reply) => {
      const audience = AUDIENCES.find((a) => a === request.params.audience);
      if (!audience) return fail(reply, 404, 'unknown-audience', `Copies are made for ${AUDIENCES.join(', ')}.`);
      const recipient = request.query.recipient;
      if (recipient !== undefined && !/^\d{1,4}$/.test(recipient))
        return fail(reply, 400, 'bad-recipient', 'recipient is the position of the relative’s row: 0, 1, 2…');
      const stored = await loaded(request, reply);
      if (!stored) return;
      const copy = await renderDocumentHtml(
        { form: stored.form, version: stored.version, data: stored.data },
        {
          forms,
          audience,
          ...(recipient === undefined ? {} : { recipient: Number(recipient) }),
          ...(options.clock ? { clock: options.clock } : {}),
        },
      );
      if (copy.status !== 'rendered') return fail(reply, 409, copy.problem.code, copy.problem.message);
      const policy =
        /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(copy.html)?.[1] ?? "default-src 'none'";
      return reply
        .headers({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy })
        .send(copy.html);
    },
  );

  return app;
}

function publicView(stored: StoredDocument) {
  return {
    id: stored.id,
    form: stored.form,
    version: stored.version,
    data: stored.data,
    revision: stored.revision,
    status: stored.status,
    updatedAt: stored.updatedAt,
  };
}
