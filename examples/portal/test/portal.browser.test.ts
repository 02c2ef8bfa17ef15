import { shareCopy } from '@adoption-support/core';
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { buildPortal, PAGE_CSP } from '../src/app';
import { openStorage, type Storage } from '../src/storage';

const FORM = 'asp-england';
const current = forms[FORM].manifest.version;
const full = formExamples[FORM]['valid.full']!;

let storage: Storage;
let app: ReturnType<typeof buildPortal>;
let browser: Browser;
let base: string;

beforeAll(async () => {
  storage = await openStorage();
  app = buildPortal({ storage, elementDir: inject('elementDir'), clock: () => '2026-03-01' });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await storage?.close();
});

/** Every string answer in a document, by pointer. */
function strings(value: unknown, pointer = ''): [string, string][] {
  if (typeof value === 'string') return [[pointer, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => strings(v, `${pointer}/${key}`));
}

describe('the portal in Debian chromium', () => {
  it('autosaves, reloads, shows the server’s problems, submits, and shares with the birth family', async () => {
    // A nearly complete plan: the child's legal name and the name they are known by are missing.
    const data = structuredClone(full.data) as { document: { child: Record<string, unknown> } };
    const { fullName, knownAs } = data.document.child as { fullName: string; knownAs: string };
    delete data.document.child.fullName;
    delete data.document.child.knownAs;
    const created = await (
      await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ form: FORM, version: current, data }),
      })
    ).json();
    const api = async () => (await fetch(`${base}/api/documents/${created.id}`)).json();

    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    try {
      const response = await page.goto(`${base}/?plan=${created.id}`);
      expect(response?.headers()['content-security-policy']).toBe(PAGE_CSP);
      const knownAsField = page.getByLabel(/Name the child is known by/).first();
      await knownAsField.fill(knownAs);
      await expect.poll(async () => (await api()).data.document.child.knownAs).toBe(knownAs);

      await page.reload();
      await expect
        .poll(() =>
          page
            .getByLabel(/Name the child is known by/)
            .first()
            .inputValue(),
        )
        .toBe(knownAs);

      await page.getByRole('button', { name: 'Submit the plan' }).click();
      await expect.poll(() => page.locator('#problems').textContent()).toMatch(/Child's legal name/);
      expect((await api()).status).toBe('draft');

      await page
        .getByLabel(/Child's legal name/)
        .first()
        .fill(fullName);
      await page.getByRole('button', { name: 'Submit the plan' }).click();
      await expect.poll(async () => (await api()).status).toBe('submitted');
      await expect.poll(() => page.locator('#status').textContent()).toBe('Submitted.');
      const stored = await api();
      expect(stored.data.document.child.fullName).toBe(fullName);

      const href = await page.locator('a[data-audience="birthFamily"]').getAttribute('href');
      const copy = await fetch(`${base}${href}`);
      expect(copy.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const html = await copy.text();
      const expected = await shareCopy({ form: FORM, version: stored.version, data: stored.data }, 'birthFamily', {
        forms,
        birthFamilyRecipient: 0,
        clock: () => '2026-03-01',
      });
      if (expected.status !== 'shared') throw new Error('The plan could not be shared.');
      const kept = strings(expected.document.data).map(([, v]) => v);
      const withheld = strings(stored.data).filter(
        ([pointer, v]) => v.length >= 12 && !/^\d{4}-/.test(v) && !kept.some((k) => k.includes(v)) && pointer,
      );
      expect(withheld.length).toBeGreaterThan(5);
      for (const [pointer, value] of withheld) expect(html, pointer).not.toContain(value.replaceAll("'", '&#x27;'));
      // It is the birth family's copy of this plan: their section, and nothing of the child's legal name.
      expect(html).toContain('Support for the birth family');
      expect(html).not.toContain(fullName);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
