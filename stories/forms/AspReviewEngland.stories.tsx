import type { Meta, StoryObj } from '@storybook/react-vite';
import { FormStory } from '../src/FormStory';

const meta = {
  title: 'Forms/Adoption support plan review (England)',
  component: FormStory,
  args: { form: 'asp-review-england', example: 'valid.full', locale: 'en' },
} satisfies Meta<typeof FormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A complete, fictional case with every section filled in. */
export const Complete: Story = {};

/** The least a complete document can hold. */
export const Minimal: Story = { args: { example: 'valid.minimal' } };

/** A blank form, as a social worker first meets it. */
export const Empty: Story = { args: { example: 'empty' } };
