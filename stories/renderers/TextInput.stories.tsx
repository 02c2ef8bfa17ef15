import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { escapeRegExp, formText } from '../src/formText';

/**
 * Text boxes: one line for a name or a reference, several lines for an account, and a number box
 * that keeps what was typed when it is not a number and says so in the error summary and beside it.
 * The label is the question; the hint, when there is one, sits under it and is read with the box.
 */
const meta = {
  title: 'Renderers/Text input',
  component: FormStory,
  args: { ...formArgs('asp-wales'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One line, with its hint read out as the box's description. */
export const OneLine: Story = {
  name: 'One line, with a hint',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: words.text('sections.child.label') }));
    const box = await canvas.findByRole('textbox', {
      name: new RegExp(`^${escapeRegExp(words.text('child.childName.label'))}`),
    });
    await expect(box).toHaveAccessibleDescription(expect.stringContaining(words.text('child.childName.description')));
    await userEvent.type(box, 'Nia Rhys');
    await expect(box).toHaveValue('Nia Rhys');
  },
};

/** Several lines: a five-row text area the reader can make taller, for accounts written in full. */
export const SeveralLines: Story = {
  name: 'Several lines',
  args: { example: 'valid.full' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const areas = await waitFor(() => {
      const found = canvasElement.querySelectorAll('textarea:not([aria-hidden="true"])');
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    // Every text area is a labelled text box.
    for (const area of areas) {
      await expect(area).toHaveAccessibleName();
      // A plain text area (GOV.UK's pattern), not a self-sizing box with a hidden twin measured per key.
      await expect(area).toHaveAttribute('rows', '5');
    }
    await expect(canvasElement.querySelectorAll('textarea[aria-hidden="true"]')).toHaveLength(0);
    await expect(canvas.getAllByRole('textbox').length).toBeGreaterThan(areas.length);
  },
};

/** A number box given words: the words are kept, and the error says a number is needed. */
export const NotANumber: Story = {
  name: 'A number box given words',
  args: { ...formArgs('assessment-wales'), example: 'valid.full' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: words.text('sections.analysis.label') }));
    const label = words.text('analysis.financialSupport.proposedAmount.label');
    const box = await canvas.findByRole('textbox', { name: new RegExp(`^${escapeRegExp(label)}`) });
    await userEvent.clear(box);
    await userEvent.type(box, 'about forty pounds');
    await userEvent.click(canvas.getByRole('button', { name: words.text('kit.action.continue') }));
    const summary = await canvas.findByRole('alert');
    await expect(within(summary).getByRole('link', { name: `${label} must be a number` })).toBeVisible();
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    await expect(box).toHaveValue('about forty pounds');
  },
};
