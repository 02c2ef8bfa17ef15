import { type Audience, type FormId, forms } from '@adoption-support/schemas';
import { audienceCoverage, type SectionCoverage } from './audienceCoverage';

/** Plain names of the audiences, for designers. */
export const AUDIENCE_NAMES: Record<Audience, string> = {
  professionals: 'Professionals',
  panel: 'Panel and decision maker',
  adopters: 'Adopters',
  child: 'Child',
  birthFamily: 'A birth relative',
};

const cell = ({ seen, total }: SectionCoverage) =>
  seen === 0 ? 'Nothing' : seen === total ? 'All' : `${seen} of ${total}`;

/**
 * "Who sees which section": one row per section, one column per audience, each cell saying how many
 * of the section's questions that reader sees. Worked out from the form's schema when the page is
 * shown, so it is always the form as published.
 */
export function AudienceTable({ form }: { form: FormId }) {
  const { audiences, sections } = audienceCoverage(form);
  const strings = forms[form].locales.en ?? {};
  return (
    <table>
      <caption>
        Questions each reader sees, by section. The agency's own case workers see everything. Worked out from the
        schema's <code>x-audience</code> annotations.
      </caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          {audiences.map((a) => (
            <th scope="col" key={a}>
              {AUDIENCE_NAMES[a]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sections.map((section) => (
          <tr key={section.i18n}>
            <th scope="row" style={{ textAlign: 'left' }}>
              {strings[`${section.i18n}.label`] ?? section.i18n}
            </th>
            {audiences.map((a) => (
              <td key={a}>{cell(section.byAudience[a])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
