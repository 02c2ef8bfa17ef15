import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';

const fullAsp = () => structuredClone(formExamples['asp-england']['valid.full']!.data) as Record<string, unknown>;
const sectionLabels = (aspEngland.uischema.elements as { i18n: string }[]).map(
  (c) => aspEngland.locales.en![`${c.i18n}.label`] as string,
);

describe('the section the form opens on', () => {
  it('opens on initialSection, reports moves with onSectionChange, and opens on the last section for a number past the end', async () => {
    const user = userEvent.setup();
    const onSectionChange = vi.fn();
    const { unmount } = render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        initialSection={2}
        onSectionChange={onSectionChange}
      />,
    );
    const nav = await screen.findByRole('navigation', { name: 'Sections of the form' });
    expect(within(nav).getByRole('link', { name: sectionLabels[2] })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 2, name: sectionLabels[2] })).toBeInTheDocument();
    expect(onSectionChange).not.toHaveBeenCalled();

    await user.click(within(nav).getByRole('link', { name: sectionLabels[1] }));
    expect(onSectionChange).toHaveBeenLastCalledWith(1);
    unmount();

    // A number past the end opens the last section; a value that is not a whole number, the first.
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} initialSection={999} />);
    const last = sectionLabels.at(-1) as string;
    expect(await screen.findByRole('heading', { level: 2, name: last })).toBeInTheDocument();
  });

  it('opens on the first section for a value that is not a whole number', async () => {
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={fullAsp()}
        initialSection={Number.NaN as number}
      />,
    );
    expect(await screen.findByRole('heading', { level: 2, name: sectionLabels[0] })).toBeInTheDocument();
  });
});
