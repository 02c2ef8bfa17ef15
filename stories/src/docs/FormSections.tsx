import { type FormId, forms } from '@adoption-support/schemas';

/** A form's sections in order, each with the description the form gives it (in English). */
export function FormSections({ form }: { form: FormId }) {
  const { uischema, locales } = forms[form];
  const en = locales.en ?? {};
  const sections = (uischema.elements as { i18n?: string }[]).map((c) => c.i18n ?? '');
  return (
    <ol>
      {sections.map((key) => (
        <li key={key}>
          <strong>{en[`${key}.label`] ?? key}</strong>
          {en[`${key}.description`] ? `: ${en[`${key}.description`]}` : null}
        </li>
      ))}
    </ol>
  );
}
