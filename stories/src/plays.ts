import { formModel } from '@adoption-support/react';
import { forms } from '@adoption-support/schemas';
import type { StoryContext } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FormStoryProps } from './FormStory';
import { formText } from './formText';
import { formExample, partlyDoneSections } from './storyData';

type FormStoryContext = StoryContext<FormStoryProps>;

/**
 * Opens the section holding the first error an invalid example names and presses Save and continue,
 * as a social worker would: the error summary appears, takes the focus, and links to the field.
 */
export async function showExampleErrors({ args, canvasElement }: FormStoryContext): Promise<void> {
  const { form, example, locale = 'en' } = args;
  const expected = formExample(form, example).expect?.[0];
  if (!expected) throw new Error(`The example ${form}/${example} names no errors; pick an invalid.* example.`);
  const model = formModel(forms[form], 'agency');
  const section = model.sectionOf(expected.pointer);
  if (section === undefined) throw new Error(`No section of ${form} shows ${expected.pointer}.`);
  const words = formText(form, locale);
  const canvas = within(canvasElement);
  const sections = await canvas.findByRole('navigation', { name: words.text('kit.sections.navLabel') });
  await userEvent.click(within(sections).getByRole('link', { name: words.sectionName(section) }));
  await canvas.findByRole('heading', { level: 2, name: words.sectionName(section) });
  const last = section === model.sections.length - 1;
  await userEvent.click(
    canvas.getByRole('button', { name: words.text(last ? 'kit.action.checkAnswers' : 'kit.action.continue') }),
  );
  const summary = await canvas.findByRole('alert');
  await expect(within(summary).getByRole('heading', { name: words.text('kit.errorSummary.title') })).toBeVisible();
  await expect(within(summary).getAllByRole('link').length).toBeGreaterThan(0);
  await waitFor(() => expect(summary).toHaveFocus());
}

/**
 * Checks a partly done form looks it: the task list marks the first sections as started and every
 * later one as not started.
 */
export async function showsPartlyDone({ args, canvasElement }: FormStoryContext): Promise<void> {
  const { form, locale = 'en' } = args;
  const words = formText(form, locale);
  const done = partlyDoneSections(form);
  const nav = await within(canvasElement).findByRole('navigation', { name: words.text('kit.sections.navLabel') });
  const links = within(nav).getAllByRole('link');
  await expect(links).toHaveLength(formModel(forms[form], 'agency').sections.length);
  const notStarted = words.text('kit.status.notStarted');
  for (const [index, link] of links.entries()) {
    if (index < done) await expect(link).not.toHaveAccessibleDescription(notStarted);
    else await expect(link).toHaveAccessibleDescription(notStarted);
  }
}
