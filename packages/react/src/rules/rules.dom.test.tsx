import { assessmentWales } from '@adoption-support/schemas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';
import type { FormChange } from '../types';

const en = assessmentWales.locales.en!;
const lastChange = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)?.[0] as FormChange;

async function openSection(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.click(await screen.findByRole('link', { name: en[`${key}.label`]! }));
  await screen.findByRole('heading', { level: 2, name: en[`${key}.label`]! });
}

describe('the rule packs drive the form', () => {
  it('shows a follow-up question only when a rule says so, and requires it with the rule’s message', async () => {
    const user = userEvent.setup();
    render(<AdoptionSupportForm form="assessment-wales" audience="agency" data={{}} today="2026-05-01" />);
    await openSection(user, 'sections.referral');
    const other = new RegExp(en['referral.requesterCategoryOther.label']!);
    expect(screen.queryByRole('textbox', { name: other })).toBeNull();
    await user.selectOptions(
      screen.getByRole('combobox', { name: new RegExp(en['referral.requesterCategory.label']!) }),
      en['referral.requesterCategory.other']!,
    );
    expect(await screen.findByRole('textbox', { name: other })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: en['messages.eligibility.other-requester-required']! }),
    ).toBeInTheDocument();
  });

  it('clears a hidden answer whose policy is clear from what the host gets, and shows it again if the question comes back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <AdoptionSupportForm
        form="assessment-wales"
        audience="agency"
        data={{}}
        onChange={onChange}
        today="2026-05-01"
      />,
    );
    await openSection(user, 'sections.referral');
    const category = screen.getByRole('combobox', { name: new RegExp(en['referral.requesterCategory.label']!) });
    await user.selectOptions(category, en['referral.requesterCategory.other']!);
    const other = new RegExp(en['referral.requesterCategoryOther.label']!);
    await user.type(await screen.findByRole('textbox', { name: other }), 'Family friend');
    await waitFor(() =>
      expect(lastChange(onChange).data).toMatchObject({ referral: { requesterCategoryOther: 'Family friend' } }),
    );
    await user.selectOptions(category, en['referral.requesterCategory.adoptiveParent']!);
    await waitFor(() =>
      expect(lastChange(onChange).data).toMatchObject({ referral: { requesterCategory: 'adoptiveParent' } }),
    );
    expect(lastChange(onChange).data.referral).not.toHaveProperty('requesterCategoryOther');
    expect(screen.queryByRole('textbox', { name: other })).toBeNull();
    await user.selectOptions(category, en['referral.requesterCategory.other']!);
    expect(await screen.findByRole('textbox', { name: other })).toHaveValue('Family friend');
  });

  it('shows a worked-out date beside its field with its legal source, without writing it into the answers', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <AdoptionSupportForm
        form="assessment-wales"
        audience="agency"
        data={{}}
        onChange={onChange}
        today="2026-05-01"
      />,
    );
    await openSection(user, 'sections.notice');
    const sent = screen.getByRole('group', { name: new RegExp(en['notice.noticeSentDate.label']!) });
    await user.type(within(sent).getByRole('textbox', { name: 'Day' }), '4');
    await user.type(within(sent).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(sent).getByRole('textbox', { name: 'Year' }), '2026');
    // Ten working days after Wednesday 4 March 2026.
    expect(
      await screen.findByText(
        'Worked out from your answers: 18 March 2026 (AS(LA)(W)R 2005 reg 9(2)(d), 9(3); agency procedure (10 working days))',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(lastChange(onChange).data).toMatchObject({ notice: { noticeSentDate: '2026-03-04' } }));
    const change = lastChange(onChange);
    expect(change.data.notice).not.toHaveProperty('representationsDeadline');
    expect(change.derived).toContainEqual(
      expect.objectContaining({ pointer: '/notice/representationsDeadline', value: '2026-03-18' }),
    );
  });

  it('writes a worked-out date in Welsh in the Welsh form', async () => {
    const user = userEvent.setup();
    render(
      <AdoptionSupportForm
        form="assessment-wales"
        audience="agency"
        locale="cy"
        data={{ notice: { noticeSentDate: '2026-03-04' } }}
        today="2026-05-01"
      />,
    );
    const cy = assessmentWales.locales.cy!;
    await user.click(await screen.findByRole('link', { name: cy['sections.notice.label']! }));
    expect(await screen.findByText(/18 Mawrth 2026/)).toBeInTheDocument();
  });
});
