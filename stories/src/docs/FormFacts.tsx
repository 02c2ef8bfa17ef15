import { type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', cy: 'Welsh (Cymraeg)' };

/**
 * A form's facts for designers, read from its definition: its own description, id and version,
 * languages, rule packs, and the examples its stories start from.
 */
export function FormFacts({ form }: { form: FormId }) {
  const { manifest, locales } = forms[form];
  return (
    <>
      <blockquote>{locales.en?.['form.description']}</blockquote>
      <dl>
        <dt>Form id and version</dt>
        <dd>
          <code>{manifest.id}</code> {manifest.version}
        </dd>
        <dt>Languages</dt>
        <dd>{manifest.locales.map((l) => LANGUAGE_NAMES[l] ?? l).join(' and ')}</dd>
        <dt>Rule packs</dt>
        <dd>{manifest.rulePacks.length > 0 ? manifest.rulePacks.join(', ') : 'none yet'}</dd>
        <dt>Examples the stories start from</dt>
        <dd>{Object.keys(formExamples[form]).join(', ')}</dd>
      </dl>
    </>
  );
}
