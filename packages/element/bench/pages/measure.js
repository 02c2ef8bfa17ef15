// Measures, inside the page, how typing is served:
//  - keystroke to paint: from the key event's timestamp (when the browser received it, so time spent
//    waiting for a busy main thread counts) to the end of the next animation frame after it;
//  - keystroke to data: from the key event to the form's onChange carrying the new answers;
//  - long tasks (over 50 ms) while typing.
export function installKeystrokeProbe() {
  const probe = { paint: [], keys: [], commits: [], longTasks: [] };
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
