import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { escapeRegExp, formText } from '../src/formText';

/**
 * The GOV.UK date input: day, month and year boxes in one group. An unfinished date is kept as typed;
 * the error names the box that is missing and marks only that box.
 */
const meta = {
  title: 'Renderers/Date input',
  component: FormStory,
  args: { ...formArgs('asp-wales'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A blank date: three empty boxes under the question and its "For example" hint. */
export const Empty: Story = {
  name: 'Empty',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const group = await within(canvasElement).findByRole('group', {
      name: new RegExp(escapeRegExp(words.text('header.planDate.label'))),
    });
    for (const name of ['Day', 'Month', 'Year']) {
      await expect(within(group).getByRole('textbox', { name })).toHaveValue('');
    }
  },
};

/** Day and month typed, year forgotten: "… must include a year", and only the year box is marked. */
export const MissingYear: Story = {
  name: 'A box left empty',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', {
      name: new RegExp(escapeRegExp(words.text('header.planDate.label'))),
    });
    await userEvent.type(within(group).getByRole('textbox', { name: 'Day' }), '12');
    await userEvent.type(within(group).getByRole('textbox', { name: 'Month' }), '3');
    await userEvent.click(canvas.getByRole('button', { name: words.text('kit.action.continue') }));
    const summary = await canvas.findByRole('alert');
    const message = `${words.text('header.planDate.label')} must include a year`;
    await expect(within(summary).getByRole('link', { name: message })).toBeVisible();
    await waitFor(() =>
      expect(within(group).getByRole('textbox', { name: 'Year' })).toHaveAttribute('aria-invalid', 'true'),
    );
    await expect(within(group).getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid');
    await expect(within(group).getByRole('textbox', { name: 'Day' })).toHaveValue('12');
  },
};

/** The same boxes in Welsh: Diwrnod, Mis, Blwyddyn. */
export const InWelsh: Story = {
  name: 'In Welsh',
  args: { locale: 'cy' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form, 'cy');
    const group = await within(canvasElement).findByRole('group', {
      name: new RegExp(escapeRegExp(words.text('header.planDate.label'))),
    });
    for (const name of ['Diwrnod', 'Mis', 'Blwyddyn']) {
      await expect(within(group).getByRole('textbox', { name })).toBeVisible();
    }
  },
};
