/** The `{name}` placeholders of a string, sorted (a placeholder used twice is listed twice). */
export function placeholdersOf(text: string): string[] {
  return (text.match(/\{[^{}\s]+\}/g) ?? []).sort();
}

/** True when two strings hold the same placeholders, each as many times. */
export function samePlaceholders(a: string, b: string): boolean {
  const left = placeholdersOf(a);
  const right = placeholdersOf(b);
  return left.length === right.length && left.every((p, i) => p === right[i]);
}
