import { forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types.
import { runCoreBench } from '../../../scripts/bench-core.mjs';

describe('pnpm bench:core', () => {
  it('measures every form, interpreted, compiled and the baseline, with a tiny run', async () => {
    const lines: string[] = [];
    const results = (await runCoreBench({ rounds: 1, roundMs: 1, log: (line: string) => lines.push(line) })) as {
      id: string;
    }[];
    expect(results.map((r) => r.id)).toEqual(Object.keys(forms));
    for (const id of Object.keys(forms)) expect(lines.some((line) => line.startsWith(id))).toBe(true);
    expect(lines[1]).toMatch(/interpreted +compiled +baseline +compiled\/baseline/);
    // Where the time goes, phase by phase, for every form: the figures a closing note needs.
    const phases = lines.findIndex((line) => line.includes('microseconds per plan, by phase'));
    expect(phases).toBeGreaterThan(0);
    expect(lines[phases + 1]).toMatch(/kit validator +engine bookkeeping +rule logic/);
    for (const id of Object.keys(forms)) expect(lines.slice(phases).some((line) => line.startsWith(id))).toBe(true);
  });
});
