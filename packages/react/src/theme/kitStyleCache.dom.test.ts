import { KitError } from '@adoption-support/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kitStyleCache } from './kitStyleCache';

// The suite's seed and floor of runs (core's testing/hostileJson, which this package's type check
// cannot reach across its root directory); `FUZZ_RUNS` raises the number of runs.
const FUZZ = { seed: 20261206, numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) };

describe('kitStyleCache', () => {
  // The component's own use of it is checked in a browser, with the bundle a host builds (one copy of
  // emotion): packages/element/test/styles.browser.test.ts.
  it('writes rules to a style sheet the document adopts, and takes it back when flushed', () => {
    const sheet = kitStyleCache({ container: document.head }).sheet;
    sheet.insert('.asf-test { color: red; }');
    sheet.insert('.asf-test.second { color: blue; }');
    const rules = () =>
      document.adoptedStyleSheets
        .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
        .filter((t) => t.includes('asf-test'));
    expect(rules()).toEqual(['.asf-test { color: red; }', '.asf-test.second { color: blue; }']);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    sheet.flush();
    expect(rules()).toEqual([]);
  });

  it('writes rules to <style nonce> elements when given a nonce', () => {
    const sheet = kitStyleCache({ container: document.head, nonce: 'bm9uY2U' }).sheet;
    sheet.insert('.asf-nonce { color: red; }');
    const styles = [...document.head.querySelectorAll('style')];
    expect(styles.map((style) => style.textContent)).toEqual(['.asf-nonce { color: red; }']);
    expect(styles[0]!.nonce || styles[0]!.getAttribute('nonce')).toBe('bm9uY2U');
    sheet.flush();
  });

  it('gives the same cache for the same container and nonce', () => {
    expect(kitStyleCache({ container: document.head })).toBe(kitStyleCache({ container: document.head }));
    expect(kitStyleCache({ container: document.head, nonce: 'a' })).not.toBe(
      kitStyleCache({ container: document.head }),
    );
  });

  it('returns a cache or throws a KitError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (options, nonce) => {
        for (const given of [options, { container: options }, { container: document.head, nonce }]) {
          try {
            expect(typeof kitStyleCache(given as never).insert).toBe('function');
          } catch (error) {
            expect(error).toBeInstanceOf(KitError);
          }
        }
      }),
      FUZZ,
    );
  });
});
