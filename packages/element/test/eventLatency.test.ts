// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyLatencies } from '../bench/eventLatency.mjs';

/** One EventLatency begin or end event, shaped as Chromium writes it (ts in microseconds). */
const event = (ph: 'b' | 'e', id: string, ts: number, type?: string, pid = 100) => ({
  name: 'EventLatency',
  cat: 'cc,benchmark,input,input.scrolling',
  ph,
  pid,
  tid: ph === 'b' ? 7 : 100,
  ts,
  id2: { local: id },
  args: type ? { event_latency: { event_type: type } } : {},
});

describe('keyLatencies (bench:react keystroke to paint)', () => {
  it('pairs each key press with its end, in ms, in the order the keys were pressed', () => {
    const trace = {
      traceEvents: [
        event('b', '0x5', 2_000_000, 'KEY_PRESSED'),
        event('b', '0x6', 2_080_000, 'KEY_PRESSED'),
        // The second key's frame is presented before the first's end is written.
        event('e', '0x6', 2_091_500),
        event('e', '0x5', 2_012_250),
      ],
    };
    expect(keyLatencies(trace)).toEqual([12.25, 11.5]);
  });

  it('leaves out key releases, other input, unfinished events and other trace events', () => {
    const trace = [
      event('b', '0x1', 1_000_000, 'KEY_RELEASED'),
      event('e', '0x1', 1_004_000),
      event('b', '0x2', 1_010_000, 'MOUSE_MOVED'),
      event('e', '0x2', 1_030_000),
      event('b', '0x3', 1_050_000, 'KEY_PRESSED'),
      { name: 'ProxyMain::BeginMainFrame', ph: 'X', pid: 100, tid: 100, ts: 1_051_000, dur: 4000 },
      event('e', '0x3', 1_059_000),
      event('b', '0x4', 1_090_000, 'KEY_PRESSED'),
    ];
    expect(keyLatencies(trace)).toEqual([9]);
  });

  it('does not pair events from different processes that share an id', () => {
    const trace = [
      event('b', '0x9', 5_000_000, 'KEY_PRESSED', 100),
      event('e', '0x9', 5_002_000, undefined, 200),
      event('e', '0x9', 5_014_000, undefined, 100),
    ];
    expect(keyLatencies(trace)).toEqual([14]);
  });

  it('finds nothing in a trace without EventLatency, so the benchmark can say so', () => {
    expect(keyLatencies({ traceEvents: [] })).toEqual([]);
  });
});
