// @vitest-environment node
import { formExamples } from '@adoption-support/schemas/examples';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

/** Whether each field's input is drawn (a field the browser skips, `content-visibility: auto`, is not). */
const drawn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('adoption-support-form')!.shadowRoot!.querySelectorAll('.asf-field')].map((field) =>
      field.querySelector('input, textarea, select')!.checkVisibility({ contentVisibilityAuto: true }),
    ),
  );

/** The England plan, filled in, in edit mode: its first section has more fields than a screen holds. */
async function showLongSection(page: Page) {
  await setForm(page, {
    form: 'asp-england',
    audience: 'agency',
    mode: 'edit',
    today: '2026-01-15',
    data: formExamples['asp-england']['valid.full']!.data,
  });
  await page
    .getByLabel(/Child's legal name/)
    .first()
    .waitFor();
}

/**
 * Fields off screen are left undrawn while a person types (decision 0009), but a copy of the page
 * (print, a full-page screenshot) shows every one of them (decision 0021).
 */
describe('a copy of a long section', () => {
  it('draws every field while the element has a data-capture attribute, and skips them again after', async () => {
    const { page, close } = await openElementPage({ viewport: { width: 1280, height: 700 } });
    try {
      await showLongSection(page);
      const before = await drawn(page);
      expect(before.length).toBeGreaterThan(10);
      expect(before.at(-1)).toBe(false);

      await page.evaluate(() => document.querySelector('adoption-support-form')!.setAttribute('data-capture', ''));
      await expect.poll(async () => (await drawn(page)).every(Boolean)).toBe(true);
      // The last field, drawn, is far below the window: what a full-page screenshot captures.
      const lastField = await page.evaluate(() => {
        const fields = document.querySelector('adoption-support-form')!.shadowRoot!.querySelectorAll('.asf-field');
        const box = fields[fields.length - 1]!.getBoundingClientRect();
        return { top: box.top + window.scrollY, height: box.height };
      });
      expect(lastField.top).toBeGreaterThan(700);
      expect(lastField.height).toBeGreaterThan(0);

      await page.evaluate(() => document.querySelector('adoption-support-form')!.removeAttribute('data-capture'));
      await expect.poll(async () => (await drawn(page)).at(-1)).toBe(false);
    } finally {
      await close();
    }
  });

  it('draws every field in print', async () => {
    const { page, close } = await openElementPage({ viewport: { width: 1280, height: 700 } });
    try {
      await showLongSection(page);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(async () => (await drawn(page)).every(Boolean)).toBe(true);
    } finally {
      await close();
    }
  });
});
