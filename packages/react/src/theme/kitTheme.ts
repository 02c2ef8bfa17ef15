import { KitInputError } from '@adoption-support/core';
import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';

/**
 * The colours of the kit's default look, those of GOV.UK's design system: each pair of text and
 * background the theme uses meets WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for borders and focus).
 */
export const kitColours = {
  text: '#0b0c0c',
  secondaryText: '#505a5f',
  link: '#1d70b8',
  linkActive: '#0b0c0c',
  background: '#ffffff',
  border: '#b1b4b6',
  inputBorder: '#0b0c0c',
  focus: '#ffdd00',
  focusText: '#0b0c0c',
  error: '#d4351c',
  success: '#00703c',
  button: '#00703c',
  buttonHover: '#005a30',
  buttonShadow: '#002d18',
  secondaryButton: '#f3f2f1',
  secondaryButtonHover: '#dbdad9',
  secondaryButtonShadow: '#929191',
  warningButton: '#d4351c',
  warningButtonHover: '#aa2a16',
  warningButtonShadow: '#55150b',
} as const;

const c = kitColours;

/**
 * GOV.UK's focus: dark text on yellow. The ring round every focused control (a dark outline with
 * yellow round it) is the form's own, not the theme's, so a host's theme cannot lose it (decision
 * 0022); the theme leaves `outline` and `box-shadow` on focus to it.
 */
const focusedText = { backgroundColor: c.focus, color: c.focusText, textDecoration: 'none' };

/** The button look: square, sentence case, a solid shadow below, and GOV.UK's yellow when focused. */
const button = (background: string, hover: string, shadow: string, text: string) => ({
  color: text,
  backgroundColor: background,
  border: 0,
  boxShadow: `0 2px 0 ${shadow}`,
  '&:hover': { backgroundColor: hover, border: 0, boxShadow: `0 2px 0 ${shadow}` },
  '&.Mui-focusVisible, &:focus-visible, &.Mui-focusVisible:hover': { backgroundColor: c.focus, color: c.focusText },
});

/**
 * The kit's default theme options: a plain public-service look. Sentence-case buttons, a green
 * primary action, labels in the text colour, yellow behind focused buttons and links (the form draws
 * its own focus ring round every control), red error messages and borders, square inputs with dark
 * borders. Merge your own over them with {@link createKitTheme}.
 */
export const kitThemeOptions: ThemeOptions = {
  palette: {
    primary: { main: c.link, contrastText: c.background },
    secondary: { main: c.secondaryText, contrastText: c.background },
    error: { main: c.error, contrastText: c.background },
    success: { main: c.success, contrastText: c.background },
    text: { primary: c.text, secondary: c.secondaryText },
    background: { default: c.background, paper: c.background },
    divider: c.border,
  },
  shape: { borderRadius: 0 },
  typography: {
    fontFamily: '"Helvetica Neue", Helvetica, Arial, sans-serif',
    body1: { lineHeight: 1.5 },
    body2: { lineHeight: 1.5 },
    button: { textTransform: 'none', fontWeight: 400, fontSize: '1rem', lineHeight: 1.25 },
  },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: {
        root: { textTransform: 'none', borderRadius: 0, padding: '8px 12px 7px', marginBottom: 2 },
        contained: button(c.button, c.buttonHover, c.buttonShadow, c.background),
        outlined: button(c.secondaryButton, c.secondaryButtonHover, c.secondaryButtonShadow, c.text),
        outlinedError: button(c.warningButton, c.warningButtonHover, c.warningButtonShadow, c.background),
        text: {
          color: c.link,
          textDecoration: 'underline',
          '&:hover': { backgroundColor: 'transparent', textDecoration: 'underline', textDecorationThickness: 3 },
          '&.Mui-focusVisible, &:focus-visible': focusedText,
        },
      },
    },
    MuiLink: {
      defaultProps: { underline: 'always' },
      styleOverrides: { root: { '&:focus-visible': focusedText, '&:hover': { textDecorationThickness: 3 } } },
    },
    MuiFormLabel: {
      styleOverrides: {
        root: { color: c.text, '&.Mui-focused, &.Mui-error, &.Mui-disabled': { color: c.text } },
      },
    },
    MuiInputLabel: { styleOverrides: { root: { color: c.text, '&.Mui-focused': { color: c.text } } } },
    MuiFormHelperText: {
      styleOverrides: {
        root: { color: c.secondaryText, fontSize: '1rem', '&.Mui-error': { color: c.error, fontWeight: 700 } },
      },
    },
    MuiOutlinedInput: {
      styleOverrides: {
        root: {
          color: c.text,
          borderRadius: 0,
          '& .MuiOutlinedInput-notchedOutline': { borderColor: c.inputBorder, borderWidth: 2 },
          '&:hover .MuiOutlinedInput-notchedOutline': { borderColor: c.inputBorder },
          '&.Mui-focused .MuiOutlinedInput-notchedOutline': { borderColor: c.inputBorder, borderWidth: 4 },
          '&.Mui-error .MuiOutlinedInput-notchedOutline': { borderColor: c.error },
        },
      },
    },
    MuiRadio: {
      styleOverrides: {
        root: {
          color: c.text,
          '&.Mui-checked': { color: c.text },
        },
      },
    },
    MuiCheckbox: {
      styleOverrides: {
        root: {
          color: c.text,
          '&.Mui-checked': { color: c.text },
        },
      },
    },
  },
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys no theme has, which MUI's own merging would turn into prototypes: left out. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `over` merged into `under`, object by object, as new objects (neither is changed). Past a depth no
 * theme reaches, `over`'s value is taken whole, so a hostile, deeply nested value costs nothing.
 */
function mergeOptions(under: unknown, over: unknown, depth = 0): unknown {
  if (!isPlainObject(under) || !isPlainObject(over) || depth > 8) return over;
  const merged: Record<string, unknown> = {};
  for (const source of [under, over]) {
    for (const key of Object.keys(source)) {
      if (PROTOTYPE_KEYS.has(key)) continue;
      const value =
        source === over && Object.hasOwn(merged, key) ? mergeOptions(merged[key], over[key], depth + 1) : source[key];
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return merged;
}

/**
 * The kit's theme with your options merged over its own (colours, type, component overrides), so
 * MUI works out the shades of any colour you change. Options that are not an object are ignored, and
 * so are keys named `__proto__`, `constructor` or `prototype` (MUI would make them prototypes).
 */
export function createKitTheme(options?: ThemeOptions): Theme {
  try {
    return createTheme(mergeOptions(kitThemeOptions, isPlainObject(options) ? options : {}) as ThemeOptions);
  } catch (error) {
    throw new KitInputError({
      function: 'createKitTheme',
      pointer: '',
      problem: `MUI could not make a theme of these options (${error instanceof Error ? error.message : 'unknown error'}).`,
      fix: 'Pass MUI theme options: palette, typography, spacing, shape, components.',
    });
  }
}

/** The kit's default theme: what the form looks like with no theme of the host's. */
export const kitTheme: Theme = createKitTheme();
