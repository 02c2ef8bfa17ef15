import { KitInputError } from '@adoption-support/core';

/** What the kit asks of the page that prints: Playwright's `Page` has it. */
export interface PdfPage {
  setContent(html: string, options: { waitUntil: 'load' }): Promise<unknown>;
  pdf(options: {
    format: 'A4';
    printBackground: boolean;
    tagged: boolean;
    outline: boolean;
    margin: { top: string; right: string; bottom: string; left: string };
  }): Promise<Uint8Array>;
  close(): Promise<unknown>;
}

/** What the kit asks of the browser: Playwright's `Browser` (chromium) has it. */
export interface PdfBrowser {
  newPage(options: { javaScriptEnabled: boolean; offline: boolean }): Promise<PdfPage>;
}

const refuse = (argument: string, problem: string, fix: string): never => {
  throw new KitInputError({ function: 'documentPdf', argument, pointer: '', problem, fix });
};

/**
 * Prints a page from `renderDocumentHtml` to a tagged, accessible PDF (headings, lists and the
 * page language kept for screen readers, and an outline of the sections) in the host's own chromium:
 * with Playwright, `documentPdf(copy.html, await chromium.launch({ executablePath }))`. The page is
 * opened with scripts off and the network off; the browser stays the host's to reuse and close.
 */
export async function documentPdf(html: string, browser: PdfBrowser): Promise<Uint8Array> {
  if (typeof html !== 'string' || !html.startsWith('<!doctype html>')) {
    refuse('html', 'This is not a page from renderDocumentHtml.', 'Pass the `html` of a rendered copy.');
  }
  if (typeof (browser as { newPage?: unknown } | null)?.newPage !== 'function') {
    refuse('browser', 'No browser was given.', 'Pass a chromium browser from Playwright: `await chromium.launch()`.');
  }
  const page = await browser.newPage({ javaScriptEnabled: false, offline: true });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' },
    });
  } finally {
    await page.close();
  }
}
