import { Box } from '@mui/material';
import type { PlacedDerived } from '../rules/placeDerived';
import { FormHeader } from './FormHeader';
import { SectionAnswers } from './SectionAnswers';

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  data: unknown;
  hidden: readonly string[];
  placed: readonly PlacedDerived[];
}

/**
 * The print view: every section the reader may see, one after another, as summary lists with the
 * worked-out dates and their sources; no buttons, links or inputs. Print styles keep each answer,
 * card and list of worked-out values on one page and start each section on a new page.
 */
export function PrintView(props: PrintViewProps) {
  return (
    <Box
      className="asf-print"
      sx={{
        '@media print': {
          fontSize: '11pt',
          '& .asf-print-section + .asf-print-section': { breakBefore: 'page' },
          '& h2, & h3, & h4': { breakAfter: 'avoid' },
        },
      }}
    >
      <FormHeader />
      <SectionAnswers data={props.data} hidden={props.hidden} placed={props.placed} className="asf-print-section" />
    </Box>
  );
}
