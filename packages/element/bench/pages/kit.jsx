// The kit's component on the full adoption support plan (England).
import { AdoptionSupportForm } from '@adoption-support/react';
import { formExamples } from '@adoption-support/schemas/examples';
import { createRoot } from 'react-dom/client';
import { installKeystrokeProbe, whenPainted } from './measure.js';

const committed = installKeystrokeProbe();
const data = formExamples['asp-england']['valid.full'].data;
const start = performance.now();
createRoot(document.getElementById('root')).render(
  <AdoptionSupportForm form="asp-england" audience="agency" data={data} today="2026-01-15" onChange={committed} />,
);
window.benchMounted = whenPainted(() => document.querySelector('input, textarea') !== null, start);
