import type { Meta, StoryObj } from '@storybook/react-vite';
import { FormStory } from '../../src/FormStory';
import { formArgs, formArgTypes } from '../../src/formStoryMeta';
import { showExampleErrors, showsPartlyDone } from '../../src/plays';

/** The assessment in Welsh: the form's own Welsh wording and the component's. */
const meta = {
  title: 'Forms/All Wales assessment of need for adoption support services/In Welsh (Cymraeg)',
  component: FormStory,
  args: formArgs('assessment-wales', 'cy'),
  argTypes: formArgTypes('assessment-wales'),
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A blank assessment, as a social worker first meets it. */
export const Empty: Story = { args: { example: 'empty' } };

/** The first half of the sections filled in (from the complete example); the rest not started. */
export const PartlyDone: Story = {
  name: 'Partly done',
  args: { example: 'partly-done' },
  play: showsPartlyDone,
};

/** A complete, fictional assessment with every section filled in (`valid.full`). */
export const Complete: Story = {};

/** A assessment with a problem (an invalid example), after Save and continue on the section it is in. */
export const WithErrors: Story = {
  name: 'With errors',
  args: { example: 'invalid.missing-date-of-referral' },
  play: showExampleErrors,
};

/** Check your answers, before the assessment is submitted. */
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

/**
 * What a birth relative may read. A birth relative sees their own assessment only when they asked for
 * it; this example was asked for by the adoptive parents, so none of the family's answers show.
 */
export const SeenByABirthRelative: Story = {
  name: 'Seen by a birth relative',
  args: { audience: 'birthFamily', mode: 'print' },
};
