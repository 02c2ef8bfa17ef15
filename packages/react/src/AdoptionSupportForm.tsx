import type { FormModule } from '@adoption-support/schemas';
import { useEffect, useState } from 'react';
import { AdoptionSupportFormBase, FormProblem } from './AdoptionSupportFormBase';
import { isPublishedForm, loadedForm, loadForm, publishedFormIds } from './form/defaultValidators';
import type { AdoptionSupportFormProps } from './types';

/** What loading a published form has come to: still loading, the module, or why there is none. */
type Loading = { id: string; module: FormModule } | { id: string; problem: string } | undefined;

/**
 * The published form with this id: drawn at once when already loaded, otherwise loaded with `import()`
 * (so a bundle carries only the forms a page shows) and undefined until then.
 */
function usePublishedForm(id: string | undefined): Loading {
  const ready = id === undefined ? undefined : loadedForm(id);
  const [settled, setSettled] = useState<Loading>(undefined);
  useEffect(() => {
    if (id === undefined || ready || !isPublishedForm(id)) return;
    let live = true;
    loadForm(id).then(
      (module) => live && module && setSettled({ id, module }),
      () => live && setSettled({ id, problem: `the form "${id}" could not be loaded. Reload the page to try again.` }),
    );
    return () => {
      live = false;
    };
  }, [id, ready]);
  if (id === undefined) return undefined;
  if (ready) return { id, module: ready };
  if (typeof id !== 'string') {
    return { id: '', problem: `the "form" prop must be a form id: one of ${publishedFormIds.join(', ')}.` };
  }
  if (!isPublishedForm(id)) {
    return {
      id,
      problem: `there is no form called "${id.length > 60 ? `${id.slice(0, 60)}…` : id}". Use one of ${publishedFormIds.join(', ')}, or pass a definition.`,
    };
  }
  return settled?.id === id ? settled : undefined;
}

/**
 * Any of the kit's forms, in English or Welsh, for one reader, to fill in (`edit`), to check before
 * submitting (`check`), to print (`print`) or to read without changing anything (`view`, the default
 * for adopters, the child and the birth family). Built on JSON Forms and MUI with the kit's own
 * renderers for GOV.UK patterns; validation comes from the form's precompiled validator and its rule
 * packs, so nothing is compiled in the browser. Only what core's redaction lets the reader see is
 * ever rendered. The host owns the data: the form makes no network calls and stores nothing.
 *
 * Given a form id, it loads that form alone (`import('@adoption-support/schemas/<id>')`) and draws it
 * once loaded. Given a `definition` and its `validator` (for instance `form.definition` and
 * `form.validator` from `@adoption-support/schemas/<id>`), it draws at once and loads nothing.
 */
export function AdoptionSupportForm(props: AdoptionSupportFormProps) {
  const { form, definition: given, validator: givenValidator, ...rest } = props;
  const needed = given && givenValidator ? undefined : (given?.manifest?.id ?? form);
  const loading = usePublishedForm(needed);
  if (!given && !form) {
    const problem = 'no form was given. Set the "form" prop to a form id, or pass a "definition".';
    return <FormProblem problem={problem} locale={props.locale} />;
  }
  if (given && !givenValidator && typeof needed !== 'string') {
    const problem =
      'the definition has no form id to find its precompiled validator by. Pass one as the "validator" prop.';
    return <FormProblem problem={problem} locale={props.locale} />;
  }
  if (loading && 'problem' in loading) {
    const problem = given
      ? `the form "${loading.id}" is not one the kit publishes, so it has no precompiled validator. Pass one as the "validator" prop.`
      : loading.problem;
    return <FormProblem problem={problem} locale={props.locale} />;
  }
  const definition = given ?? loading?.module.definition;
  const validator = givenValidator ?? loading?.module.validator;
  if (!definition || !validator) return <div className="asf-root asf-loading" aria-busy="true" />;
  // A published form's packs run compiled; a definition the host gives runs on the interpreter (or
  // on the compiled rules it passes), since its packs may differ from the published ones.
  const compiledRules = rest.compiledRules ?? (given ? undefined : loading?.module.rules);
  return (
    <AdoptionSupportFormBase
      {...rest}
      definition={definition}
      validator={validator}
      {...(compiledRules ? { compiledRules } : {})}
    />
  );
}
