import type { SchemaNode } from '@adoption-support/core';
import { Box } from '@mui/material';
import type { SectionModel } from '../definition/formModel';
import { useKit } from '../form/KitContext';
import { Heading } from '../renderers/headingLevel';
import type { PlacedDerived } from '../rules/placeDerived';
import { AnswerList } from './AnswerList';
import { DerivedList } from './DerivedList';

/** Props of {@link SectionAnswers}. */
export interface SectionAnswersProps {
  /** The reader's view of the data. */
  data: unknown;
  /** Pointers (into the view) the rules hide. */
  hidden: readonly string[];
  placed: readonly PlacedDerived[];
  /** The class of each section's box (`asf-check-section`, `asf-print-section`...). */
  className: string;
  /** Whether a section's heading takes the focus from script, and its class; by default, none does. */
  focusableHeading?: (section: SectionModel) => boolean;
  headingClass?: (section: SectionModel) => string | undefined;
  /** The id of a section's heading, for links to it. */
  headingId?: (section: SectionModel) => string;
  /** Given, each answer has a Change link that calls it; absent, answers are plain text. */
  onChangeAnswer?: (pointer: string) => void;
}

/**
 * Every section the reader may see, one after another: its heading, the values the rules worked out
 * for it, and its answers as summary lists (see {@link AnswerList}). The check-answers, print and
 * read-only views all draw their sections with it.
 */
export function SectionAnswers(props: SectionAnswersProps) {
  const { model, strings, idPrefix } = useKit();
  return (
    <>
      {model.sections.map((section) => (
        <Box component="section" key={section.i18n} className={props.className} sx={{ mb: 4 }}>
          <Heading
            level={2}
            id={props.headingId?.(section)}
            className={props.headingClass?.(section)}
            focusable={props.focusableHeading?.(section) ?? false}
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
            {...(props.onChangeAnswer ? { onChange: props.onChangeAnswer } : {})}
          />
        </Box>
      ))}
    </>
  );
}
