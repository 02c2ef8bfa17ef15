// The read-only view (mode "view"): what each reader outside the agency is shown when the host names
// no mode, and how an agency lets such a reader edit.
import { redact } from '@adoption-support/core';
import { type Audience, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { formModel, READER_AUDIENCES } from './definition/formModel';
import { defaultModeFor, READ_ONLY_AUDIENCES } from './form/formModes';
import { chromeStrings } from './i18n/chromeStrings';
import { NO_RULE_RESULTS } from './rules/ruleResults';
import { freeTextAnswers } from './testing/formFacts';

/** The view's answers without what the rules would hide on any given day (rule-hidden answers are the print view's tests). */
const withoutRules = () => NO_RULE_RESULTS;

const full = (id: FormId) => structuredClone(formExamples[id]['valid.full']!.data) as Record<string, unknown>;

const recipientOf = (audience: Audience) => (audience === 'birthFamily' ? { birthFamilyRecipient: 0 } : {});

/** The words of the full example a reader may see (the birth family as the first relative). */
const visibleAnswers = (id: FormId, audience: Audience) =>
  freeTextAnswers(forms[id], redact(forms[id], full(id), audience, recipientOf(audience)).data);

/**
 * Every form with each of its readers outside the agency who may see some of its full example (what
 * some readers see depends on the answers: decision 0024).
 */
const readers = (Object.keys(forms) as FormId[]).flatMap((id) =>
  forms[id].manifest.audiences
    .filter((audience) => READ_ONLY_AUDIENCES.includes(audience) && visibleAnswers(id, audience).size > 0)
    .map((audience) => [id, audience] as [FormId, Audience]),
);

/** The elements a reader could change anything with. */
const editingControls = (root: HTMLElement) =>
  root.querySelectorAll('input, textarea, select, button, [contenteditable="true"], [role="textbox"]');

describe('mode "view"', () => {
  it('is offered to at least one reader of every kind it is the default for', () => {
    expect(new Set(readers.map(([, audience]) => audience))).toEqual(new Set(READ_ONLY_AUDIENCES));
  });

  it.each(readers)(
    '%s for %s: with no mode, the answers the reader may see, as text, and nothing to change',
    async (id, audience) => {
      const definition = forms[id];
      const data = full(id);
      const { container } = render(
        <AdoptionSupportForm
          form={id}
          audience={audience}
          {...recipientOf(audience)}
          data={data}
          rules={withoutRules}
        />,
      );
      await screen.findByRole('heading', { level: 1 });
      expect(container.querySelector('.asf-mode-view')).not.toBeNull();
      // Nothing to type in, choose, press or change.
      expect([...editingControls(container)].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
      expect(screen.queryByRole('link', { name: new RegExp(chromeStrings.en['kit.action.change']!) })).toBeNull();
      // The task list links to each of the reader's sections, each of which is shown.
      const sections = formModel(definition, audience).sections.map((s) => definition.locales.en![`${s.i18n}.label`]!);
      const nav = screen.getByRole('navigation');
      expect(
        within(nav)
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual(sections);
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(sections);
      // Every answer the reader may see is there; none redaction takes out is.
      const visible = [...visibleAnswers(id, audience).values()];
      const text = container.textContent ?? '';
      for (const answer of visible) expect(text).toContain(answer);
      const seen = [...visible, ...Object.values(definition.locales.en ?? {}), ...Object.values(chromeStrings.en)].join(
        '\n',
      );
      const secrets = [...freeTextAnswers(definition, data).values()].filter((t) => t.length >= 4 && !seen.includes(t));
      expect(secrets.length).toBeGreaterThan(0);
      for (const secret of secrets) expect(text).not.toContain(secret);
    },
  );

  it('moves the focus to a section from the task list', async () => {
    const user = userEvent.setup();
    const [id, audience] = readers[0]!;
    const definition = forms[id];
    render(<AdoptionSupportForm form={id} audience={audience} {...recipientOf(audience)} data={full(id)} />);
    const last = formModel(definition, audience).sections.at(-1)!;
    const name = definition.locales.en![`${last.i18n}.label`]!;
    await user.click(within(await screen.findByRole('navigation')).getByRole('link', { name }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name }));
  });

  it('is what the host asks for, for any reader; an agency lets the birth family edit with mode "edit"', async () => {
    const data = full('asp-england');
    const { unmount } = render(<AdoptionSupportForm form="asp-england" audience="agency" mode="view" data={data} />);
    await screen.findByRole('heading', { level: 1 });
    expect(editingControls(document.body)).toHaveLength(0);
    unmount();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="birthFamily"
        birthFamilyRecipient={0}
        mode="edit"
        data={data}
      />,
    );
    expect((await screen.findAllByRole('textbox')).length).toBeGreaterThan(0);
    expect(document.querySelector('.asf-mode-edit')).not.toBeNull();
  });

  it('is the default for adopters, the child and the birth family only, and refuses a mode it does not know', async () => {
    expect(READER_AUDIENCES.filter((a) => defaultModeFor(a) === 'view')).toEqual(READ_ONLY_AUDIENCES);
    expect(READER_AUDIENCES.filter((a) => defaultModeFor(a) === 'edit')).toEqual(['agency', 'professionals', 'panel']);
    // @ts-expect-error: a mode the kit does not know.
    render(<AdoptionSupportForm form="asp-england" audience="adopters" mode="readonly" data={full('asp-england')} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the mode "readonly" is not one of edit, check, print, view',
    );
  });
});
