import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FormStory } from '../src/FormStory';
import { formArgs } from '../src/formStoryMeta';
import { escapeRegExp, formText } from '../src/formText';

/**
 * The views around the questions: the task list of sections with their statuses, the check answers
 * page with its Change links, the print view, the read-only view, and dates the rules work out shown with their source.
 */
const meta = {
  title: 'Renderers/Views',
  component: FormStory,
  args: formArgs('asp-wales'),
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sections as a task list: finished sections say Completed, the others Not started. */
export const TaskList: Story = {
  name: 'Task list of sections',
  args: { example: 'partly-done' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const nav = await within(canvasElement).findByRole('navigation', { name: words.text('kit.sections.navLabel') });
    await expect(within(nav).getAllByText(words.text('kit.status.completed')).length).toBeGreaterThan(0);
    await expect(within(nav).getAllByText(words.text('kit.status.notStarted')).length).toBeGreaterThan(0);
  },
};

/** Check your answers: a summary list per section, a Change link for each answer, then Submit. */
export const CheckAnswers: Story = {
  name: 'Check your answers',
  args: { mode: 'check' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: words.text('kit.check.title') })).toBeVisible();
    const label = words.text('header.planDate.label');
    await expect(canvas.getByRole('link', { name: `${words.text('kit.action.change')} ${label}` })).toBeVisible();
    await expect(canvas.getByRole('button', { name: words.text('kit.action.submit') })).toBeVisible();
  },
};

/** The print view: every section, one after another, with no buttons, links or inputs. */
export const Print: Story = {
  name: 'Print view',
  args: { mode: 'print' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1 });
    await expect(canvas.queryAllByRole('button')).toEqual([]);
    await expect(canvas.queryAllByRole('link')).toEqual([]);
    await expect(canvas.queryAllByRole('textbox')).toEqual([]);
  },
};

/**
 * The read-only view the adopters get by default: the sections as links, then every section's answers,
 * with nothing to change (no inputs, buttons or Change links).
 */
export const ReadOnlyView: Story = {
  name: 'Read-only view (adopters)',
  args: { audience: 'adopters', mode: 'view' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1 });
    await expect(canvas.getByRole('navigation', { name: words.text('kit.sections.navLabel') })).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toEqual([]);
    await expect(canvas.queryAllByRole('textbox')).toEqual([]);
    await expect(canvas.queryAllByRole('radio')).toEqual([]);
    const change = new RegExp(`^${escapeRegExp(words.text('kit.action.change'))}\\b`);
    await expect(canvas.queryAllByRole('link', { name: change })).toEqual([]);
  },
};

/** A date the rules work out, beside its field, with the regulation it comes from. */
export const WorkedOutDate: Story = {
  name: 'A date worked out by the rules',
  args: { ...formArgs('assessment-wales'), example: 'valid.full' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1 });
    const section = words.text('sections.notice.label');
    (await canvas.findByRole('link', { name: section })).click();
    await canvas.findByRole('heading', { level: 2, name: section });
    await expect(
      await canvas.findByText(
        new RegExp(`^Worked out from your answers: .+ \\(${escapeRegExp('AS(LA)(W)R 2005 reg 9(2)(d)')}`),
      ),
    ).toBeVisible();
  },
};
