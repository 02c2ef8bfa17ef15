import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectedDerived, longDate } from '../../src/expectedDerived';
import { FormStory } from '../../src/FormStory';
import { formArgs, STORY_TODAY } from '../../src/formStoryMeta';
import { escapeRegExp, formText } from '../../src/formText';
import { LanguageSwitchHost } from '../../src/LanguageSwitchHost';

/**
 * What a social worker does, step by step, checked in a real browser. Open a story and watch the
 * Interactions panel replay it.
 */
const meta = {
  title: 'Journeys/Filling in a form',
  component: FormStory,
  args: { ...formArgs('asp-england'), example: 'empty' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types a date into a day/month/year group, replacing what was there. */
async function typeDate(group: HTMLElement, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  const box = within(group);
  for (const [name, value] of [
    ['Day', String(Number(day))],
    ['Month', String(Number(month))],
    ['Year', year],
  ] as const) {
    const input = box.getByRole('textbox', { name });
    await userEvent.clear(input);
    await userEvent.type(input, value);
  }
}

/**
 * Save and continue on an empty section: the error summary appears at the top and takes the focus,
 * and following one of its links puts the focus on the field at fault.
 */
export const EmptySectionShowsTheErrorSummary: Story = {
  name: 'Submitting an empty section shows the error summary',
  args: { form: 'asp-wales' },
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await userEvent.click(await canvas.findByRole('button', { name: words.text('kit.action.continue') }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getByRole('heading', { name: words.text('kit.errorSummary.title') })).toBeVisible();
    const [first] = within(summary).getAllByRole('link');
    if (!first) throw new Error('The error summary has no links.');
    await userEvent.click(first);
    await waitFor(() => {
      const focused = canvasElement.ownerDocument.activeElement;
      expect(focused?.tagName).toBe('INPUT');
      expect(canvasElement.contains(focused)).toBe(true);
    });
    // Still on the first section: the errors stopped the move.
    await expect(canvas.getByRole('heading', { level: 2, name: words.sectionName(0) })).toBeVisible();
  },
};

/**
 * Answering "No" to whether the child will be seen alone on visits asks why not (the rule
 * `visits.seen-alone.reason-shown` in asp-england's `visits` pack); answering "Yes" hides it again.
 */
export const AnswerRevealsAQuestion: Story = {
  name: 'Answering a question reveals the conditional field',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    const network = words.text('sections.network.label');
    await userEvent.click(await canvas.findByRole('link', { name: network }));
    await canvas.findByRole('heading', { level: 2, name: network });
    const why = { name: new RegExp(escapeRegExp(words.text('network.childSeenAloneReason.label'))) };
    await expect(canvas.queryByRole('textbox', why)).toBeNull();
    const seenAlone = canvas.getByRole('radiogroup', {
      name: new RegExp(escapeRegExp(words.text('network.childSeenAlone.label'))),
    });
    await userEvent.click(within(seenAlone).getByRole('radio', { name: words.text('kit.answer.no') }));
    await expect(await canvas.findByRole('textbox', why)).toBeVisible();
    await userEvent.click(within(seenAlone).getByRole('radio', { name: words.text('kit.answer.yes') }));
    await waitFor(() => expect(canvas.queryByRole('textbox', why)).toBeNull());
  },
};

/**
 * Typing the date the child moved in works out when the first review is due (the rule
 * `reviews.schedule.next-review-due` in asp-england's `reviews` pack), shown in "Reviews of the plan"
 * beside "Next adoption review due by" with its legal source; changing the date changes it.
 */
export const PlacementDateUpdatesReviewDates: Story = {
  name: 'Changing the placement date updates the review dates',
  play: async ({ args, canvasElement }) => {
    const words = formText(args.form);
    const canvas = within(canvasElement);
    const today = typeof args.today === 'string' ? args.today : STORY_TODAY;
    const about = words.text('sections.document.label');
    const reviews = words.text('sections.review.label');
    const placementLabel = new RegExp(escapeRegExp(words.text('document.placementDate.label')));
    const reviewDue = (placementDate: string) => {
      const due = expectedDerived(args.form, { document: { placementDate } }, '/review/nextReviewDue', today);
      if (typeof due !== 'string') throw new Error(`No review date is worked out for a placement on ${placementDate}.`);
      return longDate(due);
    };
    /** Opens the reviews section; its text holds worked-out dates (typed dates sit in inputs). */
    const openReviews = async () => {
      await userEvent.click(canvas.getByRole('link', { name: reviews }));
      return canvas.findByRole('region', { name: reviews });
    };

    await typeDate(await canvas.findByRole('group', { name: placementLabel }), '2025-09-01');
    const first = reviewDue('2025-09-01');
    const before = await openReviews();
    await waitFor(() => expect(before.textContent).toContain(first));

    await userEvent.click(canvas.getByRole('link', { name: about }));
    await typeDate(await canvas.findByRole('group', { name: placementLabel }), '2025-11-17');
    const second = reviewDue('2025-11-17');
    await expect(second).not.toBe(first);
    const after = await openReviews();
    await waitFor(() => expect(after.textContent).toContain(second));
    await expect(after.textContent).not.toContain(first);
  },
};

/**
 * The host page's language switch changes the form to Welsh and back; every answer stays, now under
 * its Welsh label.
 */
export const SwitchingLanguageKeepsTheAnswers: Story = {
  name: 'Switching language keeps the answers',
  args: { form: 'asp-wales' },
  render: (args) => <LanguageSwitchHost {...args} />,
  play: async ({ args, canvasElement }) => {
    const en = formText(args.form, 'en');
    const cy = formText(args.form, 'cy');
    const canvas = within(canvasElement);
    const reference = (words: typeof en) => ({
      name: new RegExp(escapeRegExp(words.text('header.placingAuthorityReference.label'))),
    });
    await userEvent.click(await canvas.findByRole('radio', { name: en.text('header.region.westernBay') }));
    await userEvent.type(canvas.getByRole('textbox', reference(en)), 'PA-2041');

    await userEvent.click(canvas.getByRole('button', { name: 'Cymraeg' }));
    await expect(await canvas.findByRole('heading', { level: 1, name: cy.text('form.title') })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: cy.text('header.region.westernBay') })).toBeChecked();
    await expect(canvas.getByRole('textbox', reference(cy))).toHaveValue('PA-2041');
    await expect(canvas.getByRole('button', { name: cy.text('kit.action.continue') })).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'English' }));
    await expect(await canvas.findByRole('heading', { level: 1, name: en.text('form.title') })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: en.text('header.region.westernBay') })).toBeChecked();
    await expect(canvas.getByRole('textbox', reference(en))).toHaveValue('PA-2041');
  },
};
