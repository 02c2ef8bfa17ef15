import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterPaintQueue } from './afterPaint';

describe('answers waiting for a pause in typing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('run once the typist pauses, the latest answer per field, in the order the fields were typed in', async () => {
    const queue = new AfterPaintQueue(20);
    const done: string[] = [];
    queue.defer('a', () => done.push('a1'));
    queue.defer('b', () => done.push('b1'));
    queue.defer('a', (urgent) => done.push(`a2${urgent ? '!' : ''}`));
    expect(done).toEqual([]);
    expect(queue.pending).toBe(true);
    await vi.waitFor(() => expect(done).toEqual(['a2', 'b1']));
    expect(queue.pending).toBe(false);
  });

  it('wait while keystrokes keep coming: each one starts the pause again', () => {
    vi.useFakeTimers();
    const queue = new AfterPaintQueue(150);
    const commit = vi.fn();
    for (let letter = 0; letter < 5; letter++) {
      queue.defer('a', commit);
      vi.advanceTimersByTime(100);
    }
    // 500 ms of typing, 100 ms apart: nothing handed over yet.
    expect(commit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    // jsdom has requestAnimationFrame: let the frame and the message after it run.
    vi.runAllTimers();
    return vi.waitFor(() => expect(commit).toHaveBeenCalledTimes(1));
  });

  it('run at once, urgently, when flushed (leaving the box, Continue, Submit, moving a row), and only once', async () => {
    const queue = new AfterPaintQueue(10);
    const commit = vi.fn();
    queue.defer('a', commit);
    queue.flush();
    expect(commit).toHaveBeenCalledWith(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('run nothing after being cancelled', async () => {
    const queue = new AfterPaintQueue(10);
    const commit = vi.fn();
    queue.defer('a', commit);
    queue.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commit).not.toHaveBeenCalled();
  });

  it('settles what went in a transition by handing it over again at once, once, then forgets it', async () => {
    const queue = new AfterPaintQueue(5);
    const typed = vi.fn();
    queue.defer('name', typed);
    await vi.waitFor(() => expect(typed).toHaveBeenCalledWith(false));
    const date = vi.fn();
    queue.remember('date', date);
    const waiting = vi.fn();
    queue.defer('other', waiting);
    queue.settle();
    expect(typed).toHaveBeenLastCalledWith(true);
    expect(date).toHaveBeenCalledWith(true);
    expect(waiting).toHaveBeenCalledTimes(1);
    expect(waiting).toHaveBeenCalledWith(true);
    queue.settle();
    expect(typed).toHaveBeenCalledTimes(2);
    expect(date).toHaveBeenCalledTimes(1);
  });

  it('does not hand over again what leaving the box already handed over at once', () => {
    const queue = new AfterPaintQueue(1000);
    const commit = vi.fn();
    queue.defer('a', commit);
    queue.flush();
    queue.settle();
    expect(commit).toHaveBeenCalledTimes(1);
    queue.remember('b', commit);
    queue.cancel();
    queue.settle();
    expect(commit).toHaveBeenCalledTimes(1);
  });
});
