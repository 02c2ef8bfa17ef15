/**
 * Answers typed but not yet handed to JSON Forms. A text box hands its answer over just after the
 * browser has painted the keystroke (one frame later at most), so typing is drawn before any form
 * work starts; Continue, Submit and a change of section flush what is waiting first, so nothing
 * typed is ever left behind.
 */
export class AfterPaintQueue {
  private readonly waiting = new Map<string, (urgent: boolean) => void>();
  private scheduled = false;

  /**
   * Runs `commit` after the next paint; a later commit for the same `key` replaces it. `urgent` tells
   * the commit it is being flushed (it must then update at once, not in a transition).
   */
  defer(key: string, commit: (urgent: boolean) => void): void {
    this.waiting.set(key, commit);
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.flush(false);
    };
    if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = run;
        channel.port2.postMessage(null);
      });
    } else {
      setTimeout(run, 0);
    }
  }

  /**
   * Runs every waiting commit now, in the order they were typed. Call it with `urgent` (inside
   * `flushSync`) before anything that reads the answers or moves rows, so they are in first.
   */
  flush(urgent = true): void {
    const commits = [...this.waiting.values()];
    this.waiting.clear();
    for (const commit of commits) commit(urgent);
  }
}
