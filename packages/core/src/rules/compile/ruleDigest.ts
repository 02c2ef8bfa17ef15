/**
 * A short fingerprint of what a compiled rule was made from (its logic and message values), so that an
 * engine refuses compiled rules that no longer match the pack they are used with. FNV-1a, 32 bits, over
 * the JSON text: not a security measure, a check that the generated source is up to date.
 */
export function ruleDigest(rule: { logic?: unknown; messageValues?: unknown }): string {
  const text = JSON.stringify([rule.logic ?? null, rule.messageValues ?? null]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
