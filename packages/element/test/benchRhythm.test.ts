// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BURST_KEYS, GAP_MS, keyPlan, RHYTHM_SEED, STOP_MS, valuesAfter } from '../bench/rhythm.mjs';
import { validityDelays } from '../bench/runPage.mjs';

describe('bench:react keystroke plan', () => {
  const plan = keyPlan(300, 4);

  it('is the same on every call with the fixed seed, and another seed gives other keys', () => {
    expect(keyPlan(300, 4)).toEqual(plan);
    expect(keyPlan(300, 4, RHYTHM_SEED + 1)).not.toEqual(plan);
  });

  it('has at least the keys asked for, in rounds of equal length', () => {
    expect(plan).toHaveLength(4);
    expect(new Set(plan.map((round) => round.length)).size).toBe(1);
    expect(plan.flat().length).toBeGreaterThanOrEqual(300);
  });

  it('keeps 80-340 ms between the keys of a burst, stops after each, and starts a round at once', () => {
    for (const round of plan) {
      expect(round[0]?.gap).toBe(0);
      round.slice(1).forEach((key, i) => {
        if (round[i]?.last) expect(key.gap).toBe(STOP_MS);
        else {
          expect(key.gap).toBeGreaterThanOrEqual(GAP_MS.min);
          expect(key.gap).toBeLessThanOrEqual(GAP_MS.max);
        }
      });
      expect(round.at(-1)?.last).toBe(true);
    }
    const gaps = plan.flat().filter((k) => k.gap !== 0 && k.gap !== STOP_MS);
    // Drawn across the whole range, not stuck at a few values that suit one debounce.
    expect(Math.min(...gaps.map((k) => k.gap))).toBeLessThan(100);
    expect(Math.max(...gaps.map((k) => k.gap))).toBeGreaterThan(320);
  });

  it('types words of 3-12 letters, takes back at most 12 at a time, and only letters it typed', () => {
    for (const round of plan) {
      const bursts: { erase: boolean; size: number }[] = [];
      let size = 0;
      for (const key of round) {
        size++;
        if (key.last) {
          bursts.push({ erase: key.key === 'Backspace', size });
          size = 0;
        }
      }
      // The last burst of a round may be cut short to fit the round.
      for (const burst of bursts.slice(0, -1)) {
        expect(burst.size).toBeGreaterThanOrEqual(burst.erase ? 1 : BURST_KEYS.min);
        expect(burst.size).toBeLessThanOrEqual(BURST_KEYS.max);
      }
      const values = valuesAfter('Leo', round);
      for (const value of values) {
        expect(value.startsWith('Leo')).toBe(true);
        expect(value.length - 3).toBeLessThanOrEqual(24);
      }
      expect(round.some((k) => k.key === 'Backspace')).toBe(true);
    }
  });
});

describe('bench:react last key to validity update', () => {
  const keys = [
    { key: 'a', gap: 0, last: false },
    { key: 'b', gap: 100, last: true },
    { key: 'Backspace', gap: STOP_MS, last: true },
  ];

  it('takes the first update at or after the last key of a burst that carries its value', () => {
    const changes = [
      { t: 1010, value: 'xa' },
      // After the last key of the first burst, but still without it.
      { t: 1120, value: 'xa' },
      { t: 1260, value: 'xab' },
      { t: 1300, value: 'xab' },
      { t: 2150, value: 'xa' },
    ];
    expect(validityDelays(keys, [1000, 1100, 2000], changes, 'x')).toEqual([160, 150]);
  });

  it('counts a burst whose update came only after the next key as late (Infinity), never as fast', () => {
    const changes = [{ t: 2050, value: 'xab' }];
    expect(validityDelays(keys, [1000, 1100, 2000], changes, 'x')).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });
});
