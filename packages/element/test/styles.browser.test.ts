// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { kitColours } from '@adoption-support/react';
import { formExamples } from '@adoption-support/schemas/examples';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openElementPage, STRICTEST_CSP, setForm } from './browserPage';

afterAll(closeBrowser);

const forms = Object.keys(formExamples) as (keyof typeof formExamples)[];
const TODAY = '2026-01-15';

/** `#00703c` as the browser reports it: `rgb(0, 112, 60)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The computed styles that show whose CSS an element was drawn with. */
interface Look {
  background: string;
  color: string;
  textTransform: string;
  fontFamily: string;
  fontStyle: string;
  lineHeight: string;
  letterSpacing: string;
  wordSpacing: string;
}

/** The look of the first element matching `selector` in the element's shadow root, or of the page's. */
function lookOf(page: Page, selector: string, inShadow = true): Promise<Look> {
  return page.evaluate(
    ([selector, inShadow]) => {
      const root = inShadow ? document.querySelector('adoption-support-form')!.shadowRoot! : document;
      const style = getComputedStyle(root.querySelector(selector as string)!);
      return {
        background: style.backgroundColor,
        color: style.color,
        textTransform: style.textTransform,
        fontFamily: style.fontFamily,
        fontStyle: style.fontStyle,
        lineHeight: style.lineHeight,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
      };
    },
    [selector, inShadow] as const,
  );
}

/** The kit's primary button is styled by the kit's CSS alone: green, sentence case. */
async function expectKitButton(page: Page, inShadow = true) {
  // Away from the button, past its hover colour's transition.
  await page.mouse.move(0, 0);
  const look = () => lookOf(page, '.asf-root button.MuiButton-contained', inShadow);
  await expect.poll(async () => (await look()).background).toBe(rgb(kitColours.button));
  expect((await look()).color).toBe(rgb(kitColours.background));
  expect((await look()).textTransform).toBe('none');
}

/** A policy that allows styles by this nonce only. */
const nonceCsp = (nonce: string) =>
  `default-src 'self'; script-src 'self'; style-src 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`;

/** The kit's styles are all in adopted sheets, or all in `<style>` elements, of the shadow root or the page. */
async function expectStylesIn(page: Page, place: 'adopted sheets' | 'style elements', inShadow: boolean) {
  const found = await page.evaluate((inShadow) => {
    const root = inShadow ? document.querySelector('adoption-support-form')!.shadowRoot! : document;
    return { adopted: root.adoptedStyleSheets.length, elements: root.querySelectorAll('style').length };
  }, inShadow);
  const [used, unused] = place === 'adopted sheets' ? [found.adopted, found.elements] : [found.elements, found.adopted];
  expect(used).toBeGreaterThan(0);
  expect(unused).toBe(0);
}

/** A blank form in edit mode, with Save and continue pressed: the error summary and its links show. */
async function showErrors(page: Page, form: string) {
  await setForm(page, { form, audience: 'agency', mode: 'edit', today: TODAY, data: {} });
  const element = page.locator('adoption-support-form');
  await element.getByRole('heading', { level: 1 }).waitFor();
  await element.getByRole('button', { name: 'Save and continue' }).click();
  await expect.poll(() => element.getByRole('alert').getByRole('link').count()).toBeGreaterThan(0);
}

describe(`under Content-Security-Policy: ${STRICTEST_CSP}`, () => {
  it.each(forms)('%s is drawn with its styles and no policy violations', async (id) => {
    const { page, violations, problems, close } = await openElementPage({ csp: STRICTEST_CSP });
    try {
      await showErrors(page, id);
      await expectKitButton(page);
      expect((await lookOf(page, '.asf-field label, .asf-field legend')).color).toBe(rgb(kitColours.text));
      // Check answers, with the example filled in: another view, other styles.
      await setForm(page, { mode: 'check', data: formExamples[id]['valid.full']!.data });
      await page
        .locator('adoption-support-form')
        .getByRole('heading', { level: 1, name: 'Check your answers' })
        .waitFor();
      await expectKitButton(page);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the React component on a portal page is drawn with its styles and no policy violations', async () => {
    const { page, violations, problems, close } = await openElementPage({
      path: 'react-host.html',
      csp: STRICTEST_CSP,
    });
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectKitButton(page, false);
      await expectStylesIn(page, 'adopted sheets', false);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the React component given a nonce puts its styles in <style> elements a policy of 'nonce-...' allows", async () => {
    const nonce = 'cmVhY3Qtbm9uY2U'; // as in pages/react-host-nonce.html
    const { page, violations, problems, close } = await openElementPage({
      path: 'react-host-nonce.html',
      csp: nonceCsp(nonce),
    });
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectKitButton(page, false);
      await expectStylesIn(page, 'style elements', false);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("with a nonce attribute, puts its styles in <style> elements a policy of 'nonce-...' allows", async () => {
    const nonce = 'c3R5bGVzLW5vbmNl'; // as in pages/nonce.html
    const { page, violations, problems, close } = await openElementPage({
      path: 'nonce.html',
      csp: nonceCsp(nonce),
    });
    try {
      await showErrors(page, 'asp-wales');
      await expectKitButton(page);
      await expectStylesIn(page, 'style elements', true);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** The axe tags the Storybook tests run (`WCAG_22_AA` in stories/.storybook/preview.tsx), read from there. */
function storybookAxeTags(): string[] {
  const preview = readFileSync(new URL('../../../stories/.storybook/preview.tsx', import.meta.url), 'utf8');
  const list = /const WCAG_22_AA = \[([^\]]*)\]/.exec(preview)?.[1];
  if (!list) throw new Error('stories/.storybook/preview.tsx no longer defines WCAG_22_AA');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

const axeFolder = dirname(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

describe('on a page whose styles set every inherited property oddly (pages/hostile.css)', () => {
  it.each(forms)('%s keeps its own look, and axe finds no WCAG 2.2 A or AA violation', async (id) => {
    const { page, violations, close } = await openElementPage({
      path: 'hostile.html',
      csp: STRICTEST_CSP,
      mounts: { '/axe/': axeFolder },
    });
    try {
      await showErrors(page, id);
      const host = await lookOf(page, 'adoption-support-form', false);
      expect(host.fontFamily).toContain('Comic Sans');
      const link = await lookOf(page, '.asf-error-summary a');
      const body = await lookOf(page, '.asf-section');
      for (const look of [link, body]) {
        expect(look.fontFamily).not.toContain('Comic Sans');
        expect(look.fontStyle).toBe('normal');
        expect(look.textTransform).toBe('none');
        expect(look.letterSpacing).not.toBe(host.letterSpacing);
        expect(look.wordSpacing).toBe('0px');
        expect(Number.parseFloat(look.lineHeight)).toBeGreaterThanOrEqual(20);
      }
      expect(body.color).toBe(rgb(kitColours.text));

      await page.addScriptTag({ url: '/axe/axe.min.js' });
      const found = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const result = await axe.run(document.querySelector('adoption-support-form')!, {
          runOnly: { type: 'tag', values: tags },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
      }, storybookAxeTags());
      expect(found).toEqual([]);
      expect(await violations()).toEqual([]);
    } finally {
      await close();
    }
  });
});
