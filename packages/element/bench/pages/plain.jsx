// Plain JSON Forms with its material renderers on the same schema, UI schema, strings and data:
// the baseline the kit is compared with.

import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { installKeystrokeProbe, whenPainted } from './measure.js';

const committed = installKeystrokeProbe();
const strings = aspEngland.locales.en;
const i18n = { locale: 'en', translate: (key, fallback) => strings[key] ?? fallback };
// The forms are JSON Schema 2020-12, so JSON Forms gets an ajv for that draft (as the Storybook preview does).
const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);

function Plain() {
  const [data, setData] = useState(formExamples['asp-england']['valid.full'].data);
  return (
    <JsonForms
      schema={aspEngland.schema}
      uischema={aspEngland.uischema}
      data={data}
      renderers={materialRenderers}
      cells={materialCells}
      i18n={i18n}
      ajv={ajv}
      onChange={({ data: next }) => {
        if (next !== data) committed();
        setData(next);
      }}
    />
  );
}

const start = performance.now();
createRoot(document.getElementById('root')).render(<Plain />);
window.benchMounted = whenPainted(() => document.querySelector('input, textarea') !== null, start);
