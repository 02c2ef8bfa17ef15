import { walkUiSchema } from '@adoption-support/core';
import { aspEngland, aspWales, type FormId } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { createTheme } from '@mui/material/styles';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { NO_RULE_RESULTS } from './rules/ruleResults';
import { formWith, isRadios, isTextBox, questions } from './testing/formFacts';
import type { FormChange } from './types';

/** For tests of the form's mechanics on the examples, independent of what the rule packs say of them on any given day. */
const withoutRules = () => NO_RULE_RESULTS;

const fullAsp = () => structuredClone(formExamples['asp-england']['valid.full']!.data) as Record<string, unknown>;
const fullAspWales = () => structuredClone(formExamples['asp-wales']['valid.full']!.data) as Record<string, unknown>;

/**
 * Two text questions of the England plan's first section, read from the definition (so that a rename
 * or a new question a policy lead releases does not break these tests): the first, answered in the
 * full example, and the next one with no limits a short word breaks, to type into.
 */
function textQuestion(index: number) {
  const example = fullAsp();
  const at = (data: unknown, path: readonly string[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const candidates = walkUiSchema('asp-england', aspEngland.uischema, aspEngland.schema).controls.filter(
    (c) =>
      c.uiPointer.startsWith('/elements/0/') &&
      !c.dataPath.includes('*') &&
      c.schema.type === 'string' &&
      c.schema.format === undefined &&
      c.schema.enum === undefined &&
      c.schema.pattern === undefined &&
      Number(c.schema.minLength ?? 0) <= 1 &&
      Number(c.schema.maxLength ?? 100) >= 10 &&
      typeof at(example, c.dataPath) === 'string',
  );
  const control = candidates[index];
  if (!control) throw new Error('The first section of asp-england has too few text questions for these tests.');
  const path = control.dataPath;
  const label = aspEngland.locales.en![`${control.i18nKey}.label`] as string;
  const nest = (value: unknown) =>
    path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
  return {
    key: control.i18nKey,
    label,
    /** Its accessible name, as a pattern (the name may carry "(optional)"). */
    name: new RegExp(escapeRegExp(label)),
    value: at(example, path) as string,
    /** A document holding `value` as the answer, for toMatchObject. */
    data: nest,
    get: (data: unknown) => at(data, path),
    set: (data: Record<string, unknown>, value: string) => {
      (at(data, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1) as string] = value;
    },
  };
}
const FIRST = textQuestion(0);
const TYPED = textQuestion(1);

/** A form with Welsh whose first section has a choice shown as radios and a text box, read from its definition. */
const bilingual = (() => {
  const { definition, found } = formWith('Welsh, radios and a text box in its first section', (d) => {
    const first = questions(d).filter((q) => q.section === 0);
    const choice = first.find(isRadios);
    const text = first.find(isTextBox);
    return d.locales.cy && choice && text ? { choice, text } : undefined;
  });
  return { id: definition.manifest.id as FormId, definition, ...found };
})();

/** The last call's argument of a mock. */
const lastCall = <T,>(mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)?.[0] as T;

describe('AdoptionSupportForm in edit mode', () => {
  it('shows the form title, the sections as a task list, and only the active section', async () => {
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adoption support plan (England)' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Sections of the form' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(
      (aspEngland.uischema.elements as { i18n: string }[]).map((c) => aspEngland.locales.en![`${c.i18n}.label`]),
    );
    expect(links[0]).toHaveAttribute('aria-current', 'step');
    // The first section's fields are mounted; a field of another section is not.
    expect(screen.getByRole('textbox', { name: FIRST.name })).toHaveValue(FIRST.value);
    expect(screen.queryByRole('group', { name: /Support/ })).toBeNull();
    expect(screen.queryByText(aspEngland.locales.en!['approval.panelAdvice.label']!)).toBeNull();
  });

  it('moves to a section from the task list and puts the focus on its heading', async () => {
    const user = userEvent.setup();
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} />);
    await user.click(await screen.findByRole('link', { name: 'People who will help' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'People who will help' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: FIRST.name })).toBeNull();
    expect(screen.getByRole('link', { name: 'People who will help' })).toHaveAttribute('aria-current', 'step');
  });

  it('reports every edit with the whole document, its validity and nothing lost', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const data: Record<string, unknown> = { ...fullAsp(), agencyOwnField: { keep: 'me' } };
    render(
      <AdoptionSupportForm form="asp-england" audience="agency" data={data} onChange={onChange} rules={withoutRules} />,
    );
    const name = await screen.findByRole('textbox', { name: TYPED.name });
    await user.clear(name);
    await user.type(name, 'Jay');
    await waitFor(() => expect(lastCall<FormChange>(onChange)?.data).toMatchObject(TYPED.data('Jay')));
    const change = lastCall<FormChange>(onChange);
    expect(change.data.agencyOwnField).toEqual({ keep: 'me' });
    expect(change.data.supportItems).toEqual(data.supportItems);
    expect(change.valid).toBe(true);
    expect(change.errors).toEqual([]);
    // The host's object is never changed in place.
    expect(TYPED.get(data)).not.toBe('Jay');
  });

  it('switches between English and Welsh without losing what was typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const initial = {};
    const { rerender } = render(
      <AdoptionSupportForm form={bilingual.id} audience="agency" locale="en" data={initial} onChange={onChange} />,
    );
    const { choice, text } = bilingual;
    const code = String((choice.schema.enum as unknown[]).at(-1));
    const option = (locale: 'en' | 'cy') => bilingual.definition.locales[locale]![`${choice.key}.${code}`]!;
    await user.click(await screen.findByRole('radio', { name: option('en') }));
    const reference = screen.getByRole('textbox', { name: new RegExp(escapeRegExp(text.label('en'))) });
    await user.type(reference, 'PA-77');
    rerender(
      <AdoptionSupportForm form={bilingual.id} audience="agency" locale="cy" data={initial} onChange={onChange} />,
    );
    const cy = bilingual.definition.locales.cy!;
    expect(await screen.findByRole('heading', { level: 1, name: cy['form.title'] })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: option('cy') })).toBeChecked();
    expect(screen.getByRole('textbox', { name: new RegExp(escapeRegExp(text.label('cy'))) })).toHaveValue('PA-77');
    // The component's own words are Welsh too.
    expect(screen.getByRole('button', { name: 'Cadw a pharhau' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: "Adrannau'r ffurflen" })).toBeInTheDocument();
  });

  it('shows a form asked for in a language it does not have wholly in its own, with the right lang', async () => {
    const { container } = render(<AdoptionSupportForm form="asp-england" audience="agency" locale="cy" data={{}} />);
    expect(await screen.findByRole('button', { name: 'Save and continue' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cadw a pharhau' })).toBeNull();
    expect(container.querySelector('[lang="cy"]')).toBeNull();
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('shows a form in a language it lacks only when the label pack words all of it', async () => {
    const english = aspEngland.locales.en!;
    const partial = { cy: { 'form.title': 'Cynllun cymorth mabwysiadu (Lloegr)' } };
    const first = render(
      <AdoptionSupportForm form="asp-england" audience="agency" locale="cy" labels={partial} data={{}} />,
    );
    // Partly worded: wholly English, the pack's one Welsh string left out.
    expect(await screen.findByRole('heading', { level: 1, name: english['form.title']! })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save and continue' })).toBeInTheDocument();
    expect(first.container.querySelector('[lang="cy"]')).toBeNull();
    first.unmount();
    const whole = { cy: Object.fromEntries(Object.keys(english).map((key) => [key, `${english[key]} (cy)`])) };
    const second = render(
      <AdoptionSupportForm form="asp-england" audience="agency" locale="cy" labels={whole} data={{}} />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: `${english['form.title']} (cy)` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cadw a pharhau' })).toBeInTheDocument();
    expect(second.container.querySelector('[lang="cy"]')).not.toBeNull();
    expect(second.container.querySelector('[lang="en"]')).toBeNull();
  });

  it('uses a label pack over the form’s own wording and the component’s, without touching the schema', async () => {
    const schemaBefore = JSON.stringify(aspEngland.schema);
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        labels={{
          en: {
            [`${FIRST.key}.label`]: 'Legal name (as on the placement order)',
            [`${FIRST.key}.description`]: 'Licensed hint text',
            'kit.action.continue': 'Next part',
          },
        }}
      />,
    );
    const input = await screen.findByRole('textbox', { name: /Legal name \(as on the placement order\)/ });
    expect(input).toHaveAccessibleDescription('Licensed hint text');
    expect(screen.getByRole('button', { name: 'Next part' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: FIRST.name })).toBeNull();
    expect(JSON.stringify(aspEngland.schema)).toBe(schemaBefore);
  });
  it('keeps the last keystrokes when Save and continue follows at once, and records an empty required list', async () => {
    // No pause between key presses and the click: the click comes before the keystrokes are painted.
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    render(
      <AdoptionSupportForm form="asp-england" audience="agency" data={{}} onChange={onChange} rules={withoutRules} />,
    );
    await user.click(
      await screen.findByRole('link', { name: aspEngland.locales.en!['sections.stayingInTouch.label']! }),
    );
    const overview = await screen.findByRole('textbox', {
      name: new RegExp(escapeRegExp(aspEngland.locales.en!['stayingInTouch.overview.label']!)),
    });
    await user.type(overview, 'No contact for now.');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() =>
      expect(lastCall<FormChange>(onChange).data).toMatchObject({
        stayingInTouch: { overview: 'No contact for now.', arrangements: [] },
      }),
    );
  });

  it('hands what is typed over once per pause in typing, not once per letter', async () => {
    // 40 ms between letters, quicker than the pause the form waits for.
    const user = userEvent.setup({ delay: 40 });
    const onChange = vi.fn();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        onChange={onChange}
        rules={withoutRules}
      />,
    );
    const name = await screen.findByRole('textbox', { name: TYPED.name });
    await user.clear(name);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    onChange.mockClear();
    const word = 'Josephine';
    await user.type(name, word);
    await waitFor(() => expect(lastCall<FormChange>(onChange)?.data).toMatchObject(TYPED.data(word)));
    // Every letter reached the screen at once; the form's work (validation, rules, the host's onChange)
    // ran for the word, not for each letter.
    expect(onChange.mock.calls.length).toBeLessThan(word.length / 2);
  });

  it('lets a document the host gives replace the one on screen, even with keystrokes waiting', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const { rerender } = render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        onChange={onChange}
        rules={withoutRules}
      />,
    );
    const name = await screen.findByRole('textbox', { name: TYPED.name });
    await user.type(name, 'xyz');
    const other = fullAsp();
    TYPED.set(other, 'Sam');
    rerender(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={other}
        onChange={onChange}
        rules={withoutRules}
      />,
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: TYPED.name })).toHaveValue('Sam'));
    // Well after the pause the waiting keystrokes would have been handed over in: they are not.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByRole('textbox', { name: TYPED.name })).toHaveValue('Sam');
    for (const [change] of onChange.mock.calls as [FormChange][]) {
      expect(JSON.stringify(change.data)).not.toContain('xyz');
    }
  });
});

describe('check answers and print', () => {
  it('lists each section’s answers with Change links that go back to the field', async () => {
    const user = userEvent.setup();
    const onModeChange = vi.fn();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        mode="check"
        onModeChange={onModeChange}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toHaveLength((aspEngland.uischema.elements as unknown[]).length);
    expect(screen.getByText(FIRST.value)).toBeInTheDocument();
    const change = screen.getByRole('link', { name: `Change ${FIRST.label}` });
    await user.click(change);
    expect(onModeChange).toHaveBeenCalledWith('edit');
    const field = await screen.findByRole('textbox', { name: FIRST.name });
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('submits a complete document from the check answers page', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const data = fullAsp();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={data}
        mode="check"
        onSubmit={onSubmit}
        rules={withoutRules}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(lastCall<{ data: unknown }>(onSubmit).data).toEqual(data);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('prints every section, expanded, with no buttons, links or inputs', async () => {
    render(<AdoptionSupportForm form="asp-wales" audience="agency" data={fullAspWales()} mode="print" />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      (aspWales.uischema.elements as { i18n: string }[]).map((c) => aspWales.locales.en![`${c.i18n}.label`]),
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('radio')).toEqual([]);
  });
});

describe('fitting the host', () => {
  it('uses the host’s MUI theme when one is given', async () => {
    const theme = createTheme({ components: { MuiFormLabel: { styleOverrides: { root: { fontStyle: 'italic' } } } } });
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} theme={theme} />);
    const input = await screen.findByRole('textbox', { name: FIRST.name });
    const label = document.querySelector(`label[for="${input.id}"]`)!;
    expect(getComputedStyle(label).fontStyle).toBe('italic');
  });

  it('adds no global styles, makes no network calls and stores nothing', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const xhrSpy = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = vi.spyOn(document, 'cookie', 'set');
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={{}} />);
    await user.type(await screen.findByRole('textbox', { name: FIRST.name }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('alert');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrSpy).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
    expect(cookie).not.toHaveBeenCalled();
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const globalSelector = /^(html|body|\*|:root|a|input|button|h[1-6])[\s,{:]/;
    expect(rules.filter((r) => globalSelector.test(r))).toEqual([]);
  });
});

describe('nothing is compiled at runtime', () => {
  it.each(Object.keys(formExamples))(
    'renders every section of %s without asking JSON Forms to compile',
    async (form) => {
      const { noCompileAjv } = await import('./form/noCompileAjv');
      const compile = vi.spyOn(noCompileAjv, 'compile');
      const validate = vi.spyOn(noCompileAjv, 'validate');
      const data = formExamples[form as keyof typeof formExamples]['valid.full']!.data;
      render(<AdoptionSupportForm form={form as 'asp-england'} audience="agency" data={data} />);
      const nav = await screen.findByRole('navigation');
      for (const link of within(nav).getAllByRole('link')) {
        await act(async () => fireEvent.click(link));
        await screen.findByRole('heading', { level: 2, name: link.textContent ?? '' });
      }
      expect(compile).not.toHaveBeenCalled();
      expect(validate).not.toHaveBeenCalled();
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
