// A React portal page for the browser tests: the kit's component inside the portal's own <form>, with
// the portal's own box and submit button, as many case-management portals wrap a whole page in one.
// Built by buildTestBundle.ts into the bundle folder, loaded by pages/react-host.html.
import { AdoptionSupportFormBase, loadForm } from '@adoption-support/react';
import { formExamples } from '@adoption-support/schemas/examples';
import { createRoot } from 'react-dom/client';

const page = window as unknown as { hostSubmits: number; kitSubmits: number };
page.hostSubmits = 0;
page.kitSubmits = 0;
// Capture on the document: sees every submit event in the page, whichever form it is for.
document.addEventListener(
  'submit',
  () => {
    page.hostSubmits += 1;
  },
  true,
);

const loaded = await loadForm('asp-england');
if (!loaded) throw new Error('asp-england did not load');
createRoot(document.getElementById('root')!).render(
  <form aria-label="Portal page" onSubmit={(event) => event.preventDefault()}>
    <label>
      Case note <input name="caseNote" />
    </label>
    <AdoptionSupportFormBase
      definition={loaded.definition}
      validator={loaded.validator}
      audience="agency"
      today="2026-01-15"
      // A page whose policy allows styles by nonce names it here (pages/react-host-nonce.html).
      nonce={document.getElementById('root')?.dataset.styleNonce}
      data={formExamples['asp-england']['valid.full']!.data}
      onSubmit={() => {
        page.kitSubmits += 1;
      }}
    />
    <button type="submit">Save page</button>
  </form>,
);
