import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFields, walkUiSchema } from '@adoption-support/core';
import { loadFormFolder } from '@adoption-support/core/node';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
// The component's own words, from its source: the package's entry would load the published forms' validators.
import { chromeStrings } from '../../react/src/i18n/chromeStrings';
import { previewStrings } from '../preview-app/previewStrings';
import { copyForm } from './support/materialise';
import { startCli } from './support/runCli';

const FORMS = fileURLToPath(new URL('../../../schemas/forms/', import.meta.url));

/** A copy of one of the kit's own forms in a fresh temporary folder. */
function copyKitForm(form: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'adoption-support-cli-')), form);
  cpSync(join(FORMS, form), folder, { recursive: true });
  return folder;
}

/** The position of the section holding the row with the most questions side by side. */
function widestRowSection(uischema: Record<string, unknown>): number {
  let best = { section: 0, width: 0 };
  (uischema.elements as unknown[]).forEach((section, index) => {
    const stack: unknown[] = [section];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const { type, elements } = node as { type?: unknown; elements?: unknown };
        if (type === 'HorizontalLayout' && Array.isArray(elements) && elements.length > best.width) {
          best = { section: index, width: elements.length };
        }
        stack.push(...Object.values(node));
      }
    }
  });
  return best.section;
}

const readStrings = (folder: string, locale: string) =>
  JSON.parse(readFileSync(join(folder, 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>;

describe.skipIf(!existsSync(CHROMIUM_PATH))('adoption-support preview in a browser', () => {
  let browser: Browser;
  const fixture = copyForm();
  const kitForm = copyKitForm('asp-wales');
  const englandForm = copyKitForm('asp-england');
  const clis = [fixture, kitForm, englandForm].map((folder) =>
    startCli(['preview', folder, '--port', '0'], { cwd: folder }),
  );

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const cli of clis) cli.child.kill('SIGINT');
    await Promise.all(clis.map((cli) => cli.exited));
  });

  /** Opens the preview a CLI serves; the first visit from source builds the page script. */
  async function open(index: number): Promise<{ page: Page; url: string; requests: string[] }> {
    const url = (await (clis[index] as (typeof clis)[number]).waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] as string;
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // A fresh checkout builds the page (the kit's component and MUI, from source) on the first visit;
    // until the build is done the page has no script, so it is loaded again until the form shows.
    for (let attempt = 1; ; attempt += 1) {
      await page.goto(url);
      try {
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
        break;
      } catch (error) {
        if (attempt >= 15) throw error;
      }
    }
    return { page, url, requests };
  }

  // The first test opens the page first, so on a fresh checkout it also waits for the page's build.
  it('draws the form, switches language, redraws on save and lists problems instead of a blank page', async () => {
    const { page, url, requests } = await open(0);
    const title = (locale: string) => readStrings(fixture, locale)['form.title'];
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title('en'));
    await page.getByText('Date of placement').first().waitFor();

    await page.getByLabel(previewStrings('en').language).selectOption('cy');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title('cy'));
    await page.getByLabel(previewStrings('cy').language).selectOption('en');

    const english = join(fixture, 'i18n', 'en.json');
    const original = readFileSync(english, 'utf8');
    const strings = JSON.parse(original) as Record<string, string>;
    strings['reviewDetails.dateOfPlacement.label'] = 'Date the child moved in';
    writeFileSync(english, JSON.stringify(strings, null, 2));
    await page.getByText('Date the child moved in').first().waitFor({ timeout: 20_000 });

    writeFileSync(english, original.replace('"form.title":', '"form.title" '));
    const alert = page.getByRole('alert').filter({ hasText: 'found by adoption-support lint' });
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toContain('i18n/en.json:2:');
    expect(await page.getByText('Date of placement').count()).toBe(0);

    writeFileSync(english, original);
    await page.getByText('Date of placement').first().waitFor({ timeout: 20_000 });

    // The form's rules run: an adoption order dated before the placement is refused in the rule's words.
    const rule = (
      JSON.parse(readFileSync(join(fixture, 'rules', 'reviews.json'), 'utf8')) as {
        rules: { id: string; target: string; message: string }[];
      }
    ).rules.find((r) => r.id === 'reviews.adoption-order.after-placement');
    const example = JSON.parse(readFileSync(join(fixture, 'examples', 'valid.full.json'), 'utf8')) as {
      data: { reviewDetails: { dateOfPlacement: string } };
    };
    const orderLabel = strings[`${rule?.target.slice(1).replaceAll('/', '.')}.label`] as string;
    const order = page.getByRole('group', { name: new RegExp(orderLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    const placedIn = Number(example.data.reviewDetails.dateOfPlacement.slice(0, 4));
    await order.getByLabel(chromeStrings.en['kit.date.year'] as string).fill(String(placedIn - 1));
    await page.getByRole('button', { name: chromeStrings.en['kit.action.continue'] }).click();
    await page
      .getByText(strings[rule?.message as string] as string)
      .first()
      .waitFor({ timeout: 20_000 });
    // Nothing was fetched from anywhere but the preview itself.
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('is the kit’s own form: task list, Welsh chrome, unclipped labels, same section after a save', async () => {
    const { page, url, requests } = await open(1);
    const { definition } = await loadFormFolder(kitForm);
    const en = readStrings(kitForm, 'en');
    const cy = readStrings(kitForm, 'cy');
    const sections = (definition.uischema.elements as { i18n: string }[]).map((c) => en[`${c.i18n}.label`]);

    // The kit's task list, one link per section, the first one current.
    const nav = page.locator('.asf-root nav');
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(sections);
    await expect(nav.getByRole('link').first().getAttribute('aria-current')).resolves.toBe('step');

    // Welsh: the form and the preview's own words.
    await page.getByLabel(previewStrings('en').language).selectOption('cy');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(cy[definition.manifest.titleKey]);
    await page.getByLabel(previewStrings('cy').reader).waitFor();
    await page.getByText(previewStrings('cy').previewOf).first().waitFor();
    expect(await page.getByLabel(previewStrings('en').reader).count()).toBe(0);
    expect(await page.getByText(previewStrings('en').updates).count()).toBe(0);

    // The section with the most questions in one row, in Welsh: no label is clipped or cut off with "…".
    const widest = widestRowSection(definition.uischema);
    const welshSection = cy[`${(definition.uischema.elements as { i18n: string }[])[widest]?.i18n}.label`] as string;
    await nav.getByRole('link', { name: welshSection }).click();
    await page.getByRole('heading', { level: 2, name: welshSection }).waitFor();
    const labels = await page.locator('.asf-root').evaluate((root) =>
      [...root.querySelectorAll('label, legend')].map((el) => ({
        text: el.textContent,
        cut: getComputedStyle(el).textOverflow === 'ellipsis' || el.scrollWidth > el.clientWidth + 1,
      })),
    );
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => l.cut)).toEqual([]);

    // A save redraws the form on the section it was on.
    const welsh = join(kitForm, 'i18n', 'cy.json');
    const edited = { ...cy, [definition.manifest.titleKey]: `${cy[definition.manifest.titleKey]} (golygwyd)` };
    writeFileSync(welsh, JSON.stringify(edited, null, 2));
    await page
      .getByRole('heading', { level: 1, name: edited[definition.manifest.titleKey] })
      .waitFor({ timeout: 20_000 });
    await expect(nav.getByRole('link', { name: welshSection }).getAttribute('aria-current')).resolves.toBe('step');
    await page.getByRole('heading', { level: 2, name: welshSection }).waitFor();

    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows the form as the reader chosen sees it: the birth family does not see the agency’s questions', async () => {
    const { page } = await open(2);
    const { definition } = await loadFormFolder(englandForm);
    const en = readStrings(englandForm, 'en');
    const nav = page.locator('.asf-root nav');
    await nav.getByRole('link').first().waitFor();

    // A question of the first section the agency sees and the birth family may not.
    const audienceOf = new Map(schemaFields(definition.schema).map((f) => [f.dataPath.join('/'), f.audience]));
    const labels = Object.entries(en).filter(([key]) => key.endsWith('.label'));
    const notForBirthFamily = walkUiSchema(definition.manifest.id, definition.uischema, definition.schema)
      .controls.filter(
        (c) =>
          c.uiPointer.startsWith('/elements/0/') &&
          !(audienceOf.get(c.dataPath.join('/')) ?? []).includes('birthFamily'),
      )
      .map((c) => en[`${c.i18nKey}.label`])
      .filter((label): label is string => !!label && labels.filter(([, text]) => text.includes(label)).length === 1);
    let hidden: string | undefined;
    for (const label of notForBirthFamily) {
      if ((await page.getByText(label).count()) > 0) {
        hidden = label;
        break;
      }
    }
    expect(hidden).toBeDefined();
    await page.getByLabel(previewStrings('en').reader).selectOption('birthFamily');
    await nav.getByRole('link').first().waitFor();
    expect(await page.getByText(hidden as string).count()).toBe(0);
    await page.getByLabel(previewStrings('en').reader).selectOption('agency');
    await page
      .getByText(hidden as string)
      .first()
      .waitFor();
    await page.context().close();
  }, 180_000);
});
