// Measures, inside the page, how typing is served:
//  - keystroke to main thread free: from the key event's timestamp (when the browser received it, so
//    time spent waiting for a busy main thread counts) to the first task after the next animation
//    frame. That task waits for whatever was queued before it, such as Chrome's autofill reading the
//    form after a keystroke, so this is not when the letter was painted: bench.mjs takes that from
//    Chromium's EventLatency trace events;
//  - keystroke to data: from the key event to the form's onChange carrying the new answers;
//  - long tasks (over 50 ms) while typing.
export function installKeystrokeProbe() {
  const probe = { paint: [], keys: [], commits: [], longTasks: [], slow: [] };
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      probe.keys.push(start);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.paint.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  // Where the time of a slow keystroke goes (Event Timing reports keystrokes of 16 ms or more): waiting
  // for a busy main thread, the page's own handlers, or producing the frame after them.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'keydown' && entry.name !== 'keypress' && entry.name !== 'input') continue;
      probe.slow.push({
        name: entry.name,
        wait: entry.processingStart - entry.startTime,
        handlers: entry.processingEnd - entry.processingStart,
        frame: entry.startTime + entry.duration - entry.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.benchProbe = probe;
  window.benchReset = () => {
    for (const list of Object.values(probe)) list.splice(0);
  };
  return (/* the form's onChange */) => probe.commits.push(performance.now());
}

/** Resolves when `test()` is true after a frame has been painted, with the time since `start`. */
export function whenPainted(test, start) {
  return new Promise((resolve) => {
    const check = () => {
      if (test()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      else requestAnimationFrame(check);
    };
    check();
  });
}
