// @vitest-environment node
// The read-only view in a real browser: what a reader outside the agency gets when the page names no mode.
import { redact } from '@adoption-support/core';
import { chromeStrings, formModel, READ_ONLY_AUDIENCES } from '@adoption-support/react';
import { type Audience, aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, formText, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

/** Every string of a document that holds a space: free-text answers, not codes or dates. */
function sentences(data: unknown): string[] {
  const out: string[] = [];
  const pending: unknown[] = [data];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (typeof value === 'string' && value.includes(' ')) out.push(value);
    else if (value && typeof value === 'object') pending.push(...Object.values(value));
  }
  return out;
}

describe('mode "view" in the element', () => {
  it.each(
    READ_ONLY_AUDIENCES.filter((a): a is Audience => a !== 'agency' && formModel(aspEngland, a).sections.length > 0),
  )('asp-england for %s with no mode attribute: the answers as text, with nothing to change', async (audience) => {
    const full = formExamples['asp-england']['valid.full']!.data;
    const recipient = audience === 'birthFamily' ? { recipient: 0 } : {};
    const { page, close, problems } = await openElementPage();
    try {
      await setForm(page, { form: 'asp-england', audience, ...recipient, data: full });
      const sections = formModel(aspEngland, audience).sections.map((s) => aspEngland.locales.en![`${s.i18n}.label`]!);
      await page.getByRole('heading', { level: 2, name: sections.at(-1)! }).waitFor();
      const seen = await page.evaluate(() => {
        const element = document.querySelector('adoption-support-form')!;
        const root = element.shadowRoot!;
        return {
          mode: element.getAttribute('mode'),
          view: root.querySelector('.asf-mode-view') !== null,
          controls: root.querySelectorAll('input, textarea, select, button, [contenteditable="true"]').length,
        };
      });
      expect(seen).toEqual({ mode: null, view: true, controls: 0 });
      expect(await page.getByRole('link', { name: chromeStrings.en['kit.action.change']! }).count()).toBe(0);
      const text = await formText(page);
      const allowed = redact(aspEngland, full, audience, audience === 'birthFamily' ? { birthFamilyRecipient: 0 } : {});
      const shown = sentences(allowed.data);
      expect(shown.length).toBeGreaterThan(0);
      for (const answer of shown) expect(text).toContain(answer);
      const labels = Object.values(aspEngland.locales.en ?? {}).join('\n');
      const withheld = sentences(full).filter((s) => !shown.some((v) => v.includes(s)) && !labels.includes(s));
      expect(withheld.length).toBeGreaterThan(0);
      for (const secret of withheld) expect(text).not.toContain(secret);
      // The task list takes the keyboard to a section: Tab to its link, Enter, and the focus is on its heading.
      const last = sections.at(-1)!;
      for (let i = 0; i < 50; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(
          () => document.querySelector('adoption-support-form')?.shadowRoot?.activeElement?.textContent ?? '',
        );
        if (name === last) break;
      }
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page.evaluate(() => {
            const active = document.querySelector('adoption-support-form')?.shadowRoot?.activeElement;
            return `${active?.tagName} ${active?.textContent}`;
          }),
        )
        .toBe(`H2 ${last}`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
