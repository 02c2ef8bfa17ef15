// The error summary and the GOV.UK date input, on forms and questions read from the definitions.
import { aspEngland, type FormId } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { NO_RULE_RESULTS } from './rules/ruleResults';
import { documentWith, formWith, isRadios, missingMessages, requiredQuestions } from './testing/formFacts';
import type { FormChange } from './types';

/** For tests of the form's mechanics on the examples, independent of what the rule packs say of them on any given day. */
const withoutRules = () => NO_RULE_RESULTS;

const fullAsp = () => structuredClone(formExamples['asp-england']['valid.full']!.data) as Record<string, unknown>;

/**
 * A form whose blank first section asks for radios and a date, read from its definition, with what
 * its error summary lists.
 */
const blank = (() => {
  const { definition, found } = formWith('a first section asking for radios and a date', (d) => {
    const asked = requiredQuestions(d, { lists: true }).filter((q) => q.section === 0);
    const choice = asked.find(isRadios);
    const date = asked.find((q) => q.schema.format === 'date');
    return choice && date ? { asked, choice, date } : undefined;
  });
  return { id: definition.manifest.id as FormId, definition, ...found };
})();

/** The last call's argument of a mock. */
const lastCall = <T,>(mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)?.[0] as T;

describe('the error summary', () => {
  it('appears on Save and continue, takes the focus, and says what to fix in the words beside each field', async () => {
    const user = userEvent.setup();
    const { id, definition, asked, choice } = blank;
    render(<AdoptionSupportForm form={id} audience="agency" data={{}} />);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(asked.length);
    for (const [i, link] of links.entries()) expect(missingMessages(asked[i]!)).toContain(link.textContent);
    // Each message also stands beside its field, tied to it for screen readers.
    const message = links[asked.indexOf(choice)]!.textContent!;
    const group = screen
      .getByRole('radiogroup', { name: new RegExp(escapeRegExp(choice.label())) })
      .closest('fieldset')!;
    expect(group).toHaveAccessibleDescription(expect.stringContaining(message));
    // Still on the same section: errors stop the move.
    const first = (definition.uischema.elements as { i18n: string }[])[0]!.i18n;
    expect(
      screen.getByRole('heading', { level: 2, name: definition.locales.en![`${first}.label`] }),
    ).toBeInTheDocument();
  });

  it('moves the focus to the field when a link is followed, to the day box for a date', async () => {
    const user = userEvent.setup();
    const { id, definition, asked, choice, date } = blank;
    render(<AdoptionSupportForm form={id} audience="agency" data={{}} />);
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    await user.click(links[asked.indexOf(choice)]!);
    const firstOption = definition.locales.en![`${choice.key}.${String((choice.schema.enum as unknown[])[0])}`]!;
    await waitFor(() => expect(screen.getByRole('radio', { name: firstOption })).toHaveFocus());
    await user.click(links[asked.indexOf(date)]!);
    const group = screen.getByRole('group', { name: new RegExp(escapeRegExp(date.label())) });
    await waitFor(() => expect(within(group).getByRole('textbox', { name: 'Day' })).toHaveFocus());
  });

  it('after Submit, links to fields in other sections and opens their section', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const data = fullAsp();
    delete (data.network as Record<string, unknown>).visitingPatternFirstMonth;
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
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    const label = aspEngland.locales.en!['network.visitingPatternFirstMonth.label']!;
    const link = within(summary).getByRole('link');
    expect(link.textContent).toContain(label.charAt(0).toLowerCase() + label.slice(1));
    await user.click(link);
    const field = await screen.findByRole('textbox', { name: new RegExp(escapeRegExp(label)) });
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: 'People who will help' })).toBeInTheDocument();
  });
});

describe('the date input', () => {
  it('keeps an unfinished date as typed, names the missing box, and stores a real date as ISO', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { id, definition, date } = blank;
    const label = new RegExp(escapeRegExp(date.label()));
    render(<AdoptionSupportForm form={id} audience="agency" data={{}} onChange={onChange} />);
    const group = await screen.findByRole('group', { name: label });
    await user.type(within(group).getByRole('textbox', { name: 'Day' }), '12');
    await user.type(within(group).getByRole('textbox', { name: 'Month' }), '3');
    await waitFor(() =>
      expect(lastCall<FormChange>(onChange)?.data).toMatchObject(documentWith(date.dataPath, '-3-12')),
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: `${date.label()} must include a year` })).toBeInTheDocument();
    // Only the year box is marked as wrong.
    expect(within(group).getByRole('textbox', { name: 'Year' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(group).getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid');
    // Leaving the section and coming back keeps what was typed.
    const [here, there] = (definition.uischema.elements as { i18n: string }[]).map(
      (c) => definition.locales.en![`${c.i18n}.label`]!,
    );
    await user.click(screen.getByRole('link', { name: there }));
    await user.click(screen.getByRole('link', { name: here }));
    const again = await screen.findByRole('group', { name: label });
    expect(within(again).getByRole('textbox', { name: 'Day' })).toHaveValue('12');
    expect(within(again).getByRole('textbox', { name: 'Month' })).toHaveValue('3');
    await user.type(within(again).getByRole('textbox', { name: 'Year' }), '2026');
    await waitFor(() =>
      expect(lastCall<FormChange>(onChange)?.data).toMatchObject(documentWith(date.dataPath, '2026-03-12')),
    );
    await waitFor(() => expect(within(summary).queryByRole('link', { name: label })).toBeNull());
  });

  it('says an impossible date is not real and marks the box at fault', async () => {
    const user = userEvent.setup();
    const { id, date } = blank;
    render(<AdoptionSupportForm form={id} audience="agency" data={documentWith(date.dataPath, '2026-02-30')} />);
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: `${date.label()} must be a real date` })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: new RegExp(escapeRegExp(date.label())) });
    expect(within(group).getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(group).getByRole('textbox', { name: 'Month' })).not.toHaveAttribute('aria-invalid');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
