import { Box } from '@mui/material';
import { useCallback, useRef } from 'react';
import type { SectionModel } from '../definition/formModel';
import { useKit } from '../form/KitContext';
import type { PlacedDerived } from '../rules/placeDerived';
import { FormHeader } from './FormHeader';
import { SectionAnswers } from './SectionAnswers';
import { TaskList } from './TaskList';

/** Props of {@link ReadView}. */
export interface ReadViewProps {
  /** The reader's view of the data. */
  data: unknown;
  /** Pointers (into the view) the rules hide. */
  hidden: readonly string[];
  placed: readonly PlacedDerived[];
}

/**
 * The read-only view (`mode="view"`): the form's title, the sections as a list of links, and every
 * section's answers as text, as the print view shows them. There is nothing to change: no inputs, no
 * Change links, no buttons. A link in the list moves the focus to its section's heading.
 */
export function ReadView(props: ReadViewProps) {
  const { model, strings, idPrefix } = useKit();
  const root = useRef<HTMLDivElement>(null);
  const headingId = useCallback((section: SectionModel) => `${idPrefix}-section-${section.id}`, [idPrefix]);
  const goTo = useCallback(
    (index: number) => {
      const section = model.sections[index];
      const heading = section ? root.current?.querySelector<HTMLElement>(`#${headingId(section)}`) : undefined;
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus();
    },
    [model, headingId],
  );
  return (
    <Box ref={root} className="asf-view">
      <FormHeader />
      <Box
        sx={{
          display: 'grid',
          gap: 4,
          gridTemplateColumns: 'minmax(0, 1fr)',
          '@container (min-width: 52rem)': { gridTemplateColumns: 'minmax(12rem, 18rem) minmax(0, 1fr)' },
        }}
      >
        <Box>
          <TaskList sections={model.sections} strings={strings} idPrefix={idPrefix} onSelect={goTo} />
        </Box>
        <Box>
          <SectionAnswers
            data={props.data}
            hidden={props.hidden}
            placed={props.placed}
            className="asf-view-section"
            headingId={headingId}
            focusableHeading={() => true}
          />
        </Box>
      </Box>
    </Box>
  );
}
