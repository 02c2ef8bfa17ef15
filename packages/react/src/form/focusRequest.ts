import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { fieldId } from './fieldId';

/** Where the focus should go after the next render. */
export type FocusTarget = { kind: 'summary' } | { kind: 'section' } | { kind: 'field'; pointer: string; part?: string };

/** Moving the focus after the next render. */
export interface FocusRequest {
  /** The form's root element: the focus moves only within it. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Asks for the focus to move to a target. */
  requestFocus: (target: FocusTarget) => void;
}

/** How long a field asked for may take to be drawn before the focus goes to the nearest thing around it. */
const FIELD_WAIT_MS = 1000;

/**
 * Moves the focus, after the next render, to the error summary, the section's heading or a field,
 * within the element given `rootRef`. A field not yet drawn (its section still being drawn) takes the
 * focus as soon as it is; one that does not come within {@link FIELD_WAIT_MS} gives it to the nearest
 * field around it that is on screen, or to the section's heading when none is. Each request moves the
 * focus again, even to the same place, and cancels one still waiting.
 */
export function useFocusRequest(idPrefix: string): FocusRequest {
  const rootRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; serial: number } | undefined>();
  const focusSerial = useRef(0);

  const requestFocus = useCallback((target: FocusTarget) => {
    focusSerial.current += 1;
    setFocus({ target, serial: focusSerial.current });
  }, []);

  useEffect(() => {
    if (!focus || !rootRef.current) return;
    const root = rootRef.current;
    const byId = (id: string) => root.querySelector<HTMLElement>(`#${id}`);
    const heading = () => root.querySelector<HTMLElement>('.asf-section-heading');
    const { target } = focus;
    if (target.kind === 'summary') return void root.querySelector<HTMLElement>('.asf-error-summary')?.focus();
    if (target.kind === 'section') return void heading()?.focus();
    const field = () =>
      (target.part ? byId(fieldId(idPrefix, target.pointer, target.part)) : null) ??
      byId(fieldId(idPrefix, target.pointer));
    const nearest = () => {
      const tokens = target.pointer.split('/');
      let element: HTMLElement | null = null;
      while (!element && tokens.length > 1) {
        tokens.pop();
        element = byId(fieldId(idPrefix, tokens.join('/')));
      }
      return element ?? heading();
    };
    const now = field();
    if (now) return void now.focus();
    const observer = new MutationObserver(() => {
      const drawn = field();
      if (!drawn) return;
      stop();
      drawn.focus();
    });
    const timer = window.setTimeout(() => {
      stop();
      nearest()?.focus();
    }, FIELD_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [focus, idPrefix]);

  return { rootRef, requestFocus };
}
