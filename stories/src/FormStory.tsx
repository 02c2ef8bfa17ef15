import { type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { FormPreview } from './FormPreview';

/** Story args: which form, which of its examples, which language. */
export interface FormStoryProps {
  form: FormId;
  /** An example name from the form's `examples/` folder, or `empty` for a blank form. */
  example: string;
  locale?: string;
}

/** Renders a published form with one of its own examples, so stories never carry copied data. */
export function FormStory({ form, example, locale = 'en' }: FormStoryProps) {
  const definition = forms[form];
  const data = example === 'empty' ? {} : formExamples[form][example]?.data;
  if (data === undefined) {
    return (
      <p role="alert">
        The form {form} has no example named {example}.
      </p>
    );
  }
  return <FormPreview key={`${form}/${example}/${locale}`} definition={definition} data={data} locale={locale} />;
}
