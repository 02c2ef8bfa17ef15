// @vitest-environment node
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../bench/pages.mjs';
import { scenarios } from '../bench/runPage.mjs';

const elementRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPUS = [1, 4];

/**
 * `pnpm bench:react` with tiny settings: it runs end to end in the browser and prints a row for every
 * scenario, CPU rate and page, and every ratio. It says nothing of the figures: tests never assert on time.
 */
describe('pnpm bench:react (smoke run)', () => {
  it('prints a row for every scenario, CPU rate and page, and the ratios', async () => {
    const { stdout } = await promisify(execFile)('node', ['bench/bench.mjs'], {
      cwd: elementRoot,
      env: { ...process.env, BENCH_KEYS: '3', BENCH_ROUNDS: '1', BENCH_CPU: CPUS.join(','), BENCH_SIZES: '0' },
      maxBuffer: 10_000_000,
    });
    const rows = stdout.split('\n');
    const names = Object.keys(scenarios(forms['asp-england'].locales.en ?? {}));
    expect(names.length).toBeGreaterThan(0);
    for (const scenario of names) {
      for (const cpu of CPUS) {
        for (const page of Object.values(PAGES)) {
          const row = rows.filter(
            (r) => r.trim().startsWith(scenario) && r.includes(` ${cpu}x `) && r.includes(page.label),
          );
          expect(row, `${scenario} at ${cpu}x: ${page.label}`).toHaveLength(1);
          // Every column has a figure (a number, or ">stop" for an update that never came).
          expect(
            row[0]
              ?.slice(row[0].indexOf(page.label) + page.label.length)
              .trim()
              .split(/\s+/),
          ).toHaveLength(10);
        }
      }
      expect(stdout).toContain(`${scenario}: keystroke p95 at 4x, kit / empty page`);
      for (const cpu of CPUS) {
        expect(stdout).toContain(`${scenario} at ${cpu}x: keystroke p95, plain / kit`);
        expect(stdout).toContain(`${scenario} at ${cpu}x: script time while typing, kit / plain`);
      }
      expect(stdout).toContain(`${scenario} at 1x: last key to validity update p95`);
    }
  }, 300_000);
});
