import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KitInputError } from '../errors';
import { expectKitErrorOrResult, fuzzParameters, hostileString, tenMegabytes } from '../testing/hostileJson';
import { didYouMean, probablyMeant } from './suggest';

describe('probablyMeant', () => {
  it('finds the name a typo was meant to be', () => {
    expect(probablyMeant('adopter', ['professionals', 'adopters', 'child'])).toBe('adopters');
    expect(probablyMeant('renme', ['rename', 'move', 'split', 'merge'])).toBe('rename');
    expect(probablyMeant('child.firstLangauge.label', ['child.firstLanguage.label', 'child.name.label'])).toBe(
      'child.firstLanguage.label',
    );
    expect(didYouMean('Adopters', ['adopters'])).toBe(' Did you mean "adopters"?');
  });

  it('suggests nothing for a name that is right, or far from every candidate', () => {
    expect(probablyMeant('adopters', ['adopters', 'adopter'])).toBeUndefined();
    expect(probablyMeant('panel', ['professionals', 'adopters', 'child'])).toBeUndefined();
    expect(didYouMean('zzzz', ['rename'])).toBe('');
  });

  it('returns a candidate or nothing for any text, and quickly for very long text', () => {
    fc.assert(
      fc.property(hostileString, fc.array(hostileString, { maxLength: 5 }), (name, candidates) => {
        const { result } = expectKitErrorOrResult(() => probablyMeant(name, candidates));
        expect(result === undefined || candidates.includes(result)).toBe(true);
      }),
      fuzzParameters(),
    );
    const started = performance.now();
    expect(probablyMeant(tenMegabytes(), [tenMegabytes(), 'a'])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a list of names that is not a list', () => {
  it.each([null, 3, { a: 'b' }])('is refused with a KitInputError naming the function: %j', (candidates) => {
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const [name, call] of [
      ['probablyMeant', () => probablyMeant('adoptr', candidates as never)],
      ['didYouMean', () => didYouMean('adoptr', candidates as never)],
    ] as const) {
      const error = refused(call);
      expect(error).toBeInstanceOf(KitInputError);
      expect((error as KitInputError).message).toContain(name);
    }
  });
});
