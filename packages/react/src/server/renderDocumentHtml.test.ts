// @vitest-environment node
import { createHash } from 'node:crypto';
import { KitError, shareCopy } from '@adoption-support/core';
import { type Audience, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from './renderDocumentHtml';

const TODAY = '2026-01-15';
const clock = () => TODAY;
const AUDIENCES: Audience[] = ['professionals', 'panel', 'adopters', 'child', 'birthFamily'];
const ids = Object.keys(formExamples) as (keyof typeof formExamples)[];
const full = (id: keyof typeof formExamples) => {
  const example = formExamples[id]['valid.full'];
  if (!example) throw new Error(`${id} has no valid.full example`);
  return example;
};

/** Every string answer in a value, with where it is. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The page's text as a reader (or a PDF) gets it: tags out, entities back. */
const pageText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Free-text answers: long enough to be someone's words, not a code, a date or a number. */
const isFreeText = (s: string) => s.length >= 12 && /\s/.test(s) && !/^\d{4}-\d{2}-\d{2}$/.test(s);

describe('renderDocumentHtml', () => {
  it.each(ids)(
    '%s: each audience gets a standalone page with its own policy, no script, and only what it may see',
    async (id) => {
      const envelope = full(id);
      const wording = strings(forms[id].locales);
      for (const audience of AUDIENCES) {
        const options = { forms, audience, clock, ...(audience === 'birthFamily' ? { recipient: 0 } : {}) };
        const rendered = await renderDocumentHtml(envelope, options);
        if (rendered.status !== 'rendered') throw new Error(`${id} for ${audience}: ${rendered.problem.message}`);
        const { html } = rendered;
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html).not.toMatch(/<script|\son[a-z]+=|\sstyle="/i);
        // The policy allows the one style element, by its hash, and nothing else.
        const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
        const hash = createHash('sha256').update(css).digest('base64');
        expect(html).toContain(`default-src 'none'; style-src 'sha256-${hash}'`);
        expect(html.match(/<style/g)).toHaveLength(1);
        // Every generated class the markup uses has its rules in that sheet (`-0` is emotion's empty style).
        const generated = new Set(
          [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) =>
            (m[1] ?? '')
              .split(' ')
              .filter((c) => /^(?:asf|css)-(?=[a-z0-9]*\d)[a-z0-9]+(?:-[A-Za-z]+)*$/.test(c) && !c.endsWith('-0')),
          ),
        );
        expect(generated.size).toBeGreaterThan(0);
        for (const name of generated) expect(css, `${id}: rules for .${name}`).toContain(`.${name}`);

        // What the same server's shareCopy gives this reader is all the page may hold of the answers.
        const copy = await shareCopy(envelope, audience, {
          forms,
          clock,
          ...(audience === 'birthFamily' ? { birthFamilyRecipient: 0 } : {}),
        });
        if (copy.status !== 'shared') throw new Error('shareCopy refused a valid example');
        expect(rendered.removed).toEqual(copy.removed);
        const kept = new Set(strings(copy.document.data));
        const text = pageText(html);
        // Answers the reader may not see, unless the same words are also in what they may see.
        const visible = [...kept, ...wording];
        const withheld = strings(envelope.data).filter((s) => isFreeText(s) && !visible.some((v) => v.includes(s)));
        for (const answer of withheld)
          expect(text, `${id}: ${audience} must not read "${answer}"`).not.toContain(answer);
        // And the reader's own answers are there.
        const shown = [...kept].filter(isFreeText);
        for (const answer of shown) expect(text, `${id}: ${audience} should read "${answer}"`).toContain(answer);
        if (audience === 'professionals') expect(shown.length).toBeGreaterThan(0);
      }
    },
  );

  it('gives a Welsh form in Welsh when asked, with the page language set', async () => {
    const id = ids.find((i) => forms[i].manifest.locales.includes('cy'));
    if (!id) throw new Error('no Welsh form');
    const rendered = await renderDocumentHtml(full(id), { forms, audience: 'adopters', clock, locale: 'cy' });
    if (rendered.status !== 'rendered') throw new Error('refused');
    expect(rendered.html).toContain('<html lang="cy">');
    const title = forms[id].locales.cy?.[forms[id].manifest.titleKey];
    expect(title).toBeTruthy();
    expect(rendered.html).toContain(`<title>${title}</title>`);
  });

  it('refuses what is not a saved document, as shareCopy does, and throws KitErrors for bad options', async () => {
    const refused = await renderDocumentHtml(
      { form: 'no-such-form', version: '1', data: {} },
      { forms, audience: 'adopters' },
    );
    expect(refused.status).toBe('refused');
    await expect(renderDocumentHtml(full(ids[0]!), { forms, audience: 'everyone' as Audience })).rejects.toBeInstanceOf(
      KitError,
    );
    await expect(renderDocumentHtml(full(ids[0]!), null as never)).rejects.toBeInstanceOf(KitError);
  });
});
