import { Box, Link } from '@mui/material';
import { type MouseEvent, memo } from 'react';
import type { SectionModel } from '../definition/formModel';
import type { SectionStatus } from '../form/sectionStatus';
import type { KitStrings } from '../i18n/kitStrings';

/** Props of {@link TaskList}. */
export interface TaskListProps {
  sections: readonly SectionModel[];
  /** Each section's status, shown beside it; absent (the read-only view), no statuses are shown. */
  statuses?: readonly SectionStatus[];
  /** The section on screen; absent (every section is on screen), none is marked. */
  active?: number;
  strings: KitStrings;
  idPrefix: string;
  onSelect(index: number): void;
}

/** The words of a section's status: "Complete", "Needed at this stage", "Has problems"... */
export function statusText(status: SectionStatus, strings: KitStrings): string {
  return strings.text(`kit.status.${status.state}`);
}

/** A GOV.UK-style tag per state, in the host theme's colours. */
const TAG_STYLES = {
  notStarted: { color: 'text.secondary', bgcolor: 'action.hover' },
  inProgress: { color: 'info.dark', bgcolor: 'transparent', border: 1, borderColor: 'info.main' },
  completed: { color: 'success.contrastText', bgcolor: 'success.main' },
  // The warning colours are for borders: MUI's default warning.dark on white is below AA for small text.
  needed: { color: 'text.primary', bgcolor: 'transparent', border: 2, borderColor: 'warning.main' },
  errors: { color: 'error.contrastText', bgcolor: 'error.main' },
} as const;

/**
 * The sections as a GOV.UK-style task list: each section's name links to it, with its status
 * (not started, in progress, complete for this stage, needed at this stage, or has problems). The section on screen is marked
 * `aria-current`. In the read-only view it is a list of links to the sections below it, without statuses.
 */
export const TaskList = memo(function TaskList({
  sections,
  statuses,
  active,
  strings,
  idPrefix,
  onSelect,
}: TaskListProps) {
  return (
    <Box component="nav" className="asf-task-list" aria-label={strings.text('kit.sections.navLabel')}>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {sections.map((section, index) => {
          const status = statuses
            ? (statuses[index] ?? { state: 'notStarted', errorCount: 0, missingCount: 0 })
            : undefined;
          const statusId = `${idPrefix}-status-${section.id}`;
          const current = index === active;
          return (
            <Box
              component="li"
              key={section.i18n}
              sx={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'center',
                gap: 1,
                py: 1,
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              <Link
                href={`#${idPrefix}-section-${section.id}`}
                aria-current={current ? 'step' : undefined}
                aria-describedby={status ? statusId : undefined}
                underline={current ? 'none' : 'always'}
                sx={{ fontWeight: current ? 'bold' : 'normal' }}
                onClick={(event: MouseEvent) => {
                  event.preventDefault();
                  onSelect(index);
                }}
              >
                {strings.text(`${section.i18n}.label`)}
              </Link>
              {status ? (
                <Box
                  component="strong"
                  id={statusId}
                  className={`asf-tag asf-tag-${status.state}`}
                  sx={{
                    px: 1,
                    py: 0.25,
                    borderRadius: 1,
                    fontSize: '0.8125rem',
                    whiteSpace: 'nowrap',
                    ...TAG_STYLES[status.state],
                  }}
                >
                  {statusText(status, strings)}
                </Box>
              ) : null}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
});
