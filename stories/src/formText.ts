import { formModel, kitStrings, type ReaderAudience } from '@adoption-support/react';
import { type FormId, forms } from '@adoption-support/schemas';

/**
 * The words a form shows in a language (the form's own, then the component's), so a play function
 * finds buttons, links and fields by the names a reader hears, in English or in Welsh.
 */
export function formText(form: FormId, locale: 'en' | 'cy' = 'en') {
  const strings = kitStrings(forms[form], locale);
  return {
    /** The string for an i18n key, e.g. `kit.action.continue` or `consultation.supervisor.label`. */
    text: (key: string) => strings.text(key),
    /** The name of a section, as the task list and its heading show it. */
    sectionName: (index: number, audience: ReaderAudience = 'agency') => {
      const section = formModel(forms[form], audience).sections[index];
      if (!section) throw new Error(`The form ${form} has no section ${index + 1} for the ${audience} reader.`);
      return strings.text(`${section.i18n}.label`);
    },
  };
}

/** Escapes text for use inside a regular expression (labels may hold brackets or full stops). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
