// @vitest-environment node
import { shareCopy } from '@adoption-support/core';
import { documentPdf, renderDocumentHtml } from '@adoption-support/react/server';
import { type Audience, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';

const clock = () => '2026-01-15';
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Every string answer in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** A PDF's text (one string, spaces between runs), whether it is tagged, its outline and its language. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  let structured = 0;
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    text += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
    if ((await page.getStructTree())?.children.length) structured += 1;
  }
  const outline = (await pdf.getOutline()) ?? [];
  const markInfo = await pdf.getMarkInfo();
  const { info } = (await pdf.getMetadata()) as { info: { Language?: string } };
  await pdf.destroy();
  return {
    text: text.replace(/\s+/g, ' '),
    pages: pdf.numPages,
    structured,
    outline,
    markInfo,
    language: info.Language,
  };
}

describe('a server-made PDF of a reader’s copy (documentPdf in Debian chromium)', () => {
  it.each(['adopters', 'child'] as Audience[])(
    'asp-england for the %s: tagged, outlined, in English, with their answers and nothing withheld',
    async (audience) => {
      const envelope = formExamples['asp-england']['valid.full'];
      if (!envelope) throw new Error('no example');
      const copy = await renderDocumentHtml(envelope, { forms, audience, clock });
      if (copy.status !== 'rendered') throw new Error(copy.problem.message);
      const pdf = await readPdf(await documentPdf(copy.html, browser));

      expect(pdf.markInfo?.Marked).toBe(true);
      expect(pdf.structured).toBe(pdf.pages);
      expect(pdf.outline.length).toBeGreaterThan(0);
      expect(pdf.language).toBe('en');
      const title = forms['asp-england'].locales.en?.[forms['asp-england'].manifest.titleKey] ?? '';
      expect(pdf.text).toContain(title);

      // The answers this reader may see (the same server's shareCopy) are in the PDF; the others are not.
      const shared = await shareCopy(envelope, audience, { forms, clock });
      if (shared.status !== 'shared') throw new Error('shareCopy refused a valid example');
      expect(copy.removed).toEqual(shared.removed);
      const kept = strings(shared.document.data);
      const words = (s: string) => s.split(/\s+/).join(' ');
      const long = (s: string) => s.length >= 12 && /\s/.test(s) && !/^\d{4}-\d{2}-\d{2}$/.test(s);
      const visible = kept.filter(long);
      for (const answer of visible.slice(0, 10)) expect(pdf.text).toContain(words(answer));
      // Unless the same words are also in what they may see, or in the form's own wording.
      const visibleText = [...kept, ...strings(forms['asp-england'].locales)];
      const withheld = strings(envelope.data).filter((s) => long(s) && !visibleText.some((k) => k.includes(s)));
      expect(withheld.length).toBeGreaterThan(0);
      for (const answer of withheld) expect(pdf.text, `the ${audience} must not read it`).not.toContain(words(answer));
    },
  );

  it('refuses what is not a rendered page, and a missing browser, with KitErrors', async () => {
    await expect(documentPdf('<p>hello</p>', browser)).rejects.toMatchObject({ name: 'KitInputError' });
    await expect(documentPdf('<!doctype html><p>hello</p>', {} as never)).rejects.toMatchObject({
      name: 'KitInputError',
    });
  });
});
