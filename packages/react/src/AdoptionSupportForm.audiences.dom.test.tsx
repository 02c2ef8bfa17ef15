// What each reader (audience) is shown and may change, on the full England example.
import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import type { FormChange } from './types';

const fullAsp = () => structuredClone(formExamples['asp-england']['valid.full']!.data) as Record<string, unknown>;

/** The last call's argument of a mock. */
const lastCall = <T,>(mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)?.[0] as T;

describe('audiences', () => {
  it('never shows the birth family the adopters’ names, contact details or the child’s details', async () => {
    const data = fullAsp();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="birthFamily"
        birthFamilyRecipient={0}
        data={data}
        mode="print"
      />,
    );
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    for (const secret of [
      'Priya Raman-Clarke',
      'Daniel Clarke',
      '14 Larch Row',
      'priya.rc@example.org',
      'Leo James Harrow',
    ]) {
      expect(text).not.toContain(secret);
    }
    // The relative's own row is there; another relative's is not.
    expect(text).toContain('Kerry Harrow');
    expect(text).not.toContain('Margaret Harrow');
    // Only the birth-family section is offered.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      aspEngland.locales.en!['sections.birthFamilySupport.label'],
    ]);
  });

  it('keeps what a reader may not see when the agency lets them edit what they may', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const data = fullAsp();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="birthFamily"
        birthFamilyRecipient={1}
        mode="edit"
        data={data}
        onChange={onChange}
      />,
    );
    const how = await screen.findByRole('textbox', { name: /How to get the support|How to access/i });
    await user.clear(how);
    await user.type(how, 'Ask the letterbox team.');
    const recipientsOf = (change: FormChange) =>
      (change.data.birthFamilySupport as { recipients: Record<string, unknown>[] }).recipients;
    await waitFor(() =>
      expect(recipientsOf(lastCall<FormChange>(onChange))[1]!.howToAccess).toBe('Ask the letterbox team.'),
    );
    const change = lastCall<FormChange>(onChange);
    const recipients = recipientsOf(change);
    // The other relative's row, the hidden consent answers and the rest of the plan are untouched.
    const original = (data.birthFamilySupport as { recipients: Record<string, unknown>[] }).recipients;
    expect(recipients[0]).toEqual(original[0]);
    expect(recipients[1]!.consentToShare).toBe(original[1]!.consentToShare);
    expect(change.data.adopters).toEqual(data.adopters);
    // This reader cannot add, remove or reorder the rows.
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add a row/ })).toBeNull();
  });

  it('shows nothing but a plain message for an audience it does not know', async () => {
    // @ts-expect-error: an audience the kit does not know.
    render(<AdoptionSupportForm form="asp-england" audience="public" data={fullAsp()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('the audience "public" is not one the kit knows');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
