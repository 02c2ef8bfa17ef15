import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyForm } from './support/materialise';
import { startCli } from './support/runCli';

// Debian's chromium; the kit never downloads a browser.
const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('adoption-support preview in a browser', () => {
  let browser: Browser;
  const folder = copyForm();
  const cli = startCli(['preview', folder, '--port', '0'], { cwd: folder });

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    cli.child.kill('SIGINT');
    await cli.exited;
  });

  it('draws the form, switches language, redraws on save and lists problems instead of a blank page', async () => {
    const url = (await cli.waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] as string;
    const title = (locale: string) =>
      (JSON.parse(readFileSync(join(folder, 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>)[
        'form.title'
      ];
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    // The first visit from source builds the page script, which takes a few seconds.
    await expect(page.getByRole('heading', { level: 1 }).textContent({ timeout: 120_000 })).resolves.toBe(title('en'));
    await page.getByLabel('Date of placement').first().waitFor();

    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Cymraeg (cy)' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title('cy'));
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'English (en)' }).click();

    const english = join(folder, 'i18n', 'en.json');
    const original = readFileSync(english, 'utf8');
    const strings = JSON.parse(original) as Record<string, string>;
    strings['reviewDetails.dateOfPlacement.label'] = 'Date the child moved in';
    writeFileSync(english, JSON.stringify(strings, null, 2));
    await page.getByLabel('Date the child moved in').first().waitFor({ timeout: 20_000 });

    writeFileSync(english, original.replace('"form.title":', '"form.title" '));
    const alert = page.getByRole('alert').filter({ hasText: 'found by adoption-support lint' });
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toContain('i18n/en.json:2:');
    expect(await page.getByLabel('Date of placement').count()).toBe(0);

    writeFileSync(english, original);
    await page.getByLabel('Date of placement').first().waitFor({ timeout: 20_000 });
    // Nothing was fetched from anywhere but the preview itself.
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await context.close();
  });
});
