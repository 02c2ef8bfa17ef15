// Own __proto__, constructor and prototype keys stay own data through hidden-data transforms.
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { KitInputError } from '../errors';
import { deepObject, prototypeKeys } from '../testing/hostileJson';
import { applyHiddenData } from './applyHiddenData';
import { restoreHiddenData } from './restoreHiddenData';

const form = forms['asp-england'];
const plan = () => structuredClone(formExamples['asp-england']['valid.full']?.data) as Record<string, unknown>;

describe('hidden data with keys that name prototype machinery', () => {
  it('keeps them as own data, never as prototypes', () => {
    const data = { ...plan(), ...prototypeKeys() };
    const { data: out } = applyHiddenData(form, data, ['/supportItems']);
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(out, key)).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('puts a cleared value holding them back as own data', () => {
    const cleared = [{ pointer: '/extra', previous: prototypeKeys({ polluted: 1 }) }];
    const { data, restored } = restoreHiddenData({}, cleared);
    expect(restored).toEqual(['/extra']);
    const extra = data.extra as Record<string, unknown>;
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never restores through them', () => {
    const { skipped } = restoreHiddenData({}, [{ pointer: '/__proto__/polluted', previous: true }]);
    expect(skipped).toEqual(['/__proto__/polluted']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses data nested 10,000 deep with the pointer where it gets too deep', () => {
    const attempt = () => applyHiddenData(form, { child: deepObject(10_000) }, ['/child']);
    expect(attempt).toThrow(KitInputError);
    expect(attempt).toThrow(/argument "data" at "\/child(\/a)+": The value nests more than 200 levels deep/);
  });
});
