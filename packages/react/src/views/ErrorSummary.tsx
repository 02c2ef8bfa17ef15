import { Box, Link, Typography } from '@mui/material';
import { forwardRef, type MouseEvent } from 'react';
import { fieldId } from '../form/fieldId';
import type { KitStrings } from '../i18n/kitStrings';
import type { KitFieldError } from '../validation/collectErrors';

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  errors: readonly KitFieldError[];
  strings: KitStrings;
  idPrefix: string;
  /** Called when a link is followed: show the field's section and put the focus on the field. */
  onFollow(error: KitFieldError): void;
}

/**
 * The GOV.UK error summary: an alert at the top headed "There is a problem", with a link to each
 * field in error (to the first box of a date in error) whose text matches the message beside the
 * field. It is focusable so Continue and Submit can move the focus to it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, strings, idPrefix, onFollow },
  ref,
) {
  if (errors.length === 0) return null;
  const titleId = `${idPrefix}-error-summary-title`;
  return (
    <Box
      ref={ref}
      className="asf-error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      sx={{
        border: 4,
        borderColor: 'error.main',
        p: 2,
        my: 2,
        '&:focus': { outline: 3, outlineColor: 'warning.main', outlineOffset: 0 },
      }}
    >
      <Typography component="h2" variant="h6" id={titleId} sx={{ fontWeight: 'bold', mt: 0 }}>
        {strings.text('kit.errorSummary.title')}
      </Typography>
      <Box component="ul" sx={{ pl: 0, mb: 0, listStyle: 'none' }}>
        {errors.map((error) => {
          const target = fieldId(idPrefix, error.pointer, error.parts?.[0]);
          return (
            <Box component="li" key={error.pointer} sx={{ my: 0.5 }}>
              <Link
                href={`#${target}`}
                color="error"
                sx={{ fontWeight: 'bold' }}
                onClick={(event: MouseEvent) => {
                  event.preventDefault();
                  onFollow(error);
                }}
              >
                {error.message}
              </Link>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
});
