import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { formText } from '../src/formText';

/**
 * The GOV.UK error summary: after Save and continue on a section with something to fix, a box headed
 * "There is a problem" appears above the section and takes the focus. Each link is the message shown
 * beside its field, and following it puts the focus in that field (the day box of a date).
 */
const meta = {
  title: 'Renderers/Error summary',
  component: FormStory,
  args: { ...formArgs('asp-wales'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Save and continue on a blank section: the summary, focused, then a link followed. */
export const AfterSaveAndContinue: Story = {
  name: 'After Save and continue, with a link followed',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: words.text('kit.action.continue') }));
    const summary = await canvas.findByRole('alert');
    await expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.length).toBeGreaterThan(0);
    const first = links[0]!;
    const target = canvasElement.querySelector<HTMLElement>(first.getAttribute('href') ?? '#none');
    await expect(target).not.toBeNull();
    await userEvent.click(first);
    await waitFor(() => expect(target).toHaveFocus());
  },
};

/** The same summary in Welsh: "Mae problem wedi codi". */
export const InWelsh: Story = {
  name: 'In Welsh',
  args: { locale: 'cy' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form, 'cy');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: words.text('kit.action.continue') }));
    const summary = await canvas.findByRole('alert');
    await expect(within(summary).getByRole('heading', { name: 'Mae problem wedi codi' })).toBeVisible();
  },
};
