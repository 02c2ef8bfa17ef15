import { describe, expect, it } from 'vitest';
import { createTerminal, type OutputStream } from '../../terminal/Terminal';
import { createProgressReporter, formatDuration, formatRate, renderProgress } from './progressBar';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s: OutputStream & { text: () => string } = {
    isTTY,
    write: (c: string) => chunks.push(c),
    text: () => chunks.join(''),
  };
  return s;
}

describe('progress of a migration', () => {
  it('shows a bar, the share done, the rate and the time left once the documents are counted', () => {
    expect(renderProgress({ done: 25_000, total: 100_000, elapsedMs: 20_000 }, 8)).toBe(
      '██░░░░░░ 25% · 25,000 of 100,000 documents · 1,250 documents/s · about 1 min 0 s left',
    );
    expect(renderProgress({ done: 0, total: 10, elapsedMs: 5 }, 4)).toBe(
      '░░░░ 0% · 0 of 10 documents · 0.0 documents/s · estimating the time left',
    );
    expect(renderProgress({ done: 10, total: 10, elapsedMs: 2000 }, 4)).toContain('████ 100% ·');
    expect(renderProgress({ done: 99, total: 100, elapsedMs: 9900 }, 4)).toMatch(/ · almost done$/);
    // Given the recent rate, the estimate goes by it rather than by the average since the start.
    expect(renderProgress({ done: 100, total: 1100, elapsedMs: 60_000 }, 4, 100)).toMatch(
      / · 100 documents\/s · about 10 s left$/,
    );
    expect(renderProgress({ done: 40, elapsedMs: 2000 })).toBe('Migrated 40 documents · 20.0 documents/s · counting…');
  });

  it('reads times and rates as a person would say them', () => {
    expect([0, 999, 1000, 59_400, 60_000, 200_000, 3_900_000].map(formatDuration)).toEqual([
      'under a second',
      'under a second',
      '1 s',
      '59 s',
      '1 min 0 s',
      '3 min 20 s',
      '1 h 5 min',
    ]);
    expect([formatRate(3, 2000), formatRate(123_456, 1000), formatRate(1, 0)]).toEqual(['1.5', '123,456', '0']);
  });

  it('redraws the bar on a terminal a few times a second, not once a document', () => {
    const stderr = stream(true);
    const report = createProgressReporter(createTerminal({ stdout: stream(true), stderr, env: {} }));
    for (let ms = 0; ms < 1000; ms += 10) report({ done: ms / 10, total: 200, elapsedMs: ms });
    expect(stderr.text().match(/documents\/s/g)).toHaveLength(10);
  });

  it('estimates the time left from the last few seconds, not from a slow start', () => {
    const stderr = stream(true);
    const report = createProgressReporter(createTerminal({ stdout: stream(true), stderr, env: {} }));
    // Nothing done for the first 10 s (workers starting), then 100 documents a second.
    report({ done: 0, total: 3000, elapsedMs: 0 });
    for (let ms = 10_000; ms <= 20_000; ms += 100) report({ done: (ms - 10_000) / 10, total: 3000, elapsedMs: ms });
    const lines = stderr.text().split('\r\u001b[2K');
    expect(lines.at(-1)).toContain('1,000 of 3,000 documents · 100 documents/s · about 20 s left');
  });

  it('prints a plain line now and then when output is not a terminal, and none in a short run', () => {
    const stderr = stream(false);
    const report = createProgressReporter(createTerminal({ stdout: stream(false), stderr, env: {} }));
    for (let ms = 0; ms < 9000; ms += 100) report({ done: ms, total: 30_000, elapsedMs: ms });
    expect(stderr.text()).toBe('');
    for (let ms = 9000; ms <= 25_000; ms += 100) report({ done: ms, total: 30_000, elapsedMs: ms });
    expect(stderr.text().split('\n').filter(Boolean)).toEqual([
      'Migrating: 33% · 10,000 of 30,000 documents · 1,000 documents/s · about 20 s left',
      'Migrating: 66% · 20,000 of 30,000 documents · 1,000 documents/s · about 10 s left',
    ]);
  });
});
