import { useCallback } from 'react';

/** The id of the form a field's boxes belong to (see {@link useOwnForm}). */
export const ownFormId = (inputId: string) => `${inputId}-form`;

/** Enter in a box must never send the host page anywhere, nor tell its listeners that a form was sent. */
const keepInPage = (event: Event) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * Gives a field's boxes a `<form>` of their own: the boxes name it in their `form` attribute, and
 * this returns the ref of an empty, hidden element to hold it.
 *
 * Why: after every keystroke Chrome's autofill reads the whole form the box belongs to, or, for a
 * box in no form, every such box on the page, often before it paints the letter. On the support items
 * that was 5 to 6 ms a keystroke. A form of one field costs it about half a millisecond, whatever the
 * length of the section (docs/decisions/0011-each-field-has-a-form-of-its-own.md). It also keeps the
 * browser from offering to save a child's details as the worker's own address: it only offers that for
 * a form of several address fields.
 *
 * The form is made here, not rendered by React, so a host page that wraps the kit in its own `<form>`
 * gets no nested-form warning, and the host's form does not take in the kit's boxes. It holds one
 * disabled submit button, so Enter in a lone text box does nothing (implicit submission stops at a
 * disabled default button), and its `submit` events, should any come, go no further than the form.
 */
export function useOwnForm(formId: string) {
  return useCallback(
    (holder: HTMLElement | null) => {
      if (!holder) return undefined;
      const document = holder.ownerDocument;
      const form = document.createElement('form');
      form.id = formId;
      form.noValidate = true;
      form.addEventListener('submit', keepInPage);
      const button = document.createElement('button');
      button.type = 'submit';
      button.disabled = true;
      button.tabIndex = -1;
      form.append(button);
      holder.append(form);
      return () => form.remove();
    },
    [formId],
  );
}
