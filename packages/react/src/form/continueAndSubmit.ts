import { type Dispatch, type SetStateAction, useCallback } from 'react';
import type { FormModel } from '../definition/formModel';
import type { PlacedDerived } from '../rules/placeDerived';
import type { RuleResults } from '../rules/ruleResults';
import type { FormSubmission } from '../types';
import type { KitFieldError } from '../validation/collectErrors';
import type { FormSession } from './FormSession';
import type { FieldStore } from './fieldStore';
import type { FocusTarget } from './focusRequest';
import type { FormMode } from './KitContext';
import { recordEmptyLists } from './recordEmptyLists';

type Json = Record<string, unknown>;

/** Which sections' errors the reader has been shown. */
export type Revealed = ReadonlySet<number> | 'all';

/** What `useContinueAndSubmit` works with. */
interface ContinueAndSubmitOptions {
  model: FormModel;
  session: FormSession;
  store: FieldStore;
  rulesFor: (viewData: unknown) => RuleResults;
  errorsFor: (doc: Json) => KitFieldError[];
  visibleDerived: (doc: Json) => PlacedDerived[];
  /** The document as it stands, every keystroke committed. */
  flush: () => Json;
  changeMode: (next: FormMode) => void;
  setActive: Dispatch<SetStateAction<number>>;
  setPushed: Dispatch<SetStateAction<Json>>;
  setRevealed: Dispatch<SetStateAction<Revealed>>;
  requestFocus: (target: FocusTarget) => void;
  onSubmit: ((submission: FormSubmission) => void) | undefined;
}

/** Save and continue from a section, and Submit from the check-answers page. */
export interface ContinueAndSubmit {
  continueFrom: (index: number) => void;
  submit: () => void;
}

/**
 * Save and continue and Submit: each commits every keystroke first, shows the errors of the section
 * (of the whole form for Submit) and stops at the error summary while there are any. Save and
 * continue records the section's unanswered lists as empty ones, then goes to the next section or,
 * after the last, to check answers; Submit gives the host the document.
 */
export function useContinueAndSubmit(options: ContinueAndSubmitOptions): ContinueAndSubmit {
  const { model, session, store, rulesFor, errorsFor, visibleDerived, flush, changeMode } = options;
  const { setActive, setPushed, setRevealed, requestFocus, onSubmit } = options;

  const reveal = useCallback(
    (sections: Revealed) => {
      setRevealed((current) => {
        if (current === 'all' || sections === 'all') return 'all';
        return new Set([...current, ...sections]);
      });
    },
    [setRevealed],
  );

  const continueFrom = useCallback(
    (index: number) => {
      const section = model.sections[index];
      // Keystrokes still waiting for the pause go in first, so the lists below are added to them.
      store.settle();
      const before = store.data;
      if (section) {
        const recorded = recordEmptyLists(model.definition.schema, section, before, rulesFor(before).hidden);
        if (recorded !== before) {
          // Given to the fields and to JSON Forms as new data, and taken in as an edit.
          store.replace(recorded);
          setPushed(recorded);
        }
      }
      const doc = session.emittedOf(flush());
      const errors = errorsFor(doc).filter((e) => e.section === index);
      reveal(new Set([index]));
      if (errors.length > 0) {
        requestFocus({ kind: 'summary' });
        return;
      }
      if (index + 1 < model.sections.length) {
        setActive(index + 1);
        requestFocus({ kind: 'section' });
      } else {
        changeMode('check');
        requestFocus({ kind: 'section' });
      }
    },
    [session, model, store, rulesFor, flush, errorsFor, reveal, requestFocus, changeMode, setActive, setPushed],
  );

  const submit = useCallback(() => {
    const doc = session.emittedOf(flush());
    const errors = errorsFor(doc);
    reveal('all');
    if (errors.length > 0) {
      requestFocus({ kind: 'summary' });
      return;
    }
    onSubmit?.({ data: doc, derived: visibleDerived(doc).map((p) => p.derived) });
  }, [session, flush, errorsFor, reveal, requestFocus, onSubmit, visibleDerived]);

  return { continueFrom, submit };
}
