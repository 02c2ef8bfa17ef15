import { type Dispatch, type SetStateAction, startTransition, useCallback, useEffect, useRef } from 'react';
import type { FormSession } from './FormSession';
import type { FieldStore } from './fieldStore';

type Json = Record<string, unknown>;

/** What `useStoreCommits` works with. */
interface StoreCommitsOptions {
  session: FormSession;
  store: FieldStore;
  publishRules: (doc: Json) => void;
  /** Sends the host the state of a whole document. */
  emit: (full: Json) => void;
  setPushed: Dispatch<SetStateAction<Json>>;
  setFull: Dispatch<SetStateAction<Json>>;
}

/**
 * Takes in what the store commits (when the typist pauses, leaves a box, makes a choice or changes a
 * row) for as long as the form is on screen. Returns `flush`: the document as it stands, every
 * keystroke committed, for Continue, Submit and a change of section.
 */
export function useStoreCommits(options: StoreCommitsOptions): () => Json {
  const { session, store, publishRules, emit, setPushed, setFull } = options;
  /**
   * Takes in the store's answers: validation, the rules (their results go to the fields through the
   * store) and the host's `onChange`. The rest of the screen (statuses, errors) catches up in a
   * transition while typing, and at once for Continue and Submit (`urgent`). JSON Forms is given the
   * document only when the rules show or hide a question, so a keystroke never redraws the section.
   */
  const takeIn = useCallback(
    (viewData: unknown, urgent = false, changed: readonly string[] = ['']): Json => {
      if (viewData === session.view.data) {
        if (urgent) setFull(session.view.full);
        return session.view.full;
      }
      const hiddenBefore = store.ruleResults.hidden.join('\u0000');
      const commit = session.commit(viewData, changed);
      publishRules(commit.full);
      const shownOrHidden = store.ruleResults.hidden.join('\u0000') !== hiddenBefore;
      const update = () => {
        setFull(commit.full);
        if (shownOrHidden) setPushed(viewData as Json);
      };
      if (urgent) update();
      else startTransition(update);
      emit(commit.full);
      return commit.full;
    },
    [session, store, emit, publishRules, setFull, setPushed],
  );
  const takeInRef = useRef(takeIn);
  takeInRef.current = takeIn;
  useEffect(() => {
    // Only the rules that read the pointers edited since the last commit run again.
    store.onCommit((data, changed, urgent) => takeInRef.current(data, urgent, changed));
    return () => {
      // Nothing typed is committed to a form that has gone.
      store.onCommit(undefined);
      store.cancel();
    };
  }, [store]);

  /** The document as it stands, every keystroke committed. */
  return useCallback(() => {
    store.settle();
    return takeIn(store.data, true);
  }, [store, takeIn]);
}
