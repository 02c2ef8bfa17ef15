import { FORM_MODES, READER_AUDIENCES } from '@adoption-support/react';
import { type FormId, forms } from '@adoption-support/schemas';
import type { ArgTypes } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { FormStoryProps } from './FormStory';
import { exampleNames } from './storyData';

/**
 * The stories' today. Fixed, so dates the rules work out from today (deadlines, overdue reviews)
 * are the same on every run and in every screenshot; change it in the Controls panel.
 */
export const STORY_TODAY = '2026-03-02';

/** The args every story of a form starts from: the complete example, in edit mode, for the agency. */
export function formArgs(form: FormId, locale: 'en' | 'cy' = 'en'): FormStoryProps {
  return {
    form,
    example: 'valid.full',
    locale,
    audience: 'agency',
    mode: 'edit',
    today: STORY_TODAY,
    // Shown in the Actions panel, so a designer sees what the host would receive.
    onChange: fn(),
    onSubmit: fn(),
    onModeChange: fn(),
    onValidityChange: fn(),
  };
}

/** The Controls panel for a form: its examples, languages and readers, the modes. */
export function formArgTypes(form: FormId): Partial<ArgTypes<FormStoryProps>> {
  const { manifest } = forms[form];
  return {
    form: { control: false },
    example: { control: 'select', options: ['empty', 'partly-done', ...exampleNames(form)] },
    locale: { control: 'inline-radio', options: manifest.locales },
    audience: {
      control: 'select',
      options: READER_AUDIENCES.filter((a) => a === 'agency' || manifest.audiences.includes(a)),
    },
    mode: { control: 'inline-radio', options: [...FORM_MODES] },
    birthFamilyRecipient: { control: { type: 'number', min: 0, step: 1 }, if: { arg: 'audience', eq: 'birthFamily' } },
    today: { control: 'text' },
    labels: { control: 'object' },
  };
}
