// The kit's React component on the full adoption support plan (England), as a host page would use
// it: the published component, the form by id, the host's own data, and onChange (which carries the
// validity of the data it carries).
import { AdoptionSupportForm } from '@adoption-support/react';
import example from '@adoption-support/schemas/forms/asp-england/examples/valid.full.json';
import { createRoot } from 'react-dom/client';
import { installProbe, markReady } from './measure.js';

const changed = installProbe();
createRoot(document.getElementById('root')).render(
  <AdoptionSupportForm
    form="asp-england"
    audience="agency"
    data={example.data}
    today="2026-01-15"
    onChange={(change) => changed(change.data)}
  />,
);
markReady(() => document.querySelector('input, textarea') !== null);
