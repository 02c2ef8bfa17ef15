import {
  AdoptionSupportForm,
  type AdoptionSupportFormProps,
  type FormMode,
  type ReaderAudience,
} from '@adoption-support/react';
import type { FormId } from '@adoption-support/schemas';
import { useMemo } from 'react';
import { type StoryExample, storyData } from './storyData';

/** Story args: a published form, the example it starts from, and the component's own props. */
export interface FormStoryProps
  extends Pick<
    AdoptionSupportFormProps,
    'birthFamilyRecipient' | 'labels' | 'today' | 'onChange' | 'onSubmit' | 'onModeChange' | 'onValidityChange'
  > {
  form: FormId;
  /** Where the form starts: `empty`, `partly-done`, or one of the form's own examples. */
  example: StoryExample;
  /** `en` or `cy`. */
  locale?: 'en' | 'cy';
  /** Who is reading; `agency` (the agency's case workers) sees everything. */
  audience?: ReaderAudience;
  /** `edit`, `check` (check your answers) or `print`. */
  mode?: FormMode;
}

/**
 * A published form in `AdoptionSupportForm`, started from one of the form's own examples, so a story
 * never carries copied data. Changing the language, mode or reader in the controls keeps what was
 * typed: the data is only made again when the form or the example changes.
 */
export function FormStory({
  form,
  example,
  locale = 'en',
  audience = 'agency',
  mode = 'edit',
  ...rest
}: FormStoryProps) {
  const data = useMemo(() => storyData(form, example), [form, example]);
  return (
    <AdoptionSupportForm
      key={`${form}/${example}`}
      form={form}
      data={data}
      locale={locale}
      audience={audience}
      mode={mode}
      {...rest}
    />
  );
}
