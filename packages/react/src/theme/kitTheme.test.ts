import { KitError } from '@adoption-support/core';
import { createTheme, getContrastRatio } from '@mui/material/styles';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kitColours as c, createKitTheme, kitTheme, kitThemeOptions } from './kitTheme';

// The suite's seed and floor of runs (core's testing/hostileJson, which this package's type check
// cannot reach across its root directory); `FUZZ_RUNS` raises the number of runs.
const FUZZ = { seed: 20261206, numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) };

/** A style override of the kit theme, as MUI keeps it (plain objects only). */
const override = (component: string, slot: string) => {
  const components = kitTheme.components as Record<string, { styleOverrides?: Record<string, unknown> }>;
  return components[component]?.styleOverrides?.[slot] as Record<string, unknown>;
};

describe('the kit theme', () => {
  it('pairs text and background colours with at least AA contrast', () => {
    const text: [string, string, string][] = [
      ['text', c.text, c.background],
      ['hint', c.secondaryText, c.background],
      ['link', c.link, c.background],
      ['error message', c.error, c.background],
      ['primary button', c.background, c.button],
      ['primary button, hovered', c.background, c.buttonHover],
      ['secondary button', c.text, c.secondaryButton],
      ['secondary button, hovered', c.text, c.secondaryButtonHover],
      ['warning button', c.background, c.warningButton],
      ['focused text', c.focusText, c.focus],
      ['palette text', kitTheme.palette.text.primary, kitTheme.palette.background.default],
      ['palette primary', kitTheme.palette.primary.contrastText, kitTheme.palette.primary.main],
      ['palette error', kitTheme.palette.error.main, kitTheme.palette.background.default],
    ];
    const low = text.filter(([, fore, back]) => getContrastRatio(fore, back) < 4.5).map(([name]) => name);
    expect(low).toEqual([]);
    // Borders and focus indicators: 3:1 against what is next to them (WCAG 1.4.11).
    expect(getContrastRatio(c.inputBorder, c.background)).toBeGreaterThanOrEqual(3);
    expect(getContrastRatio(c.focusText, c.focus)).toBeGreaterThanOrEqual(3);
    expect(getContrastRatio(c.error, c.background)).toBeGreaterThanOrEqual(3);
  });

  it('has sentence-case buttons, a green primary action, labels in the text colour, and yellow focus', () => {
    expect(kitTheme.typography.button.textTransform).toBe('none');
    expect(override('MuiButton', 'root')?.textTransform).toBe('none');
    expect(override('MuiButton', 'contained')?.backgroundColor).toBe(c.button);
    expect(override('MuiFormLabel', 'root')?.color).toBe(kitTheme.palette.text.primary);
    const focused = (override('MuiButton', 'contained')?.[
      '&.Mui-focusVisible, &:focus-visible, &.Mui-focusVisible:hover'
    ] ?? {}) as {
      backgroundColor?: string;
    };
    expect(focused.backgroundColor).toBe(c.focus);
    // The ring round a focused control is the form's own (decision 0022): the theme leaves it alone.
    expect(JSON.stringify(kitThemeOptions.components)).not.toMatch(/"outline(Offset)?":/);
  });

  it("merges a host's options over its own, working out the shades of a colour the host changes", () => {
    const theme = createKitTheme({ palette: { primary: { main: '#4c2c92' } }, typography: { fontFamily: 'Georgia' } });
    expect(theme.palette.primary.main).toBe('#4c2c92');
    expect(theme.palette.primary.dark).toBe(
      createTheme({ palette: { primary: { main: '#4c2c92' } } }).palette.primary.dark,
    );
    expect(theme.typography.fontFamily).toBe('Georgia');
    expect(theme.typography.button.textTransform).toBe('none');
    expect(theme.palette.error.main).toBe(c.error);
    // The kit's own options are left as they were.
    expect((kitThemeOptions.palette as { primary: { main: string } }).primary.main).toBe(c.link);
  });

  it('never makes a prototype of own __proto__, constructor or prototype keys (no theme has them)', () => {
    const options = JSON.parse(
      '{"__proto__":{"polluted":true},"palette":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}',
    );
    const theme = createKitTheme(options);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(theme)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(theme.palette)).toBe(Object.prototype);
    expect((theme.palette as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns a theme or throws a KitError for any JSON value, however deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { palette: deep };
    for (const value of [deep, null, 'theme', 42, [], { components: deep }]) {
      try {
        expect(typeof createKitTheme(value as never).palette).toBe('object');
      } catch (error) {
        expect(error).toBeInstanceOf(KitError);
      }
    }
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          return typeof createKitTheme(value as never).palette === 'object';
        } catch (error) {
          return error instanceof KitError;
        }
      }),
      FUZZ,
    );
  });
});
