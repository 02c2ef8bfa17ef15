// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openElementPage } from './browserPage';

afterAll(closeBrowser);

/**
 * The React component inside a portal's own `<form>` (test/hostPage/reactHost.tsx): each field of the
 * kit has a form of its own (decision 0011), so the portal's form neither takes in the kit's boxes nor
 * is submitted by Enter in one of them.
 */
describe('the component inside a form of the host page', () => {
  it("keeps the kit's boxes out of the host's form, and Enter in them submits nothing", async () => {
    const { page, close, violations, problems } = await openElementPage({ path: 'react-host.html' });
    try {
      const name = page.getByRole('textbox', { name: /Child's legal name/ });
      await name.waitFor();
      const host = await page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('form[aria-label="Portal page"]')!;
        const kitBoxes = [...form.querySelectorAll('.asf-field input, .asf-field textarea, .asf-field select')];
        return {
          kitBoxes: kitBoxes.length,
          taken: [...form.elements].filter((element) => kitBoxes.includes(element)).length,
          sent: [...new FormData(form).keys()],
        };
      });
      expect(host.kitBoxes).toBeGreaterThan(10);
      expect(host.taken).toBe(0);
      expect(host.sent).toEqual(['caseNote']);

      const url = page.url();
      await name.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' Jr');
      await page.keyboard.press('Enter');
      // A date box (three boxes in their field's form): Enter there submits nothing either.
      await page.getByRole('textbox', { name: 'Day' }).first().focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      const counts = () =>
        page.evaluate(() => {
          const w = window as unknown as { hostSubmits: number; kitSubmits: number };
          return { host: w.hostSubmits, kit: w.kitSubmits };
        });
      expect(await counts()).toEqual({ host: 0, kit: 0 });
      expect(page.url()).toBe(url);
      await expect.poll(() => name.inputValue()).toBe('Leo James Harrow Jr');

      // The host's own box still submits the host's form with Enter: the listener is live.
      await page.getByRole('textbox', { name: 'Case note' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(counts).toEqual({ host: 1, kit: 0 });
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
