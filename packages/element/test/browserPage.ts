import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './launchChromium';
import { type StaticServer, serveStatic } from './staticServer';

/** The strict policy the tests serve every page with. */
export const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The strictest policy: nothing inline anywhere, styles included (`style-src 'self'`). Images may be
 * `data:` URLs only for the test pages' empty icon (`<link rel="icon" href="data:,">`).
 */
export const STRICTEST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** A page with the element on it, and what the page saw go wrong. */
export interface ElementPage {
  page: Page;
  server: StaticServer;
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  violations(): Promise<string[]>;
  /** Console messages about the Content-Security-Policy, and uncaught errors. */
  problems: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

/** Debian's chromium, started once for a test file. */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchChromium().catch((error: unknown) => {
    throw new Error(
      `The browser tests need Debian's chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} ` +
        `(apt-get install -y chromium), or CHROMIUM_PATH set to another chromium. ${String(error)}`,
    );
  });
  return browser;
}

/** Closes the shared browser. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens the test page (or another page of test/pages) under a strict CSP, with the bundles the global
 * setup built.
 */
export async function openElementPage(
  options: {
    viewport?: { width: number; height: number };
    path?: string;
    /** The page's Content-Security-Policy ({@link STRICT_CSP} unless given). */
    csp?: string;
    /** More folders to serve, by URL prefix (`{ '/axe/': folder }`). */
    mounts?: Record<string, string>;
  } = {},
): Promise<ElementPage> {
  const server = await serveStatic(
    {
      '/': join(dirname(fileURLToPath(import.meta.url)), 'pages'),
      '/dist/': inject('bundleDir'),
      ...options.mounts,
    },
    { 'Content-Security-Policy': options.csp ?? STRICT_CSP },
  );
  const context = await (await sharedBrowser()).newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|unsafe-eval|EvalError/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`${error.name}: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${server.url}/${options.path ?? 'index.html'}`);
  return {
    page,
    server,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Sets the element's attributes and data, in the page. */
export async function setForm(
  page: Page,
  settings: {
    form?: string;
    audience?: string;
    mode?: string;
    locale?: string;
    recipient?: number;
    today?: string;
    data?: unknown;
  },
): Promise<void> {
  await page.evaluate((s) => {
    const element = document.querySelector('adoption-support-form') as HTMLElement & { data: unknown };
    if (s.form !== undefined) element.setAttribute('form', s.form);
    if (s.audience !== undefined) element.setAttribute('audience', s.audience);
    if (s.mode !== undefined) element.setAttribute('mode', s.mode);
    if (s.locale !== undefined) element.setAttribute('locale', s.locale);
    if (s.recipient !== undefined) element.setAttribute('birth-family-recipient', String(s.recipient));
    if (s.today !== undefined) element.setAttribute('today', s.today);
    if ('data' in s) element.data = s.data;
  }, settings);
}

/** The events the element fired, as the page recorded them. */
export function formEvents(page: Page): Promise<{ type: string; detail: Record<string, unknown> }[]> {
  return page.evaluate(
    () => (window as unknown as { formEvents: { type: string; detail: Record<string, unknown> }[] }).formEvents,
  );
}

/** All the text in the element's shadow root. */
export function formText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('adoption-support-form')?.shadowRoot?.textContent ?? '');
}
