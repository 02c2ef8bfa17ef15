import type { EmotionCache } from '@emotion/cache';
import { CacheProvider, ThemeContext } from '@emotion/react';
import { type Theme, ThemeProvider } from '@mui/material/styles';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { kitStyleCache } from './kitStyleCache';
import { kitTheme } from './kitTheme';

/** Set by {@link KitStyleScope}: the kit's styles already have a home (the element's shadow root). */
const ScopeCache = createContext<EmotionCache | undefined>(undefined);

/**
 * Where the kit's styles go below it: `cache`, typically from {@link kitStyleCache} for a shadow
 * root. The custom element draws the form inside one; a form below it keeps that cache.
 */
export function KitStyleScope({ cache, children }: { cache: EmotionCache; children?: ReactNode }) {
  return (
    <ScopeCache.Provider value={cache}>
      <CacheProvider value={cache}>{children}</CacheProvider>
    </ScopeCache.Provider>
  );
}

/**
 * The form's styles and theme. Styles go in the page's constructed style sheet (or `<style nonce>`
 * elements when a nonce is given), unless a {@link KitStyleScope} above has put them elsewhere. The
 * theme is the one given, else the host's surrounding MUI theme, else the kit's own.
 */
export function KitStyles({ theme, nonce, children }: { theme?: Theme; nonce?: string; children?: ReactNode }) {
  const scope = useContext(ScopeCache);
  // MUI's ThemeProvider fills emotion's theme context; without one, emotion's default is `{}`.
  const outerTheme = useContext(ThemeContext) as object;
  const hostHasTheme = Object.keys(outerTheme).length > 0;
  const cache = useMemo(
    () =>
      scope || typeof document === 'undefined'
        ? undefined
        : kitStyleCache({
            container: document.head ?? document.documentElement,
            ...(typeof nonce === 'string' ? { nonce } : {}),
          }),
    [scope, nonce],
  );
  const chosen = theme ?? (hostHasTheme ? undefined : kitTheme);
  const themed = chosen ? <ThemeProvider theme={chosen}>{children}</ThemeProvider> : children;
  return cache ? <CacheProvider value={cache}>{themed}</CacheProvider> : themed;
}
