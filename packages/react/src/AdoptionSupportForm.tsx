import { forms } from '@adoption-support/schemas';
import { AdoptionSupportFormBase, FormProblem } from './AdoptionSupportFormBase';
import { defaultValidator } from './form/defaultValidators';
import type { AdoptionSupportFormProps } from './types';

/**
 * Any of the kit's forms, in English or Welsh, for one reader, to fill in (`edit`), to check before
 * submitting (`check`) or to print (`print`). Built on JSON Forms and MUI with the kit's own
 * renderers for GOV.UK patterns; validation comes from core's precompiled validators and the form's
 * rule packs, so nothing is compiled in the browser. Only what core's redaction lets the reader see
 * is ever rendered. The host owns the data: the form makes no network calls and stores nothing.
 */
export function AdoptionSupportForm(props: AdoptionSupportFormProps) {
  const { form, definition: given, validator: givenValidator, ...rest } = props;
  const definition = given ?? (form && Object.hasOwn(forms, form) ? forms[form] : undefined);
  if (!definition) {
    const problem = form
      ? `there is no form called "${form}". Use one of ${Object.keys(forms).join(', ')}, or pass a definition.`
      : 'no form was given. Set the "form" prop to a form id, or pass a "definition".';
    return <FormProblem problem={problem} locale={props.locale} />;
  }
  const validator = givenValidator ?? defaultValidator(definition.manifest.id);
  if (!validator) {
    return (
      <FormProblem
        problem={`the form "${definition.manifest.id}" has no precompiled validator in @adoption-support/core. Pass one as the "validator" prop.`}
        locale={props.locale}
      />
    );
  }
  return <AdoptionSupportFormBase {...rest} definition={definition} validator={validator} />;
}
