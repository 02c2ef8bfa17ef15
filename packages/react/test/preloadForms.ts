// `AdoptionSupportForm` loads each form with `import()` the first time a page shows it. The tests
// load every form before they start, so a form given by id is drawn at once, as it is in an app
// after its first showing. What they load is the real thing: each form's generated module with its
// precompiled validator (`@adoption-support/schemas/<id>`). src/form/defaultValidators.test.ts tests
// the loading itself on a fresh copy of the module.
import { loadForm, publishedFormIds } from '../src/form/defaultValidators';

await Promise.all(publishedFormIds.map((id) => loadForm(id)));
