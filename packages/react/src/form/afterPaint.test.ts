import { describe, expect, it, vi } from 'vitest';
import { AfterPaintQueue } from './afterPaint';

describe('answers waiting for the paint', () => {
  it('run after the next frame, the latest answer per field, in the order typed', async () => {
    const queue = new AfterPaintQueue();
    const done: string[] = [];
    queue.defer('a', () => done.push('a1'));
    queue.defer('b', () => done.push('b1'));
    queue.defer('a', (urgent) => done.push(`a2${urgent ? '!' : ''}`));
    expect(done).toEqual([]);
    await vi.waitFor(() => expect(done).toEqual(['a2', 'b1']));
  });

  it('run at once, urgently, when flushed (before Continue, Submit or a row moves), and only once', async () => {
    const queue = new AfterPaintQueue();
    const commit = vi.fn();
    queue.defer('a', commit);
    queue.flush();
    expect(commit).toHaveBeenCalledWith(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commit).toHaveBeenCalledTimes(1);
  });
});
