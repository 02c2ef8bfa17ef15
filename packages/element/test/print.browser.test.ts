// @vitest-environment node
import { formModel } from '@adoption-support/react';
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

describe('the print view', () => {
  it.each(Object.keys(forms) as (keyof typeof forms)[])(
    '%s prints every section, one to a page, with no buttons, links or inputs',
    async (id) => {
      const definition = forms[id];
      const { page, close } = await openElementPage();
      try {
        await page.emulateMedia({ media: 'print' });
        await setForm(page, {
          form: id,
          audience: 'agency',
          mode: 'print',
          today: '2026-01-15',
          data: formExamples[id]['valid.full']!.data,
        });
        const titles = formModel(definition, 'agency').sections.map((s) => definition.locales.en![`${s.i18n}.label`]!);
        await page.getByRole('heading', { level: 2, name: titles.at(-1)! }).waitFor();
        const facts = await page.evaluate(() => {
          const root = document.querySelector('adoption-support-form')!.shadowRoot!;
          const sections = [...root.querySelectorAll<HTMLElement>('.asf-print-section')];
          return {
            headings: [...root.querySelectorAll('h2')].map((h) => h.textContent),
            interactive: root.querySelectorAll('button, a[href], input, select, textarea, [tabindex="0"]').length,
            breaks: sections.map((s) => getComputedStyle(s).breakBefore),
            visibleText: (root.textContent ?? '').length,
          };
        });
        expect(facts.headings).toEqual(titles);
        expect(facts.interactive).toBe(0);
        expect(facts.breaks[0]).not.toBe('page');
        expect(facts.breaks.slice(1).every((b) => b === 'page')).toBe(true);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await close();
      }
    },
  );
});
