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
  /** Commits run in a transition since the answers were last settled, by key. */
  private readonly handedOver = new Map<string, (urgent: boolean) => void>();
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
   * Runs every waiting commit now, in the order they were typed (leaving a box). Before anything
   * that reads the answers or moves rows, call {@link settle} instead.
   */
  flush(urgent = true): void {
    if (this.timer !== undefined && urgent) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const commits = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [key, commit] of commits) {
      // A commit run in a transition may not be rendered yet when the answers are next read.
      if (urgent) this.handedOver.delete(key);
      else this.handedOver.set(key, commit);
      commit(urgent);
    }
  }

  /**
   * Notes an answer handed to JSON Forms in a transition (a date box does so at each keystroke), so
   * that {@link settle} can hand it over again at once.
   */
  remember(key: string, commit: (urgent: boolean) => void): void {
    this.handedOver.set(key, commit);
  }

  /**
   * Call inside `flushSync` before anything that reads the answers or moves rows (Continue, Submit,
   * a change of section, moving a row): what is waiting goes in, and what went in a transition React
   * may not have rendered yet (a busy machine, a quick Enter) goes in again, at once, so nothing just
   * typed is missed.
   */
  settle(): void {
    const again = [...this.handedOver.entries()].filter(([key]) => !this.waiting.has(key));
    this.handedOver.clear();
    for (const [, commit] of again) commit(true);
    this.flush(true);
    this.handedOver.clear();
  }

  /** Forgets what is waiting (the form is going away, or the host gave another document). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting.clear();
    this.handedOver.clear();
  }
}
