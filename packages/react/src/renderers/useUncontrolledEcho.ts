import { useEffect, useRef } from 'react';

/**
 * For inputs the browser keeps the value of (uncontrolled), so a keystroke is painted without
 * React doing any work first, while the answer reaches JSON Forms in a transition. Each value sent is
 * remembered until JSON Forms hands it back, so an older answer arriving late never overwrites what
 * the person has typed since; a value that did not come from the input (the host loaded other data)
 * is written into it with `write`.
 */
export function useUncontrolledEcho(data: unknown, write: (data: unknown) => void): (sent: unknown) => void {
  const pending = useRef<unknown[]>([]);
  const first = useRef(true);
  // `write` reaches the DOM through refs; only a new `data` matters.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const index = pending.current.indexOf(data);
    if (index >= 0) {
      pending.current.splice(0, index + 1);
      return;
    }
    pending.current = [];
    write(data);
  }, [data]);
  return (sent) => {
    pending.current.push(sent);
  };
}
