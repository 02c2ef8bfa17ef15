// Guidance for the agency and professionals (`.guidance` keys, decision 0025) against the text every
// reader sees: the agency is shown every piece of its form's guidance, section by section, and the
// adopters, the child and a birth relative none of it, whether they read, print or edit their copy.
import { GUIDANCE_SUFFIX, walkUiSchema } from '@adoption-support/core';
import { type Audience, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { READ_ONLY_AUDIENCES } from './form/formModes';
import { GUIDANCE_AUDIENCES, mayReadGuidance } from './form/guidance';
import type { FormMode } from './form/KitContext';
import { NO_RULE_RESULTS } from './rules/ruleResults';

/** Every question on screen, whatever the rules would hide on a given day. */
const withoutRules = () => NO_RULE_RESULTS;

const FORM_IDS = Object.keys(forms) as FormId[];
const full = (id: FormId) => structuredClone(formExamples[id]['valid.full']!.data) as Record<string, unknown>;
const recipientOf = (audience: Audience) => (audience === 'birthFamily' ? { birthFamilyRecipient: 0 } : {});

/** The locales a form is written in, each with its guidance strings, read from the definition. */
const guidanceOf = (id: FormId) =>
  forms[id].manifest.locales.map((locale) => {
    const strings = forms[id].locales[locale] ?? {};
    const texts = Object.keys(strings)
      .filter((key) => key.endsWith(GUIDANCE_SUFFIX))
      .map((key) => strings[key] as string);
    return { locale, texts };
  });

/** A single space for any run of white space, so text split across elements still matches. */
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

/**
 * The sections (their place in the task list) holding guidance: the first for the introduction, and
 * the section around each section, group or field with a `.guidance` key.
 */
function sectionsWithGuidance(id: FormId): number[] {
  const definition = forms[id];
  const keys = new Set(
    Object.keys(definition.locales.en ?? {})
      .filter((key) => key.endsWith(GUIDANCE_SUFFIX))
      .map((key) => key.slice(0, -GUIDANCE_SUFFIX.length)),
  );
  const walk = walkUiSchema(id, definition.uischema, definition.schema);
  const places = [
    ...walk.sections.map((s) => [s.i18n, s.uiPointer] as const),
    ...walk.controls.map((c) => [c.i18nKey, c.uiPointer] as const),
  ];
  const sections = new Set(keys.has('form') ? [0] : []);
  for (const [key, pointer] of places) if (key && keys.has(key)) sections.add(Number(pointer.split('/')[2]));
  return [...sections].sort((a, b) => a - b);
}

/** The text of the agency's edit view of each section holding guidance, one after another. */
async function agencyText(id: FormId, locale: string): Promise<string> {
  let text = '';
  for (const section of sectionsWithGuidance(id)) {
    const { container } = render(
      <AdoptionSupportForm
        form={id}
        audience="agency"
        locale={locale}
        data={full(id)}
        rules={withoutRules}
        initialSection={section}
      />,
    );
    await screen.findByRole('heading', { level: 2 });
    text += ` ${squeeze(container.textContent)}`;
    cleanup();
  }
  return text;
}

/** The readers outside the agency who may read each form. */
const readers = FORM_IDS.flatMap((id) =>
  forms[id].manifest.audiences
    .filter((audience) => READ_ONLY_AUDIENCES.includes(audience))
    .map((audience) => [id, audience] as [FormId, Audience]),
);

describe('who is shown guidance', () => {
  it('is the agency, the professionals and the panel: never the adopters, the child or a birth relative', () => {
    for (const audience of GUIDANCE_AUDIENCES) expect(mayReadGuidance(audience)).toBe(true);
    for (const audience of READ_ONLY_AUDIENCES) expect(mayReadGuidance(audience)).toBe(false);
  });

  it('every form has guidance to test in each of its locales', () => {
    for (const id of FORM_IDS) for (const { texts } of guidanceOf(id)) expect(texts.length).toBeGreaterThan(0);
  });
});

describe.each(FORM_IDS)('%s', (id) => {
  it('shows the agency every piece of guidance, under its introduction, sections, groups and fields', async () => {
    // One language is enough to show where guidance is drawn; lint checks the Welsh has the same keys.
    for (const { locale, texts } of guidanceOf(id).filter((l) => l.locale === 'en')) {
      const text = await agencyText(id, locale);
      const missing = texts.filter((guidance) => !text.includes(squeeze(guidance)));
      expect(missing, `${locale} guidance not on screen`).toEqual([]);
    }
  });

  const modes: FormMode[] = ['view', 'print', 'edit'];
  it.each(readers.filter(([form]) => form === id).flatMap(([, audience]) => modes.map((m) => [audience, m])))(
    'shows %s none of it in mode "%s"',
    async (audience, mode) => {
      // Every language in the read-only view; English where the reader prints or edits.
      for (const { locale, texts } of guidanceOf(id).filter((l) => mode === 'view' || l.locale === 'en')) {
        const { container } = render(
          <AdoptionSupportForm
            form={id}
            audience={audience as Audience}
            {...recipientOf(audience as Audience)}
            locale={locale}
            mode={mode as FormMode}
            data={full(id)}
            rules={withoutRules}
          />,
        );
        await screen.findByRole('heading', { level: 1 });
        const text = squeeze(container.textContent);
        expect(text.length).toBeGreaterThan(0);
        expect(texts.filter((guidance) => text.includes(squeeze(guidance)))).toEqual([]);
        cleanup();
      }
    },
  );
});
