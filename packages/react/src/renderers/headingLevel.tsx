import { Typography } from '@mui/material';
import { createContext, type ReactNode, useContext } from 'react';

/** The heading level for the next heading down the tree (a section's title is an h2). */
export const HeadingLevel = createContext(3);

/** The heading level here. */
export const useHeadingLevel = () => useContext(HeadingLevel);

const VARIANTS = { 2: 'h5', 3: 'h6', 4: 'subtitle1', 5: 'subtitle2', 6: 'subtitle2' } as const;

/** Props of {@link Heading}. */
export interface HeadingProps {
  level: number;
  id?: string;
  children: ReactNode;
  /** Focusable by script only, so focus can be moved to it. */
  focusable?: boolean;
  className?: string;
}

/** A real h2–h6 element (levels past 6 stay at 6) styled by the host's theme. */
export function Heading({ level, id, children, focusable, className }: HeadingProps) {
  const clamped = Math.min(Math.max(level, 2), 6) as 2 | 3 | 4 | 5 | 6;
  return (
    <Typography
      component={`h${clamped}`}
      variant={VARIANTS[clamped]}
      id={id}
      className={className}
      tabIndex={focusable ? -1 : undefined}
      sx={{ mt: 2, mb: 1, fontWeight: 'bold', '&:focus': { outline: 'none' }, '&:focus-visible': { outline: 3 } }}
    >
      {children}
    </Typography>
  );
}
