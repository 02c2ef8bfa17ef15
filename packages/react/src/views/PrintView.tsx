import type { SchemaNode } from '@adoption-support/core';
import { Box } from '@mui/material';
import { useKit } from '../form/KitContext';
import { Heading } from '../renderers/headingLevel';
import type { PlacedDerived } from '../rules/placeDerived';
import { AnswerList } from './AnswerList';
import { DerivedList } from './DerivedList';
import { FormHeader } from './FormHeader';

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
  const { model, strings, idPrefix } = useKit();
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
      {model.sections.map((section) => (
        <Box component="section" key={section.i18n} className="asf-print-section" sx={{ mb: 4 }}>
          <Heading level={2}>{strings.text(`${section.i18n}.label`)}</Heading>
          <DerivedList items={props.placed.filter((p) => p.section === section.index)} strings={strings} level={3} />
          <AnswerList
            uischema={section.uischema}
            schema={model.definition.schema as SchemaNode}
            data={props.data}
            strings={strings}
            idPrefix={idPrefix}
            hidden={props.hidden}
            level={3}
          />
        </Box>
      ))}
    </Box>
  );
}
