// @vitest-environment node
import { applyHiddenData, createRuleEngine } from '@adoption-support/core';
import { forms as definitions } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, formEvents, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

const forms = Object.keys(formExamples) as (keyof typeof formExamples)[];
const TODAY = '2026-01-15';

/** What a server applying the same rule packs says of a document: its rule messages and what it keeps. */
function serverView(id: keyof typeof definitions, data: unknown) {
  const definition = definitions[id];
  const packs = definition.manifest.rulePacks.map((p) => definition.rulePacks[p]);
  if (packs.length === 0) return { messages: [], kept: data };
  const outcome = createRuleEngine({ packs, clock: () => TODAY }).evaluate(data);
  return { messages: outcome.messages, kept: applyHiddenData(definition, data, outcome.hidden).data };
}

/** The DOM id suffix the kit gives a field's input (see the react package's fieldId). */
const idSuffix = (pointer: string) => `-f${pointer.replace(/[^A-Za-z0-9_]/g, '-')}`;

describe("under Content-Security-Policy: script-src 'self'", () => {
  it.each(forms)('%s is filled in, checked and submitted with no policy violations', async (id) => {
    const examples = formExamples[id];
    const { page, violations, problems, close } = await openElementPage();
    try {
      // A blank form: Save and continue reports what is missing (the precompiled validator ran).
      await setForm(page, { form: id, audience: 'agency', mode: 'edit', today: TODAY, data: {} });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      const summary = page.getByRole('alert');
      await expect.poll(() => summary.getByRole('link').count()).toBeGreaterThan(0);
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.querySelector('adoption-support-form')?.shadowRoot?.activeElement?.getAttribute('role'),
          ),
        )
        .toBe('alert');

      // Typing reaches the page as a change event with the whole document.
      const firstBox = page.getByRole('main').getByRole('textbox').first();
      await firstBox.click();
      await page.keyboard.type('7');
      await expect.poll(async () => (await formEvents(page)).some((e) => e.type === 'change')).toBe(true);

      // Each invalid example is stopped at Submit, with a link to each field at fault.
      for (const [name, example] of Object.entries(examples).filter(([n]) => n.startsWith('invalid.'))) {
        await setForm(page, { mode: 'check', data: example.data });
        await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
        await page.getByRole('button', { name: 'Submit' }).click();
        await summary.waitFor();
        const hrefs = () =>
          summary.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
        for (const expected of example.expect ?? []) {
          await expect
            .poll(async () => (await hrefs()).some((h) => h.includes(idSuffix(expected.pointer))), {
              message: `${name}: ${expected.pointer}`,
            })
            .toBe(true);
        }
      }

      // The full example: submitted as a server applying the same packs would keep it, or, where the
      // rules still have something to say about it (on this date), stopped with exactly those messages.
      const full = examples['valid.full']!.data;
      const server = serverView(id, full);
      await setForm(page, { mode: 'check', data: full });
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      await page.getByRole('button', { name: 'Submit' }).click();
      if (server.messages.length === 0) {
        await expect.poll(async () => (await formEvents(page)).filter((e) => e.type === 'submit').length).toBe(1);
        const submitted = (await formEvents(page)).find((e) => e.type === 'submit')!;
        expect(submitted.detail.data).toEqual(server.kept);
      } else {
        await summary.waitFor();
        for (const message of server.messages) {
          await expect
            .poll(async () =>
              (
                await summary.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))
              ).some((h) => h.includes(idSuffix(message.pointer))),
            )
            .toBe(true);
        }
        expect((await formEvents(page)).some((e) => e.type === 'submit')).toBe(false);
      }

      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fetches the module and only the chunk of the form the page shows', async () => {
    const { page, server, close } = await openElementPage();
    try {
      await setForm(page, { form: 'asp-wales', audience: 'agency', data: {} });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const forms = server.requests.filter((r) => r.startsWith('/dist/forms/') && r.endsWith('.js'));
      expect(forms.some((r) => r.includes('/asp-wales-'))).toBe(true);
      expect(forms.some((r) => /asp-england|assessment-wales|review/.test(r))).toBe(false);
    } finally {
      await close();
    }
  });
});
