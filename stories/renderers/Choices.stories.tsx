import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { escapeRegExp, formText } from '../src/formText';

/**
 * Choices, GOV.UK style: radios for one answer and checkboxes for several, each set in a fieldset
 * whose legend is the question. Radios can be left unanswered. Ticking "Other" shows the box that
 * asks which.
 */
const meta = {
  title: 'Renderers/Choices',
  component: FormStory,
  args: { ...formArgs('asp-wales'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Radios: one region, chosen with the arrow keys as well as the mouse. */
export const Radios: Story = {
  name: 'Radios (one answer)',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', {
      name: new RegExp(`^${escapeRegExp(words.text('header.region.label'))}`),
    });
    const radios = within(group).getAllByRole('radio');
    await expect(radios.length).toBe(5);
    for (const radio of radios) await expect(radio).not.toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: words.text('header.region.northWales') }));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: words.text('header.region.vvc') })).toBeChecked(),
    );
    await expect(within(group).getByRole('radio', { name: words.text('header.region.northWales') })).not.toBeChecked();
  },
};

/** The same radios in Welsh. */
export const RadiosInWelsh: Story = {
  name: 'Radios in Welsh',
  args: { locale: 'cy' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form, 'cy');
    const group = await within(canvasElement).findByRole('radiogroup', {
      name: new RegExp(`^${escapeRegExp(words.text('header.region.label'))}`),
    });
    // The radio is named in Welsh, and its label is what shows (MUI draws the circle over the input).
    await expect(within(group).getByRole('radio', { name: words.text('header.region.westernBay') })).toBeEnabled();
    await expect(within(group).getByText(words.text('header.region.westernBay'))).toBeVisible();
  },
};

/** Checkboxes: several records ticked; "Other" brings in the box that asks which. */
export const Checkboxes: Story = {
  name: 'Checkboxes (several answers), with Other',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: words.text('sections.child.label') }));
    const group = await canvas.findByRole('group', {
      name: new RegExp(`^${escapeRegExp(words.text('child.sourcesUsed.label'))}`),
    });
    const other = words.text('child.sourcesUsedOther.label');
    await expect(canvas.queryByRole('textbox', { name: new RegExp(`^${escapeRegExp(other)}`) })).toBeNull();
    await userEvent.click(
      within(group).getByRole('checkbox', { name: words.text('child.sourcesUsed.childsAdoptionReport') }),
    );
    await userEvent.click(within(group).getByRole('checkbox', { name: words.text('child.sourcesUsed.other') }));
    await expect(
      within(group).getByRole('checkbox', { name: words.text('child.sourcesUsed.childsAdoptionReport') }),
    ).toBeChecked();
    await expect(await canvas.findByRole('textbox', { name: new RegExp(`^${escapeRegExp(other)}`) })).toBeVisible();
  },
};
