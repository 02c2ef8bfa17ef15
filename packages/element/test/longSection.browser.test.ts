// @vitest-environment node
import { formExamples } from '@adoption-support/schemas/examples';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, formEvents, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

/** The England plan, filled in, in edit mode: its first section has 38 fields. */
const showFullEnglandPlan = (page: Page) =>
  setForm(page, {
    form: 'asp-england',
    audience: 'agency',
    mode: 'edit',
    today: '2026-01-15',
    data: formExamples['asp-england']['valid.full']!.data,
  });

/**
 * A long section: fields out of view are left undrawn (`content-visibility: auto`) so a keystroke costs
 * the browser only what is on screen, yet each stays reachable, and drawing is clipped nowhere a
 * person would notice.
 */
describe('a long section', () => {
  it('draws only the fields in view, and draws a field as soon as it is focused', async () => {
    const { page, close } = await openElementPage({ viewport: { width: 1280, height: 700 } });
    try {
      await showFullEnglandPlan(page);
      await page
        .getByLabel(/Child's legal name/)
        .first()
        .waitFor();
      const drawn = () =>
        page.evaluate(() => {
          const root = document.querySelector('adoption-support-form')!.shadowRoot!;
          return [...root.querySelectorAll<HTMLElement>('.asf-field')].map((field) => {
            // What is inside a field the browser skips is not drawn (the field itself still takes room).
            const input = field.querySelector('input, textarea, select')!;
            return { drawn: input.checkVisibility({ contentVisibilityAuto: true }), id: input.id };
          });
        });
      const before = await drawn();
      expect(before.length).toBeGreaterThan(10);
      expect(before[0]!.drawn).toBe(true);
      const last = before.at(-1)!;
      expect(last.drawn).toBe(false);
      // Still in the page: focus reaches it and it is drawn, in view.
      await page.locator(`[id="${last.id}"]`).focus();
      await expect.poll(async () => (await drawn()).at(-1)!.drawn).toBe(true);
      expect(
        await page.evaluate(() => document.querySelector('adoption-support-form')!.shadowRoot!.activeElement?.id),
      ).toBe(last.id);
    } finally {
      await close();
    }
  });

  it("keeps a radio's focus ring inside the field, where it is not clipped", async () => {
    const { page, close } = await openElementPage();
    try {
      await showFullEnglandPlan(page);
      const radio = page.getByRole('radio').first();
      await radio.waitFor();
      const boxes = await radio.evaluate((input) => {
        // The ring is drawn by the radio's button (the input's parent), wider than the dot.
        const ring = input.parentElement!.getBoundingClientRect();
        const field = input.closest('.asf-field')!.getBoundingClientRect();
        return { ring: { left: ring.left, right: ring.right }, field: { left: field.left, right: field.right } };
      });
      expect(boxes.ring.left).toBeGreaterThanOrEqual(boxes.field.left);
      expect(boxes.ring.right).toBeLessThanOrEqual(boxes.field.right);
    } finally {
      await close();
    }
  });

  it('gives each field a form of its own, so autofill reads one field a keystroke, and Enter sends nothing', async () => {
    const { page, close } = await openElementPage();
    try {
      await showFullEnglandPlan(page);
      const name = page.getByLabel(/Child's legal name/).first();
      await name.waitFor();
      // Each field's boxes, and only those, are in one form, not shared with any other field.
      const forms = await page.evaluate(() => {
        const root = document.querySelector('adoption-support-form')!.shadowRoot!;
        const seen = new Set<HTMLFormElement>();
        const wrong: string[] = [];
        const fields = [...root.querySelectorAll<HTMLElement>('.asf-field')];
        for (const field of fields) {
          const boxes = [...field.querySelectorAll<HTMLInputElement>('input, textarea, select')];
          const form = boxes[0]?.form;
          const held = form ? [...form.elements].filter((e) => e.tagName !== 'BUTTON') : [];
          if (!form || seen.has(form) || held.length !== boxes.length || held.some((e, i) => e !== boxes[i])) {
            wrong.push(boxes[0]?.id ?? field.textContent ?? '');
          }
          if (form) seen.add(form);
        }
        return { fields: fields.length, wrong };
      });
      expect(forms.fields).toBeGreaterThan(10);
      expect(forms.wrong).toEqual([]);
      // Enter in a lone text box: the page is not sent or reloaded, nothing is submitted, the answer stays.
      await page.evaluate(() => {
        const w = window as unknown as { notReloaded: boolean; submits: number };
        w.notReloaded = true;
        w.submits = 0;
        // A submit event does not leave the shadow root: listen inside it, before any form.
        document.querySelector('adoption-support-form')!.shadowRoot!.addEventListener(
          'submit',
          () => {
            w.submits += 1;
          },
          true,
        );
      });
      const url = page.url();
      await name.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' Jr');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
      expect((await formEvents(page)).filter((event) => event.type === 'submit')).toEqual([]);
      await expect.poll(() => name.inputValue()).toBe('Leo James Harrow Jr');
    } finally {
      await close();
    }
  });
});
