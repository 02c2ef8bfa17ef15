import { createContext, useContext } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import type { KitFieldError } from '../validation/collectErrors';
import type { FieldStore } from './fieldStore';

/** How the form is shown: filled in, checked before sending, printed, or read without changing it. */
export type FormMode = 'edit' | 'check' | 'print' | 'view';

/** What the kit's renderers read beside JSON Forms' own props. */
export interface KitContextValue {
  model: FormModel;
  strings: KitStrings;
  mode: FormMode;
  /** Prefix of every DOM id in this form, unique on the page. */
  idPrefix: string;
  /** Errors the reader has been shown (after Continue or Submit), by pointer into the view. */
  errors: ReadonlyMap<string, KitFieldError>;
  /** Whether the list at a pointer holds rows or answers the reader cannot see (see `AudienceView`). */
  isLocked(viewPointer: string): boolean;
  /** Says something to screen-reader users through the form's live region. */
  announce(message: string): void;
  /** The answers field by field, and the rules' results for each field (see `FieldStore`). */
  store: FieldStore;
}

/** The kit's context; only the kit's own components provide it. */
export const KitContext = createContext<KitContextValue | null>(null);

/** The kit's context, for the kit's renderers. */
export function useKit(): KitContextValue {
  const value = useContext(KitContext);
  if (!value) throw new Error('The kit renderers must be rendered inside <AdoptionSupportForm>.');
  return value;
}
