// What every bench page records, the same way on each (bench.mjs reads it):
//  - `benchProbe.keys`: each keydown's timestamp (when the browser received the key, in ms since
//    navigation start), in the order pressed;
//  - `benchProbe.changes`: each validity update the page reports to its host (the kit's and JSON Forms'
//    onChange, which carry the errors of the data they carry; the bare box's input event) with the
//    time and the value it holds at the field being typed in (`benchPointer`, set by the bench);
//  - `benchMounted`: when the form was first ready (an input on screen, after the frame that shows it),
//    in ms since navigation start, marked `form-ready`, with the navigation's DOMContentLoaded.
// Nothing here runs per frame while typing: one listener and one callback per key.
export function installProbe() {
  const probe = { keys: [], changes: [] };
  window.addEventListener('keydown', (event) => probe.keys.push(event.timeStamp), true);
  window.benchProbe = probe;
  window.benchReset = () => {
    probe.keys.length = 0;
    probe.changes.length = 0;
  };
  /** Call with the data a validity update carries (or the bare box's value). */
  return (data) => {
    const t = performance.now();
    let value = data;
    for (const token of window.benchPointer ?? []) value = value?.[token];
    probe.changes.push({ t, value: typeof value === 'string' ? value : null });
  };
}

/** Marks `form-ready` once `ready()` holds and a frame has shown it; `benchMounted` resolves then. */
export function markReady(ready) {
  window.benchMounted = new Promise((resolve) => {
    const check = () => {
      if (!ready()) return requestAnimationFrame(check);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const mark = performance.mark('form-ready');
          const [navigation] = performance.getEntriesByType('navigation');
          resolve({ ready: mark.startTime, domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN });
        }, 0),
      );
    };
    check();
  });
}
