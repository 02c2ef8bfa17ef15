import { applyHiddenData } from '@adoption-support/core';
import type { FormDefinitionData } from '@adoption-support/schemas';
import { Box } from '@mui/material';
import { type ReactNode, useMemo } from 'react';
import { formModel, READER_AUDIENCES } from './definition/formModel';
import { FormBody } from './form/FormBody';
import type { HiddenDataApplier } from './form/FormSession';
import { defaultModeFor, FORM_MODES } from './form/formModes';
import { chromeStrings } from './i18n/chromeStrings';
import { fillText, kitStrings, labelPackGaps, toKitLocale } from './i18n/kitStrings';
import { createRuleEvaluator } from './rules/createRuleEvaluator';
import { KitStyles } from './theme/KitStyles';
import type { AdoptionSupportFormBaseProps } from './types';

/** Core's hidden-data policy; the document keeps its identity when nothing is cleared. */
const applyPolicy: HiddenDataApplier = (definition, data, hidden) => {
  const result = applyHiddenData(definition, data, hidden);
  return result.cleared.length > 0 ? result.data : data;
};

let nextDefinitionKey = 0;
const definitionKeys = new WeakMap<FormDefinitionData, number>();
const keyOf = (definition: FormDefinitionData) => {
  let key = definitionKeys.get(definition);
  if (key === undefined) {
    key = nextDefinitionKey++;
    definitionKeys.set(definition, key);
  }
  return key;
};

/** Why the props cannot show a form, in plain words with the fix; undefined when they can. */
function problemWith(props: AdoptionSupportFormBaseProps): string | undefined {
  if (!props.definition) return 'no form definition was given. Pass one as the "definition" prop.';
  if (!READER_AUDIENCES.includes(props.audience)) {
    return `the audience "${String(props.audience)}" is not one the kit knows, so nothing may be shown. Use one of ${READER_AUDIENCES.join(', ')}.`;
  }
  if (props.mode !== undefined && !FORM_MODES.includes(props.mode)) {
    return `the mode "${String(props.mode)}" is not one of ${FORM_MODES.join(', ')}.`;
  }
  if (typeof props.validator !== 'function') {
    return `no validator was given for the form "${props.definition.manifest.id}". Pass its precompiled validator as the "validator" prop.`;
  }
  return undefined;
}

/** A plain message, in place of the form, saying why it cannot be shown. */
export function FormProblem({ problem, locale }: { problem: string; locale: string | undefined }) {
  const lang = toKitLocale(locale);
  return (
    <Box role="alert" className="asf-root asf-problem" lang={lang}>
      {fillText(chromeStrings[lang]['kit.form.invalidProps'] ?? '{problem}', { problem })}
    </Box>
  );
}

/**
 * The form component without the kit's registries: the host passes the definition and its
 * validator, so a bundle carries only the forms it uses. `AdoptionSupportForm` is this component
 * with the published forms and validators looked up by id.
 */
export function AdoptionSupportFormBase(props: AdoptionSupportFormBaseProps) {
  const { definition, today, bankHolidays } = props;
  const requested = toKitLocale(props.locale ?? definition?.manifest.defaultLocale);
  // A form is shown in a language it has, or one the agency's label pack words in full. Asked for one
  // it lacks (Welsh for an England form, with no pack or a partial one), it is shown wholly in its
  // default language: a page that mixed Welsh buttons with English questions would have screen
  // readers speak the questions as Welsh.
  const locale = useMemo(() => {
    if (!definition || definition.manifest.locales.includes(requested)) return requested;
    const packWordsAll =
      props.labels?.[requested] !== undefined && labelPackGaps(definition, props.labels, requested).length === 0;
    return packWordsAll ? requested : toKitLocale(definition.manifest.defaultLocale);
  }, [definition, requested, props.labels]);
  const strings = useMemo(
    () => (definition ? kitStrings(definition, locale, props.labels) : undefined),
    [definition, locale, props.labels],
  );
  const evaluate = useMemo(
    () =>
      props.rules ??
      (definition
        ? createRuleEvaluator(definition, {
            ...(today === undefined ? {} : { today }),
            ...(bankHolidays === undefined ? {} : { bankHolidays }),
            ...(props.compiledRules === undefined ? {} : { compiledRules: props.compiledRules }),
          })
        : undefined),
    [props.rules, definition, today, bankHolidays, props.compiledRules],
  );
  const problem = problemWith(props);
  let content: ReactNode;
  if (problem || !strings || !evaluate) {
    content = <FormProblem problem={problem ?? ''} locale={props.locale} />;
  } else {
    content = (
      <FormBody
        key={`${keyOf(definition)}|${props.audience}|${props.birthFamilyRecipient ?? ''}`}
        definition={definition}
        model={formModel(definition, props.audience)}
        strings={strings}
        data={props.data}
        birthFamilyRecipient={props.birthFamilyRecipient}
        validator={props.validator}
        evaluate={evaluate}
        applyHiddenData={applyPolicy}
        mode={props.mode ?? defaultModeFor(props.audience)}
        onChange={props.onChange}
        onValidityChange={props.onValidityChange}
        onSubmit={props.onSubmit}
        onModeChange={props.onModeChange}
        initialSection={props.initialSection}
        onSectionChange={props.onSectionChange}
      />
    );
  }
  return (
    <KitStyles theme={props.theme} nonce={props.nonce}>
      {content}
    </KitStyles>
  );
}
