import { KitStyleScope } from '@adoption-support/react';
import type { EmotionCache } from '@emotion/cache';
import { Box, GlobalStyles, ScopedCssBaseline } from '@mui/material';
import { type Theme, ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';

/**
 * What the page may set on the element and pass down (font, line height, letter and word spacing,
 * colour, text transform, alignment, white space...) goes back to its initial value at the top of the
 * shadow root. `all` resets every property but `direction` and `unicode-bidi`, which follow the page.
 */
const RESET = { all: 'initial', display: 'block' } as const;

/**
 * The element is a block, as a form is; the page can still lay it out as it likes. With a
 * `data-capture` attribute on it, every field is drawn, on screen or not, for a full-page screenshot
 * (fields off screen are otherwise skipped while a person types; decision 0021).
 */
const HOST = {
  ':host': { display: 'block' },
  ':host([data-capture]) .asf-field': { contentVisibility: 'visible' },
} as const;

/**
 * The top of the element's shadow root: the kit's styles in `cache`, the theme, and the boundary
 * where nothing the page's styles pass down gets through. Below it, MUI's scoped baseline sets the
 * theme's font, size, line height and text colour, as a page's own styles would.
 */
export function ShadowBoundary({ cache, theme, children }: { cache: EmotionCache; theme: Theme; children: ReactNode }) {
  return (
    <KitStyleScope cache={cache}>
      <ThemeProvider theme={theme}>
        <GlobalStyles styles={HOST} />
        <Box className="asf-boundary" sx={RESET}>
          <ScopedCssBaseline>{children}</ScopedCssBaseline>
        </Box>
      </ThemeProvider>
    </KitStyleScope>
  );
}
