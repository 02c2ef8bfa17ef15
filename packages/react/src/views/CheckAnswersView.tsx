import type { SchemaNode } from '@adoption-support/core';
import { Box, Button } from '@mui/material';
import { useKit } from '../form/KitContext';
import { Heading } from '../renderers/headingLevel';
import type { PlacedDerived } from '../rules/placeDerived';
import type { KitFieldError } from '../validation/collectErrors';
import { AnswerList } from './AnswerList';
import { DerivedList } from './DerivedList';
import { ErrorSummary } from './ErrorSummary';
import { FormHeader } from './FormHeader';

/** Props of {@link CheckAnswersView}. */
export interface CheckAnswersViewProps {
  data: unknown;
  hidden: readonly string[];
  placed: readonly PlacedDerived[];
  summaryErrors: readonly KitFieldError[];
  onFollowError(error: KitFieldError): void;
  onChangeAnswer(pointer: string): void;
  onSubmit(): void;
}

/**
 * GOV.UK "Check your answers": every section the reader may see as a summary list, each answer with
 * a Change link back to its field in the edit view, then Submit.
 */
export function CheckAnswersView(props: CheckAnswersViewProps) {
  const { model, strings, idPrefix } = useKit();
  return (
    <>
      <FormHeader title={strings.text('kit.check.title')} />
      <ErrorSummary errors={props.summaryErrors} strings={strings} idPrefix={idPrefix} onFollow={props.onFollowError} />
      {model.sections.map((section) => (
        <Box component="section" key={section.i18n} className="asf-check-section" sx={{ mb: 4 }}>
          <Heading
            level={2}
            className={section.index === 0 ? 'asf-section-heading' : undefined}
            focusable={section.index === 0}
          >
            {strings.text(`${section.i18n}.label`)}
          </Heading>
          <DerivedList items={props.placed.filter((p) => p.section === section.index)} strings={strings} level={3} />
          <AnswerList
            uischema={section.uischema}
            schema={model.definition.schema as SchemaNode}
            data={props.data}
            strings={strings}
            idPrefix={idPrefix}
            hidden={props.hidden}
            level={3}
            onChange={props.onChangeAnswer}
          />
        </Box>
      ))}
      <Button variant="contained" onClick={props.onSubmit}>
        {strings.text('kit.action.submit')}
      </Button>
    </>
  );
}
