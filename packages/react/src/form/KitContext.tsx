import { createContext, useContext } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import type { DerivedValue, RuleResults } from '../rules/ruleResults';
import type { KitFieldError } from '../validation/collectErrors';
import type { AfterPaintQueue } from './afterPaint';

/** How the form is shown: filled in, checked before sending, or printed. */
export type FormMode = 'edit' | 'check' | 'print';

/** What the kit's renderers read beside JSON Forms' own props. */
export interface KitContextValue {
  model: FormModel;
  strings: KitStrings;
  mode: FormMode;
  /** Prefix of every DOM id in this form, unique on the page. */
  idPrefix: string;
  /** Errors the reader has been shown (after Continue or Submit), by pointer into the view. */
  errors: ReadonlyMap<string, KitFieldError>;
  /** The rules' results for the answers on screen, with pointers into the view. */
  rulesFor(viewData: unknown): RuleResults;
  /** Derived values by the pointer (into the view) of the field they belong to. */
  derivedAt(viewData: unknown, pointer: string): DerivedValue | undefined;
  /** Whether the list at a pointer holds rows or answers the reader cannot see (see `AudienceView`). */
  isLocked(viewPointer: string): boolean;
  /** Says something to screen-reader users through the form's live region. */
  announce(message: string): void;
  /** Where text boxes queue their answers until the keystroke is painted. */
  afterPaint: AfterPaintQueue;
}

/** The kit's context; only the kit's own components provide it. */
export const KitContext = createContext<KitContextValue | null>(null);

/** The kit's context, for the kit's renderers. */
export function useKit(): KitContextValue {
  const value = useContext(KitContext);
  if (!value) throw new Error('The kit renderers must be rendered inside <AdoptionSupportForm>.');
  return value;
}
