import type { JsonSchema, Middleware } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { Box, Button } from '@mui/material';
import { memo, useCallback, useMemo, useRef } from 'react';
import type { UiNode } from '../definition/formModel';
import { useGuidance } from '../form/guidance';
import { jsonFormsI18n, toAdditionalErrors, withHideRules } from '../form/jsonFormsBridge';
import { useKit } from '../form/KitContext';
import { noCompileAjv } from '../form/noCompileAjv';
import type { SectionStatus } from '../form/sectionStatus';
import { Guidance } from '../renderers/Guidance';
import { Heading } from '../renderers/headingLevel';
import { kitRenderers } from '../renderers/kitRenderers';
import type { PlacedDerived } from '../rules/placeDerived';
import type { KitFieldError } from '../validation/collectErrors';
import { DerivedList } from './DerivedList';
import { ErrorSummary } from './ErrorSummary';
import { FormHeader } from './FormHeader';
import { TaskList } from './TaskList';

/** Props of {@link EditView}. */
export interface EditViewProps {
  active: number;
  statuses: readonly SectionStatus[];
  summaryErrors: readonly KitFieldError[];
  /**
   * The data JSON Forms is given (the reader's view): the document at section entry or when the rules
   * last showed or hid a question; the fields read their answers from the store.
   */
  data: Record<string, unknown>;
  placed: readonly PlacedDerived[];
  /** Whether the rules hide a field (their results for the answers last committed). */
  evaluateHidden(pointer: string): boolean;
  middleware: Middleware;
  /** JSON Forms changed the data itself (rows added, removed or moved). */
  onJsonFormsChange(): void;
  onSelectSection(index: number): void;
  onFollowError(error: KitFieldError): void;
  onContinue(index: number): void;
}

const CELLS: never[] = [];
const CONFIG = { trim: false, showUnfocusedDescription: true, hideRequiredAsterisk: true };

interface SectionFormProps {
  schema: JsonSchema;
  uischema: ReturnType<typeof withHideRules>;
  data: Record<string, unknown>;
  i18n: ReturnType<typeof jsonFormsI18n>;
  additionalErrors: ReturnType<typeof toAdditionalErrors>;
  middleware: Middleware;
  onChange(event: { data: unknown }): void;
}

/** JSON Forms for the active section only, memoised so the rest of the page can update around it. */
const SectionForm = memo(function SectionForm(props: SectionFormProps) {
  return (
    <JsonForms
      schema={props.schema}
      uischema={props.uischema}
      data={props.data}
      renderers={kitRenderers}
      cells={CELLS}
      config={CONFIG}
      i18n={props.i18n}
      ajv={noCompileAjv}
      validationMode="NoValidation"
      additionalErrors={props.additionalErrors}
      middleware={props.middleware}
      onChange={props.onChange}
    />
  );
});

/**
 * The edit view: the error summary, the sections as a task list, and the active section (the only
 * one mounted) with Previous and Save and continue.
 */
export function EditView(props: EditViewProps) {
  const { model, strings, idPrefix } = useKit();
  const section = model.sections[props.active]!;
  const hiddenRef = useRef(props.evaluateHidden);
  hiddenRef.current = props.evaluateHidden;
  const changeRef = useRef(props.onJsonFormsChange);
  changeRef.current = props.onJsonFormsChange;
  const hasRules = Object.keys(model.definition.rulePacks).length > 0;
  const uischema = useMemo(
    () =>
      hasRules
        ? withHideRules(section.uischema, (pointer) => hiddenRef.current(pointer))
        : (section.uischema as unknown as ReturnType<typeof withHideRules>),
    [section, hasRules],
  );
  const i18n = useMemo(() => jsonFormsI18n(strings), [strings]);
  const additionalErrors = useMemo(() => toAdditionalErrors(props.summaryErrors), [props.summaryErrors]);
  const onChange = useCallback(() => changeRef.current(), []);
  const last = props.active === model.sections.length - 1;
  const headingId = `${idPrefix}-section-${section.id}-heading`;
  const description = strings.get(`${section.i18n}.description`);
  const guidance = useGuidance(section.i18n);
  return (
    <>
      <FormHeader />
      <ErrorSummary errors={props.summaryErrors} strings={strings} idPrefix={idPrefix} onFollow={props.onFollowError} />
      <Box
        className="asf-edit"
        sx={{
          display: 'grid',
          gap: 4,
          gridTemplateColumns: 'minmax(0, 1fr)',
          '@container (min-width: 52rem)': { gridTemplateColumns: 'minmax(12rem, 18rem) minmax(0, 1fr)' },
        }}
      >
        <TaskList
          sections={model.sections}
          statuses={props.statuses}
          active={props.active}
          strings={strings}
          idPrefix={idPrefix}
          onSelect={props.onSelectSection}
        />
        <Box
          component="section"
          id={`${idPrefix}-section-${section.id}`}
          aria-labelledby={headingId}
          className="asf-section"
        >
          <Box component="p" sx={{ color: 'text.secondary', m: 0 }}>
            {strings.text('kit.section.position', { number: props.active + 1, total: model.sections.length })}
          </Box>
          <Heading level={2} id={headingId} focusable className="asf-section-heading">
            {strings.text(`${section.i18n}.label`)}
          </Heading>
          {description ? <Box component="p">{description}</Box> : null}
          <Guidance text={guidance} />
          <DerivedList
            items={props.placed.filter((p) => p.section === section.index && !p.atField)}
            strings={strings}
            level={3}
          />
          <SectionForm
            // A section of its own each time: its fields are drawn in the same render as the section's
            // heading, so a field asked for by an error link is there to take the focus.
            key={section.id}
            schema={model.definition.schema as JsonSchema}
            uischema={uischema}
            data={props.data}
            i18n={i18n}
            additionalErrors={additionalErrors}
            middleware={props.middleware}
            onChange={onChange}
          />
          <Box className="asf-actions" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 4 }}>
            <Button variant="contained" onClick={() => props.onContinue(props.active)}>
              {strings.text(last ? 'kit.action.checkAnswers' : 'kit.action.continue')}
            </Button>
            {props.active > 0 ? (
              <Button variant="text" onClick={() => props.onSelectSection(props.active - 1)}>
                {strings.text('kit.action.previous')}
              </Button>
            ) : null}
          </Box>
        </Box>
      </Box>
    </>
  );
}

export type { UiNode };
