import { type KeyboardEvent, useCallback } from 'react';

/** The id of the form a field's boxes belong to (see {@link useOwnForm}). */
export const ownFormId = (inputId: string) => `${inputId}-form`;

/** Marks the kit's own forms, so a host script that walks `document.forms` can leave them out. */
const OWN_FORM_ATTRIBUTE = 'data-asf-own-form';

/** Enter in a box must never send the host page anywhere, nor tell its listeners that a form was sent. */
const keepInPage = (event: Event) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * `onKeyDown` of a one-line box: Enter does nothing. A form of one text box is submitted by Enter in
 * some browsers even with a disabled default button (WebKit skips it), so the key is stopped before
 * the browser's implicit submission, except while an input method is composing, where Enter confirms
 * the text.
 */
export function enterSubmitsNothing(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
}

/**
 * Gives a field's boxes a `<form>` of their own: the boxes name it in their `form` attribute, and
 * this returns the ref of the hidden element that holds it (FieldFrame's holder, hidden with an inline
 * `display: none` as well as `hidden`, so a host rule that shows `[hidden]` does not show the form).
 *
 * Why: after every keystroke Chrome's autofill reads the whole form the box belongs to, or, for a
 * box in no form, every such box on the page, often before it paints the letter. On the support items
 * that was 5 to 6 ms a keystroke. A form of one field costs it about half a millisecond, whatever the
 * length of the section (docs/decisions/0011-each-field-has-a-form-of-its-own.md). It also keeps the
 * browser from offering to save a child's details as the worker's own address: it only offers that for
 * a form of several address fields.
 *
 * The form is made here, not rendered by React, so a host page that wraps the kit in its own `<form>`
 * gets no nested-form warning, and the host's form does not take in the kit's boxes. Enter must not
 * submit it: one-line boxes stop the key ({@link enterSubmitsNothing}); the form holds a disabled
 * submit button (in Chromium and Firefox, implicit submission stops at a disabled default button); and
 * its `submit` events, should any come, are cancelled and go no further than the form.
 */
export function useOwnForm(formId: string) {
  return useCallback(
    (holder: HTMLElement | null) => {
      if (!holder) return undefined;
      const document = holder.ownerDocument;
      const form = document.createElement('form');
      form.id = formId;
      form.noValidate = true;
      form.setAttribute(OWN_FORM_ATTRIBUTE, '');
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
