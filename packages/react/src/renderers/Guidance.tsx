import { Box } from '@mui/material';

/** Props of {@link Guidance}. */
export interface GuidanceProps {
  /** The guidance, already checked for the reader (see `useGuidance`); nothing is drawn without it. */
  text: string | undefined;
  /** An id for `aria-describedby`, when an input names it. */
  id?: string;
}

/**
 * Guidance for the agency and professionals (decision 0025), set apart from the text every reader
 * sees by a rule down its left edge.
 */
export function Guidance({ text, id }: GuidanceProps) {
  if (!text) return null;
  return (
    <Box
      component="p"
      id={id}
      className="asf-guidance"
      sx={{ borderLeft: '4px solid', borderColor: 'divider', pl: 1.5, mt: 0, mb: 1, color: 'text.secondary' }}
    >
      {text}
    </Box>
  );
}
