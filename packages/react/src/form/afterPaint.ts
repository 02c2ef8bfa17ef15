/** How long the typist must pause before what they typed is handed to the form (milliseconds). */
export const QUIET_MS = 150;

/**
 * Answers typed but not yet handed to JSON Forms. A text box hands its answer over once the browser
 * has painted the keystroke and the typist has paused for {@link QUIET_MS} (or left the box), so a
 * keystroke is drawn at once and the form's work (validation, every rule, the section's re-render)
 * runs once per pause rather than once per letter, never between two quick keystrokes. Leaving the
 * box, Continue, Submit, a change of section and moving a row flush what is waiting first, so nothing
 * typed is ever left behind.
 */
export class AfterPaintQueue {
  private readonly waiting = new Map<string, (urgent: boolean) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly quietMs: number;

  constructor(quietMs = QUIET_MS) {
    this.quietMs = quietMs;
  }

  /** Whether answers are waiting. */
  get pending(): boolean {
    return this.waiting.size > 0;
  }

  /**
   * Runs `commit` after the next paint, once the typist has paused; a later commit for the same `key`
   * replaces it, and each keystroke starts the pause again. `urgent` tells the commit it is being
   * flushed (it must then update at once, not in a transition).
   */
  defer(key: string, commit: (urgent: boolean) => void): void {
    this.waiting.set(key, commit);
    if (this.timer !== undefined) clearTimeout(this.timer);
    const run = () => {
      this.timer = undefined;
      this.flush(false);
    };
    this.timer = setTimeout(() => {
      // After a frame, so the last keystroke is on screen before the form's work starts.
      if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            run();
          };
          channel.port2.postMessage(null);
        });
      } else run();
    }, this.quietMs);
  }

  /**
   * Runs every waiting commit now, in the order they were typed. Call it with `urgent` (inside
   * `flushSync`) before anything that reads the answers or moves rows, so they are in first.
   */
  flush(urgent = true): void {
    if (this.timer !== undefined && urgent) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const commits = [...this.waiting.values()];
    this.waiting.clear();
    for (const commit of commits) commit(urgent);
  }

  /** Forgets what is waiting (the form is going away). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting.clear();
  }
}
