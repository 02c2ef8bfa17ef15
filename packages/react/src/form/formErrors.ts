import type { StandaloneValidator } from '@adoption-support/core';
import { useCallback, useMemo } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import { collectErrors, type KitFieldError } from '../validation/collectErrors';
import type { FormSession } from './FormSession';

type Json = Record<string, unknown>;

/** The errors of a whole document, worked out once per document while what they depend on stays. */
export function useErrorsFor(
  model: FormModel,
  validator: StandaloneValidator,
  strings: KitStrings,
  session: FormSession,
): (doc: Json) => KitFieldError[] {
  // A fresh cache whenever what the errors depend on changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are what invalidates it.
  const errorCache = useMemo(() => new WeakMap<object, KitFieldError[]>(), [model, validator, strings, session]);
  return useCallback(
    (doc: Json): KitFieldError[] => {
      let errors = errorCache.get(doc);
      if (!errors) {
        errors = collectErrors({
          model,
          data: doc,
          validator,
          strings,
          rules: session.rulesFor(doc),
          toView: session.view.toView,
        });
        errorCache.set(doc, errors);
      }
      return errors;
    },
    [errorCache, model, validator, strings, session],
  );
}
