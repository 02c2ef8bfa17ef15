/**
 * Key-down to presentation of the frame that shows it, in ms, one per keystroke, in the order the keys
 * were pressed: Chromium's `EventLatency` async trace events (categories `input`, `benchmark`, `cc`)
 * of type KEY_PRESSED. An event begins when the browser creates the key event and ends when the frame
 * showing its effect is presented. Begin and end are paired by process and id; other event types
 * (key up, mouse) and unfinished events are left out.
 */
export function keyLatencies(trace) {
  const begun = new Map();
  const latencies = [];
  for (const event of trace.traceEvents ?? trace) {
    if (event.name !== 'EventLatency') continue;
    const id = `${event.pid}:${event.id2?.local ?? event.id2?.global ?? event.id}`;
    if (event.ph === 'b') begun.set(id, event);
    else if (event.ph === 'e' && begun.has(id)) {
      const begin = begun.get(id);
      begun.delete(id);
      if (begin.args?.event_latency?.event_type === 'KEY_PRESSED') {
        latencies.push({ at: begin.ts, ms: (event.ts - begin.ts) / 1000 });
      }
    }
  }
  return latencies.sort((a, b) => a.at - b.at).map((l) => l.ms);
}
