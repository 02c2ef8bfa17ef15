// Where the renderer's main thread spends the typing, from a Chromium trace with the timeline
// categories (`pnpm bench:react` with BENCH_BREAKDOWN=1): each trace event's self time (its duration
// less its children's), summed into the kinds of work a reader waits for.

/** The trace categories the breakdown needs, beside the ones the latency figures need. */
export const BREAKDOWN_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Kinds of work, by the names Chromium gives its trace events; anything else is "other". */
const KINDS = [
  [
    'script',
    /^(EventDispatch|FunctionCall|TimerFire|FireAnimationFrame|FireIdleCallback|V8\.Execute|v8\.callFunction|v8\.run|EvaluateScript|RunMicrotasks|v8\.compile|V8\.GC.*|MajorGC|MinorGC|BlinkGC.*|V8.*)$/,
  ],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/,
  ],
  [
    'layout',
    /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections|ComputeIntersections)$/,
  ],
  [
    'paint',
    /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|RasterTask|Decode.*)$/,
  ],
  ['hit test and input', /^(HitTest|EventTiming|InputLatency.*|LatencyInfo.*)$/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** The renderer main thread of the page (the busiest CrRendererMain). */
function mainThreadOf(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best;
  let most = -1;
  for (const m of mains) {
    const count = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
    if (count > most) {
      most = count;
      best = m;
    }
  }
  return best ? { pid: best.pid, tid: best.tid } : undefined;
}

/**
 * Milliseconds of main-thread self time by kind of work over the whole trace, from complete ('X')
 * events; nested events are taken out of their parent so nothing counts twice. `RunTask` self time
 * (scheduling between the named pieces) counts as "other".
 */
export function mainThreadBreakdown(trace) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const main = mainThreadOf(events);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, 'hit test and input': 0, other: 0 };
  if (!main) return totals;
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const close = (until) => {
    while (stack.length > 0 && stack.at(-1).end <= until) {
      const done = stack.pop();
      totals[kindOf(done.name)] += Math.max(0, done.dur - done.children) / 1000;
    }
  };
  for (const e of spans) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += Math.min(e.dur, parent.end - e.ts);
    stack.push({ name: e.name, dur: e.dur, end: e.ts + e.dur, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}
