import { forms } from '@adoption-support/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KitInputError } from '../../errors';
import { fuzzParameters, hostileJson, prototypeKeys } from '../../testing/hostileJson';
import { createRuleEngine } from '../createRuleEngine';
import type { RulePack } from '../RulePack';
import { loadCompiledSource, packsOf } from '../testing/compiledRules';
import { reviewsPack } from '../testing/reviewsPack';
import { compiledRuleEngine } from './compiledRuleEngine';
import { compileRulePackSource } from './compileRulePackSource';

const definition = forms['asp-england'];
const factory = loadCompiledSource(compileRulePackSource(packsOf(definition)));

describe('compiledRuleEngine', () => {
  it('refuses compiled rules made from other logic, naming the rule', () => {
    const packs = packsOf(definition);
    const changed = structuredClone(packs);
    const rule = changed[0]?.rules[0] as RulePack['rules'][number];
    rule.logic = { '!': [rule.logic] };
    const stale = loadCompiledSource(compileRulePackSource(changed));
    expect(() => compiledRuleEngine(definition, stale)).toThrow(KitInputError);
    expect(() => compiledRuleEngine(definition, stale)).toThrow(`was compiled from other logic than "${rule.id}"`);
    expect(() => createRuleEngine({ packs: [reviewsPack()], compiled: factory })).toThrow(/argument "compiled"/);
  });

  it('refuses what is not a compiled module, with a KitInputError', () => {
    for (const bad of [
      null,
      1,
      {},
      () => null,
      () => ({ format: 99, packs: [] }),
      () => {
        throw new Error('x');
      },
    ]) {
      expect(() => compiledRuleEngine(definition, bad as never)).toThrow(KitInputError);
    }
    expect(() => compiledRuleEngine(null as never, factory)).toThrow(KitInputError);
  });

  it('gives what the interpreter gives on hostile data, with the same clock, holidays and budget', () => {
    const settings = { clock: () => '2026-11-22', bankHolidays: ['2026-12-25'], maxOperations: 400 };
    const compiled = compiledRuleEngine(definition, factory, settings);
    const interpreted = createRuleEngine({ packs: packsOf(definition), ...settings });
    const example = { child: prototypeKeys(), ...prototypeKeys() };
    expect(compiled.evaluate(example)).toEqual(interpreted.evaluate(example));
    fc.assert(
      fc.property(hostileJson, (data) => {
        expect(compiled.evaluate(data)).toEqual(interpreted.evaluate(data));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParameters(),
    );
  });
});
