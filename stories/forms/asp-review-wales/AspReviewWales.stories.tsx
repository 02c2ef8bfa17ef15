import type { Meta, StoryObj } from '@storybook/react-vite';
import { FormStory } from '../../src/FormStory';
import { formArgs, formArgTypes } from '../../src/formStoryMeta';
import { showExampleErrors, showsPartlyDone } from '../../src/plays';

const meta = {
  title: 'Forms/Review of the All Wales Adoption Support Plan/In English',
  component: FormStory,
  args: formArgs('asp-review-wales'),
  argTypes: formArgTypes('asp-review-wales'),
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A blank review, as a social worker first meets it. */
export const Empty: Story = { args: { example: 'empty' } };

/** The first half of the sections filled in (from the complete example); the rest not started. */
export const PartlyDone: Story = {
  name: 'Partly done',
  args: { example: 'partly-done' },
  play: showsPartlyDone,
};

/** A complete, fictional review with every section filled in (`valid.full`). */
export const Complete: Story = {};

/** A review with a problem (an invalid example), after Save and continue on the section it is in. */
export const WithErrors: Story = {
  name: 'With errors',
  args: { example: 'invalid.missing-review-outcome' },
  play: showExampleErrors,
};

/** Check your answers, before the review is submitted. */
export const CheckAnswers: Story = { name: 'Check answers', args: { mode: 'check' } };

/** The printed copy the agency keeps: every section, expanded. */
export const Print: Story = { args: { mode: 'print' } };

/** What the professional network around the child may read. */
export const SeenByProfessionals: Story = {
  name: 'Seen by professionals',
  args: { audience: 'professionals', mode: 'print' },
};

/** What the adoptive parents may read. */
export const SeenByTheAdopters: Story = { name: 'Seen by the adopters', args: { audience: 'adopters', mode: 'print' } };

/** What the child may read. */
export const SeenByTheChild: Story = { name: 'Seen by the child', args: { audience: 'child', mode: 'print' } };
