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

/**
 * Moves the focus, after the next render, to the error summary, the section's heading or a field
 * (the nearest field around it that is on screen, the section's heading when none is), within the
 * element given `rootRef`. Each request moves the focus again, even to the same place.
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
    const { target } = focus;
    let element: HTMLElement | null = null;
    if (target.kind === 'summary') element = root.querySelector<HTMLElement>('.asf-error-summary');
    else if (target.kind === 'section') element = root.querySelector<HTMLElement>('.asf-section-heading');
    else {
      element =
        (target.part ? byId(fieldId(idPrefix, target.pointer, target.part)) : null) ??
        byId(fieldId(idPrefix, target.pointer));
      const tokens = target.pointer.split('/');
      while (!element && tokens.length > 1) {
        tokens.pop();
        element = byId(fieldId(idPrefix, tokens.join('/')));
      }
      element ??= root.querySelector<HTMLElement>('.asf-section-heading');
    }
    element?.focus();
  }, [focus, idPrefix]);

  return { rootRef, requestFocus };
}
