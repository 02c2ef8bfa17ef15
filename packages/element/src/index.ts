import { defineAdoptionSupportForm } from './AdoptionSupportFormElement';

export {
  AdoptionSupportFormElement,
  type AdoptionSupportFormEventMap,
  defineAdoptionSupportForm,
  TAG_NAME,
} from './AdoptionSupportFormElement';

// Loading the bundle is enough to use the element.
defineAdoptionSupportForm();
