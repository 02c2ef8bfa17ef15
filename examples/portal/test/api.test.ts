import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortal } from '../src/app';
import { openStorage, type Storage } from '../src/storage';

const FORM = 'asp-england';
const current = forms[FORM].manifest.version;
const full = formExamples[FORM]['valid.full']!;
const today = () => '2026-03-01';

let storage: Storage;
let app: ReturnType<typeof buildPortal>;

beforeAll(async () => {
  storage = await openStorage();
  app = buildPortal({ storage, elementDir: '/nonexistent', clock: today });
});
afterAll(async () => {
  await app.close();
  await storage.close();
});

function json(method: 'POST' | 'PUT' | 'GET', url: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { 'content-type': 'application/json', 'x-portal-user': 'Sam Social Worker' },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

async function draft(data: unknown = {}) {
  const response = await json('POST', '/api/documents', { form: FORM, version: current, data });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; revision: number; data: Record<string, unknown> };
}

describe('the portal API on PGlite', () => {
  it('creates, saves, loads and keeps an audit trail of who saved which revision at which version', async () => {
    const created = await draft();
    const saved = await json('PUT', `/api/documents/${created.id}`, {
      form: FORM,
      version: current,
      revision: created.revision,
      data: full.data,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().revision).toBe(created.revision + 1);
    const loaded = (await json('GET', `/api/documents/${created.id}`)).json();
    expect(loaded.data).toEqual(full.data);
    const history = (await json('GET', `/api/documents/${created.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['create', 'save']);
    expect(history[1]).toMatchObject({ revision: 2, who: 'Sam Social Worker', formVersion: current });
  });

  it('refuses a concurrent save with a stale revision (409) and keeps the first', async () => {
    const created = await draft();
    const first = { ...(full.data as object), marker: 'first' };
    const second = { ...(full.data as object), marker: 'second' };
    const url = `/api/documents/${created.id}`;
    const [a, b] = await Promise.all([
      json('PUT', url, { form: FORM, version: current, revision: created.revision, data: first }),
      json('PUT', url, { form: FORM, version: current, revision: created.revision, data: second }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'first' : 'second';
    const loaded = (await json('GET', url)).json();
    expect(loaded.revision).toBe(created.revision + 1);
    expect(loaded.data.marker).toBe(winner);
    expect((await json('GET', `${url}/history`)).json()).toHaveLength(2);
  });

  it('keeps unknown fields and own __proto__ keys as data', async () => {
    const data = JSON.parse('{"__proto__":{"polluted":true},"agencyNote":"kept","constructor":"x"}');
    const created = await draft(data);
    const loaded = (await json('GET', `/api/documents/${created.id}`)).json();
    expect(Object.hasOwn(loaded.data, '__proto__')).toBe(true);
    expect(loaded.data.agencyNote).toBe('kept');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 413 to an oversized body, 400 to invalid JSON, 404 to an unknown form, and stores nothing', async () => {
    const created = await draft();
    const url = `/api/documents/${created.id}`;
    const huge = await app.inject({
      method: 'PUT',
      url,
      headers: { 'content-type': 'application/json' },
      payload: `{"form":"${FORM}","version":"${current}","revision":1,"data":{"x":"${'a'.repeat(6_000_000)}"}}`,
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe('too-large');
    const broken = await app.inject({
      method: 'PUT',
      url,
      headers: { 'content-type': 'application/json' },
      payload: '{"form":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toMatch(/not valid JSON/);
    for (const form of ['no-such-form', '__proto__', 'toString']) {
      const unknown = await json('POST', '/api/documents', { form, version: current, data: {} });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: 'unknown-form' });
      expect(unknown.json().message).toContain(FORM);
    }
    const notEnvelope = await json('POST', '/api/documents', [1, 2]);
    expect(notEnvelope.statusCode).toBe(400);
    const badVersion = await json('PUT', url, { form: FORM, version: '1999.1', revision: 1, data: {} });
    expect(badVersion.statusCode).toBe(400);
    expect(badVersion.json().message).toContain(current);
    const nul = await json('PUT', url, { form: FORM, version: current, revision: 1, data: { x: 'a\u0000b' } });
    expect(nul.statusCode).toBe(400);
    expect(await storage.history(created.id)).toHaveLength(1);
    expect((await storage.load(created.id))?.revision).toBe(1);
    expect((await json('GET', '/api/documents/not-an-id')).statusCode).toBe(404);
  });

  it('migrates an old plan on load and says so; a save stores it at the current version', async () => {
    const versions = Object.keys(forms[FORM].history?.versions ?? {}).filter((v) => v !== current);
    const old = versions[0] ?? '2025.1';
    const stored = await storage.create({ id: crypto.randomUUID(), form: FORM, version: old, data: {} }, 'import');
    const loaded = (await json('GET', `/api/documents/${stored.id}`)).json();
    expect(loaded.version).toBe(current);
    expect(loaded.migration).toMatchObject({ from: old, to: current });
    expect(loaded.migration.applied.length).toBeGreaterThan(0);
    const old2 = await json('POST', '/api/documents', { form: FORM, version: old, data: {} });
    expect(old2.statusCode).toBe(201);
    expect(old2.json()).toMatchObject({ version: current, migration: { from: old, to: current } });
  });

  it('refuses an invalid submission with 422 and its problems, stores an accepted one as submitted', async () => {
    const data = structuredClone(full.data) as { document: { child: Record<string, unknown> } };
    delete data.document.child.fullName;
    const created = await draft(data);
    const url = `/api/documents/${created.id}/submit`;
    const refused = await json('POST', url, { form: FORM, version: current, revision: 1, data });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('/document/child/fullName');
    // What is left out is named as still needed, with its label and section, not as a problem.
    const needed = refused.json().missing.find((m: { pointer: string }) => m.pointer === '/document/child/fullName');
    expect(needed).toMatchObject({ field: forms[FORM].locales.en?.['document.child.fullName.label'] });
    expect(needed.section.label.length).toBeGreaterThan(0);
    const kept = await json('PUT', `/api/documents/${created.id}`, { form: FORM, version: current, revision: 1, data });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ status: 'draft', revision: 2, complete: false });
    expect(kept.json().missing).toContainEqual(needed);
    expect((await storage.load(created.id))?.status).toBe('draft');
    const accepted = await json('POST', url, { form: FORM, version: current, revision: 2, data: full.data });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'submitted', revision: 3, complete: true, missing: [] });
    const again = await json('PUT', `/api/documents/${created.id}`, {
      form: FORM,
      version: current,
      revision: 3,
      data,
    });
    expect(again.statusCode).toBe(409);
    expect((await storage.history(created.id)).map((h) => h.action)).toEqual(['create', 'save', 'submit']);
  });

  it('makes a copy per reader as text/html with its own policy, and refuses an unknown reader', async () => {
    const created = await draft(full.data);
    const copy = await json('GET', `/api/documents/${created.id}/share/birthFamily?recipient=0`);
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-type']).toMatch(/^text\/html/);
    expect(copy.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await json('GET', `/api/documents/${created.id}/share/__proto__`)).statusCode).toBe(404);
    expect((await json('GET', `/api/documents/${created.id}/share/child?recipient=-1`)).statusCode).toBe(400);
  });
});
