import { forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzParameters, hostileJson, withHostilePart } from '../../../packages/core/src/testing/hostileJson';
import { buildPortal } from '../src/app';
import { openStorage, type Storage } from '../src/storage';
import { jsonText } from './jsonText';

const FORM = 'asp-england';
const current = forms[FORM].manifest.version;

let storage: Storage;
let app: ReturnType<typeof buildPortal>;
let id: string;

beforeAll(async () => {
  storage = await openStorage();
  app = buildPortal({ storage, elementDir: '/nonexistent', clock: () => '2026-03-01' });
  id = (await storage.create({ id: crypto.randomUUID(), form: FORM, version: current, data: {} }, 'test')).id;
});
afterAll(async () => {
  await app.close();
  await storage.close();
});

function send(method: 'POST' | 'PUT', url: string, body: unknown) {
  return app.inject({
    method,
    url,
    headers: { 'content-type': 'application/json' },
    payload: jsonText(body),
  });
}

/** Every answer is a clear 4xx (or a success), never a crash; the message says what went wrong. */
function expectClearAnswer(response: Awaited<ReturnType<typeof send>>) {
  expect(response.statusCode).toBeLessThan(500);
  if (response.statusCode >= 400) expect(typeof response.json().message).toBe('string');
}

describe('hostile requests', () => {
  it('writes any value as the JSON text JSON.stringify gives, without recursion', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonText(value)).toBe(JSON.stringify(value));
      }),
      fuzzParameters(),
    );
  });

  it('answers any JSON body to POST /api/documents with a clear 4xx or a stored draft', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => {
        expectClearAnswer(await send('POST', '/api/documents', body));
      }),
      fuzzParameters(),
    );
  });

  it('answers a save with any hostile part with a clear 4xx, storing nothing unless it was a valid save', async () => {
    const valid = { form: FORM, version: current, revision: 1, data: {} };
    await fc.assert(
      fc.asyncProperty(withHostilePart(valid, ['form', 'version', 'revision', 'data']), async (body) => {
        const before = await storage.load(id);
        const response = await send('PUT', `/api/documents/${id}`, { ...body, revision: before?.revision ?? 1 });
        expectClearAnswer(response);
        const after = await storage.load(id);
        if (response.statusCode === 200) expect(after?.revision).toBe((before?.revision ?? 0) + 1);
        else expect(after).toEqual(before);
      }),
      fuzzParameters(),
    );
  });
});
