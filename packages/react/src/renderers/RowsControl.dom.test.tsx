import { aspEngland } from '@adoption-support/schemas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';
import type { FormChange } from '../types';

const en = aspEngland.locales.en!;
const lastChange = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)?.[0] as FormChange;
const names = (change: FormChange) =>
  ((change.data.network as { professionals?: { name?: string }[] } | undefined)?.professionals ?? []).map(
    (p) => p.name,
  );

/** The "People who will help" section with the professionals list, empty. */
async function setup() {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<AdoptionSupportForm form="asp-england" audience="agency" data={{}} onChange={onChange} />);
  await user.click(await screen.findByRole('link', { name: en['sections.network.label']! }));
  const list = await screen.findByRole('region', { name: en['network.professionals.label']! });
  return { user, onChange, list };
}

describe('repeatable rows', () => {
  it('adds a row from the keyboard, with a heading, and puts the focus in its first field', async () => {
    const { user, list } = await setup();
    expect(within(list).getByText('Nothing added yet.')).toBeInTheDocument();
    const add = within(list).getByRole('button', { name: 'Add a row to professionals' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(await within(list).findByRole('heading', { name: 'Professionals: row 1' })).toBeInTheDocument();
    const firstField = within(list).getByRole('combobox', {
      name: new RegExp(en['network.professionals.role.label']!),
    });
    await waitFor(() => expect(firstField).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Professionals: row 1 added.');
  });

  it('moves a row down and up from the keyboard, keeping the focus on the moved row', async () => {
    const { user, onChange, list } = await setup();
    const add = within(list).getByRole('button', { name: 'Add a row to professionals' });
    for (const name of ['Ada', 'Bo']) {
      await user.click(add);
      const rows = await within(list).findAllByRole('listitem');
      await user.type(within(rows.at(-1)!).getByRole('textbox', { name: /^Name/ }), name);
    }
    await waitFor(() => expect(names(lastChange(onChange))).toEqual(['Ada', 'Bo']));
    const down = within(list).getByRole('button', { name: 'Move down Professionals, row 1' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(lastChange(onChange))).toEqual(['Bo', 'Ada']));
    // The moved row is now row 2; it cannot go further down, so the focus is on its Move up.
    await waitFor(() =>
      expect(within(list).getByRole('button', { name: 'Move up Professionals, row 2' })).toHaveFocus(),
    );
    // Announced a moment later, so a screen reader hears it as a new message.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Professionals: row 1 is now row 2.'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(lastChange(onChange))).toEqual(['Ada', 'Bo']));
    expect(within(list).getByRole('button', { name: 'Move up Professionals, row 1' })).toBeDisabled();
  });

  it('removes a row and puts it back with Undo', async () => {
    const { user, onChange, list } = await setup();
    const add = within(list).getByRole('button', { name: 'Add a row to professionals' });
    for (const name of ['Ada', 'Bo']) {
      await user.click(add);
      const rows = await within(list).findAllByRole('listitem');
      await user.type(within(rows.at(-1)!).getByRole('textbox', { name: /^Name/ }), name);
    }
    within(list).getByRole('button', { name: 'Remove Professionals, row 1' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(lastChange(onChange))).toEqual(['Bo']));
    const undo = within(list).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(undo).toHaveAccessibleDescription('Professionals: row 1 removed.');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(lastChange(onChange))).toEqual(['Ada', 'Bo']));
    await waitFor(() => expect(within(list).getByRole('heading', { name: 'Professionals: row 1' })).toHaveFocus());
    expect(
      within(list)
        .getAllByRole('textbox', { name: /^Name/ })
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['Ada', 'Bo']);
  });

  it('uses a label pack’s name for one row when it has one', async () => {
    const user = userEvent.setup();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={{ network: { professionals: [{ name: 'Ada' }] } }}
        labels={{ en: { 'network.professionals.rowLabel': 'Professional' } }}
      />,
    );
    await user.click(await screen.findByRole('link', { name: en['sections.network.label']! }));
    expect(await screen.findByRole('heading', { name: 'Professional 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Professionals, row 1' })).toBeInTheDocument();
  });
});
