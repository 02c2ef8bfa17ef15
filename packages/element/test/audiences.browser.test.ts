// @vitest-environment node
import { redact, schemaFields } from '@adoption-support/core';
import { chromeStrings, formModel } from '@adoption-support/react';
import { type Audience, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, formText, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

type Reader = [form: keyof typeof forms, audience: Audience, recipient: number | undefined];

const readers: Reader[] = (Object.keys(forms) as (keyof typeof forms)[]).flatMap((id) =>
  forms[id].manifest.audiences.flatMap((audience): Reader[] =>
    audience === 'birthFamily'
      ? [
          [id, audience, 0],
          [id, audience, 1],
        ]
      : [[id, audience, undefined]],
  ),
);

/** Every free-text answer of a document (not codes, dates or yes/no), by pointer. */
function freeText(schema: Record<string, unknown>, data: unknown): Map<string, string> {
  const textFields = new Set(
    schemaFields(schema)
      .filter((f) => f.kind === 'leaf' && f.schema.type === 'string' && !f.schema.enum && !f.schema.format)
      .map((f) => f.dataPath.join('/')),
  );
  const out = new Map<string, string>();
  const visit = (value: unknown, tokens: string[]) => {
    if (typeof value === 'string') {
      if (textFields.has(tokens.map((t) => (/^\d+$/.test(t) ? '*' : t)).join('/')))
        out.set(`/${tokens.join('/')}`, value);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, [...tokens, String(i)]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...tokens, k]);
    }
  };
  visit(data, []);
  return out;
}

describe('each reader sees only what redaction allows', () => {
  it.each(readers)(
    '%s for %s (row %s): nothing redacted shows in the check or print view',
    async (id, audience, recipient) => {
      const definition = forms[id];
      const full = formExamples[id]['valid.full']!.data;
      const allowed = redact(
        definition,
        full,
        audience,
        recipient === undefined ? {} : { birthFamilyRecipient: recipient },
      );
      const visible = new Set(freeText(definition.schema, allowed.data).values());
      // A removed answer must not show, unless the same words are also in something the reader may see
      // (a visible answer that mentions a name, or the form's own wording such as an option's label).
      const seen = [...visible, ...Object.values(definition.locales.en ?? {}), ...Object.values(chromeStrings.en)].join(
        '\n',
      );
      const secrets = [...freeText(definition.schema, full).values()].filter(
        (text) => text.length >= 4 && !seen.includes(text),
      );
      expect(secrets.length).toBeGreaterThan(audience === 'professionals' ? -1 : 0);
      const { page, close } = await openElementPage();
      try {
        for (const mode of ['check', 'print']) {
          await setForm(page, {
            form: id,
            audience,
            mode,
            ...(recipient === undefined ? {} : { recipient }),
            data: full,
          });
          const sections = formModel(definition, audience).sections.map(
            (s) => definition.locales.en![`${s.i18n}.label`],
          );
          if (sections.length === 0) {
            await page.getByText('There is nothing in this form for you to see.').waitFor();
          } else {
            await page.getByRole('heading', { level: 2, name: sections.at(-1)! }).waitFor();
          }
          const text = await formText(page);
          for (const secret of secrets) expect(text, `${mode}: "${secret}"`).not.toContain(secret);
          // What the reader may see is there.
          for (const shown of [...visible].filter((v) => v.length >= 4).slice(0, 20))
            expect(text, `${mode}: "${shown}"`).toContain(shown);
        }
      } finally {
        await close();
      }
    },
  );

  it('never shows the birth family the adopters’ names or contact details, or the child’s name', async () => {
    const full = formExamples['asp-england']['valid.full']!.data as {
      adopters: { adoptiveParents: { person: { fullName: string }; contact: { email?: string; phone?: string } }[] };
      document: { child: { fullName: string } };
    };
    const { page, close } = await openElementPage();
    try {
      await setForm(page, { form: 'asp-england', audience: 'birthFamily', recipient: 0, mode: 'print', data: full });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const text = await formText(page);
      for (const parent of full.adopters.adoptiveParents) {
        expect(text).not.toContain(parent.person.fullName);
        if (parent.contact.email) expect(text).not.toContain(parent.contact.email);
        if (parent.contact.phone) expect(text).not.toContain(parent.contact.phone);
      }
      expect(text).not.toContain(full.document.child.fullName);
    } finally {
      await close();
    }
  });
});
