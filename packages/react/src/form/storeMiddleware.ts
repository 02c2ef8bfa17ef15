import { INIT, type JsonFormsCore, type Middleware, UPDATE_CORE, UPDATE_DATA } from '@jsonforms/core';
import { useCallback, useMemo } from 'react';
import type { FieldStore } from './fieldStore';

type Json = Record<string, unknown>;

/**
 * JSON Forms keeps its own copy of the answers, which falls behind while the reader types (the
 * store has every keystroke). Whenever JSON Forms takes in data or changes it itself (rows added,
 * removed or moved), it starts from the store's document, and its result goes back to the store.
 */
export function useStoreMiddleware(store: FieldStore): Middleware {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache for each store.
  const reduced = useMemo(() => new WeakMap<object, JsonFormsCore>(), [store]);
  return useCallback<Middleware>(
    (state, action, reducer) => {
      if (action.type === UPDATE_CORE || action.type === INIT)
        return reducer(state, { ...action, data: store.data } as typeof action);
      if (action.type !== UPDATE_DATA) return reducer(state, action);
      // React may run this again for the same action: it is applied to the store once.
      let result = reduced.get(action);
      if (!result) {
        result = reducer({ ...state, data: store.data }, action);
        reduced.set(action, result);
        // JSON Forms redraws the section with it: the fields read it then.
        if (typeof result.data === 'object' && result.data !== null) store.replace(result.data as Json, true);
      }
      return { ...state, data: result.data, errors: result.errors };
    },
    [store, reduced],
  );
}
