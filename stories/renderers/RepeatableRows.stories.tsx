import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { formText } from '../src/formText';

/**
 * Repeatable rows (here the professionals around the child): each row has a heading and its own Move
 * up, Move down and Remove buttons, named for the row; Remove can be undone; all of it works from the
 * keyboard, and the focus lands on the new row, the moved row or the Undo button.
 */
const meta = {
  title: 'Renderers/Repeatable rows',
  component: FormStory,
  args: { ...formArgs('asp-england'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the section with the list of professionals and returns the list. */
async function professionals(canvasElement: HTMLElement) {
  const words = formText('asp-england');
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('link', { name: words.text('sections.network.label') }));
  return canvas.findByRole('region', { name: words.text('network.professionals.label') });
}

/** An empty list: "Nothing added yet." and the Add button. */
export const Empty: Story = {
  name: 'Empty list',
  play: async ({ canvasElement }) => {
    const list = await professionals(canvasElement);
    await expect(within(list).getByText('Nothing added yet.')).toBeVisible();
    await expect(within(list).getByRole('button', { name: 'Add a row to professionals' })).toBeEnabled();
  },
};

/** Add two rows, move the first down and remove it, then undo, all with the keyboard. */
export const ByKeyboard: Story = {
  name: 'Adding, moving, removing and undoing by keyboard',
  play: async ({ canvasElement }) => {
    const list = await professionals(canvasElement);
    const rows = within(list);
    for (const name of ['Ada', 'Bo']) {
      rows.getByRole('button', { name: 'Add a row to professionals' }).focus();
      await userEvent.keyboard('{Enter}');
      const added = await rows.findAllByRole('listitem');
      await userEvent.type(within(added.at(-1)!).getByRole('textbox', { name: /^Name/ }), name);
    }
    rows.getByRole('button', { name: 'Move down Professionals, row 1' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rows.getByRole('button', { name: 'Move up Professionals, row 2' })).toHaveFocus());
    rows.getByRole('button', { name: 'Remove Professionals, row 2' }).focus();
    await userEvent.keyboard('{Enter}');
    const undo = await rows.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rows.getByRole('heading', { name: 'Professionals: row 2' })).toHaveFocus());
    await expect(rows.getAllByRole('textbox', { name: /^Name/ }).map((i) => (i as HTMLInputElement).value)).toEqual([
      'Bo',
      'Ada',
    ]);
  },
};
