// Plain JSON Forms on the same form, as a competent JSON Forms user would write it from the published
// definition files alone (no kit code): the schema, UI schema, English strings and example data as
// JSON, the material renderers, one ajv for the schema's draft (2020-12) with formats, which JSON
// Forms compiles once when it mounts, the text inputs' own 300 ms debounce, and the data held in
// state as JSON Forms' documentation shows.

import example from '@adoption-support/schemas/forms/asp-england/examples/valid.full.json';
import strings from '@adoption-support/schemas/forms/asp-england/i18n/en.json';
import schema from '@adoption-support/schemas/forms/asp-england/schema.json';
import uischema from '@adoption-support/schemas/forms/asp-england/uischema.json';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { installProbe, markReady } from './measure.js';

const changed = installProbe();
const i18n = { locale: 'en', translate: (key, fallback) => strings[key] ?? fallback };
const ajv = addFormats(new Ajv2020({ allErrors: true, verbose: true, strict: false }));

function Plain() {
  const [data, setData] = useState(example.data);
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={materialRenderers}
      cells={materialCells}
      i18n={i18n}
      ajv={ajv}
      onChange={({ data: next }) => {
        changed(next);
        setData(next);
      }}
    />
  );
}

createRoot(document.getElementById('root')).render(<Plain />);
markReady(() => document.querySelector('input, textarea') !== null);
