import { Button } from '@mui/material';
import { useKit } from '../form/KitContext';
import type { PlacedDerived } from '../rules/placeDerived';
import type { KitFieldError } from '../validation/collectErrors';
import { ErrorSummary } from './ErrorSummary';
import { FormHeader } from './FormHeader';
import { SectionAnswers } from './SectionAnswers';

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
  const { strings, idPrefix } = useKit();
  return (
    <>
      <FormHeader title={strings.text('kit.check.title')} />
      <ErrorSummary errors={props.summaryErrors} strings={strings} idPrefix={idPrefix} onFollow={props.onFollowError} />
      <SectionAnswers
        data={props.data}
        hidden={props.hidden}
        placed={props.placed}
        className="asf-check-section"
        focusableHeading={(section) => section.index === 0}
        headingClass={(section) => (section.index === 0 ? 'asf-section-heading' : undefined)}
        onChangeAnswer={props.onChangeAnswer}
      />
      <Button variant="contained" onClick={props.onSubmit}>
        {strings.text('kit.action.submit')}
      </Button>
    </>
  );
}
