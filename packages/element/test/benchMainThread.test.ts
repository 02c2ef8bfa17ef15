// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mainThreadBreakdown } from '../bench/mainThread.mjs';

const main = { pid: 1, tid: 7 };
const span = (name: string, ts: number, dur: number, where = main) => ({ ph: 'X', name, ts, dur, ...where });

describe('the main thread breakdown of pnpm bench:react', () => {
  it('counts each event by its own time, never twice, on the busiest renderer main thread only', () => {
    const trace = {
      traceEvents: [
        { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
        { ph: 'M', name: 'thread_name', pid: 2, tid: 9, args: { name: 'CrRendererMain' } },
        // A task of 10 ms: an input handler of 6 ms with 2 ms of style inside, then 3 ms of layout.
        span('ThreadControllerImpl::RunTask', 0, 10_000),
        span('EventDispatch', 0, 6_000),
        span('UpdateLayoutTree', 1_000, 2_000),
        span('Layout', 6_000, 3_000),
        // A task of 4 ms: paint.
        span('ThreadControllerImpl::RunTask', 20_000, 4_000),
        span('Paint', 20_000, 4_000),
        // Another page's renderer, quieter: not counted.
        span('FunctionCall', 0, 50_000, { pid: 2, tid: 9 }),
      ],
    };
    const ms = mainThreadBreakdown(trace);
    expect(ms.script).toBeCloseTo(4);
    expect(ms.style).toBeCloseTo(2);
    expect(ms.layout).toBeCloseTo(3);
    expect(ms.paint).toBeCloseTo(4);
    expect(ms.other).toBeCloseTo(1);
  });

  it('gives zeros for a trace without a renderer main thread', () => {
    expect(Object.values(mainThreadBreakdown({ traceEvents: [] }))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
