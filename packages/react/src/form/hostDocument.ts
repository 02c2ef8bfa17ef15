import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef } from 'react';
import type { PlacedDerived } from '../rules/placeDerived';
import type { FormChange, FormValidity } from '../types';
import type { KitFieldError } from '../validation/collectErrors';
import type { FormSession } from './FormSession';
import type { FieldStore } from './fieldStore';

type Json = Record<string, unknown>;

/** What `useHostDocument` works with. */
interface HostDocumentOptions {
  /** The document the host gives now. */
  data: unknown;
  session: FormSession;
  store: FieldStore;
  publishRules: (doc: Json) => void;
  errorsFor: (doc: Json) => KitFieldError[];
  visibleDerived: (doc: Json) => PlacedDerived[];
  onChange: ((change: FormChange) => void) | undefined;
  onValidityChange: ((validity: FormValidity) => void) | undefined;
  setPushed: Dispatch<SetStateAction<Json>>;
  setFull: Dispatch<SetStateAction<Json>>;
}

/**
 * The document between the form and its host: a document from the host that is not what the form
 * last sent replaces the one on screen, and the host hears of each document the form takes in
 * (`onChange`) and of each change of validity (`onValidityChange`, once after mounting too).
 * Returns the function that sends the host the state of a whole document.
 */
export function useHostDocument(options: HostDocumentOptions): (full: Json) => void {
  const { data, session, store, publishRules, errorsFor, visibleDerived, onChange, onValidityChange } = options;
  const { setPushed, setFull } = options;
  const lastEmitted = useRef<unknown>(data);
  const lastValidity = useRef<boolean | undefined>(undefined);

  // Data from the host that is not what the form last sent: take it as the new document.
  useEffect(() => {
    if (data === lastEmitted.current) return;
    lastEmitted.current = data;
    // A copy of the document the form already holds (a host that stores and passes back what it got).
    const current = session.fullOf(store.data);
    if (JSON.stringify(data ?? {}) === JSON.stringify(session.emittedOf(current))) return;
    // The host's document replaces the one on screen: keystrokes still waiting for a pause belong to
    // the document being replaced and must not be committed.
    store.cancel();
    const view = session.reset(data);
    store.replace(view.data);
    publishRules(view.full);
    setPushed(view.data);
    setFull(view.full);
  }, [data, session, store, publishRules, setPushed, setFull]);

  /** Sends the host the state of a document. */
  const emit = useCallback(
    (full: Json) => {
      const doc = session.emittedOf(full);
      const errors = errorsFor(doc);
      const valid = errors.length === 0;
      const derived = visibleDerived(doc).map((p) => p.derived);
      lastEmitted.current = doc;
      onChange?.({ data: doc, valid, errors, derived });
      if (lastValidity.current !== valid) {
        lastValidity.current = valid;
        onValidityChange?.({ valid, errors });
      }
    },
    [session, errorsFor, visibleDerived, onChange, onValidityChange],
  );

  // Tell the host once, after mounting, whether the document it gave is valid.
  useEffect(() => {
    if (lastValidity.current !== undefined) return;
    const errors = errorsFor(session.emittedOf(session.view.full));
    lastValidity.current = errors.length === 0;
    onValidityChange?.({ valid: errors.length === 0, errors });
  }, [errorsFor, session, onValidityChange]);

  return emit;
}
