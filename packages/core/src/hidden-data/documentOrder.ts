const isIndex = (token: string) => /^(0|[1-9][0-9]*)$/.test(token);

/**
 * Orders two data paths as they occur in a document: a parent before what it holds, and rows of a
 * list by position. Keys of one object are ordered by name, which is enough to keep positions valid
 * when values are taken out last-first and put back first-last.
 */
export function compareDocumentOrder(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (isIndex(x) && isIndex(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** True when `inner` is `outer` or lies inside it. */
export const isWithin = (inner: readonly string[], outer: readonly string[]): boolean =>
  outer.length <= inner.length && outer.every((token, i) => inner[i] === token);
