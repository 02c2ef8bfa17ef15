// The smallest React app that shows one form: what `pnpm size` measures for @adoption-support/react.
import { AdoptionSupportForm } from '@adoption-support/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  createElement(AdoptionSupportForm, { form: 'asp-england', audience: 'agency', data: {} }),
);
