import { useCallback, useMemo, useState } from 'react';
import type { FormModel } from '../definition/formModel';
import { type PlacedDerived, placeDerived } from '../rules/placeDerived';
import type { DerivedValue, RuleResults } from '../rules/ruleResults';
import type { FormSession } from './FormSession';
import type { FieldStore } from './fieldStore';

type Json = Record<string, unknown>;

/** Rule results with their pointers moved into the reader's view (what cannot be seen is dropped). */
function rulesInView(rules: RuleResults, toView: (pointer: string) => string | undefined): RuleResults {
  const map = (pointers: readonly string[]) => pointers.map(toView).filter((p): p is string => p !== undefined);
  return {
    derived: rules.derived,
    hidden: map(rules.hidden),
    disabled: map(rules.disabled),
    required: map(rules.required),
    messages: rules.messages,
  };
}

/** What the rules say of a document, in the reader's view. */
export interface ViewRules {
  /** The rules' results for a document in the reader's view (the session's own document otherwise). */
  rulesFor: (viewData: unknown) => RuleResults;
  /** Gives the fields, through the store, what the rules say of a whole document. */
  publishRules: (doc: Json) => void;
  /** The worked-out values of a whole document, placed where the reader sees them. */
  visibleDerived: (doc: Json) => PlacedDerived[];
}

/**
 * The rules' results in the reader's view, cached per document, and given to the fields through the
 * store: a new store's fields read them in their first render.
 */
export function useViewRules(model: FormModel, session: FormSession, store: FieldStore): ViewRules {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache for each session.
  const viewRules = useMemo(() => new WeakMap<object, RuleResults>(), [session]);
  const rulesFor = useCallback(
    (viewData: unknown): RuleResults => {
      if (typeof viewData !== 'object' || viewData === null)
        return rulesInView(session.rulesFor(session.view.full), session.view.toView);
      let results = viewRules.get(viewData);
      if (!results) {
        results = rulesInView(session.rulesFor(session.fullOf(viewData)), session.view.toView);
        viewRules.set(viewData, results);
      }
      return results;
    },
    [session, viewRules],
  );

  const publishRules = useCallback(
    (doc: Json) => {
      const rules = session.rulesFor(doc);
      const atFields = new Map<string, DerivedValue>();
      for (const p of placeDerived(model, rules.derived, session.view.toView)) {
        if (p.atField) atFields.set(p.pointer, p.derived);
      }
      store.setRules(rulesInView(rules, session.view.toView), atFields);
    },
    [model, session, store],
  );
  // The fields of a new store read the rules in their first render.
  const [published, setPublished] = useState<FieldStore | undefined>();
  if (published !== store) {
    publishRules(session.view.full);
    setPublished(store);
  }

  const visibleDerived = useCallback(
    (doc: Json) => placeDerived(model, session.rulesFor(doc).derived, session.view.toView),
    [model, session],
  );

  return { rulesFor, publishRules, visibleDerived };
}
