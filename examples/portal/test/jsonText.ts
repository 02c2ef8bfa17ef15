/** A piece of JSON text already written, on the work stack of {@link jsonText}. */
class Raw {
  constructor(readonly text: string) {}
}

/**
 * `JSON.stringify` without recursion, so a test can send a 10,000-level value as a request body
 * (`JSON.stringify` itself runs out of stack on one).
 */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Raw) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      out.push('[');
      stack.push(new Raw(']'));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i] === undefined ? null : item[i]);
        if (i > 0) stack.push(new Raw(','));
      }
    } else if (typeof item === 'object' && item !== null) {
      out.push('{');
      stack.push(new Raw('}'));
      const entries = Object.entries(item).filter(([, v]) => v !== undefined);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        stack.push(v);
        stack.push(new Raw(`${JSON.stringify(key)}:`));
        if (i > 0) stack.push(new Raw(','));
      }
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  }
  return out.join('');
}
