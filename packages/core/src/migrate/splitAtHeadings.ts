/**
 * Splitting text at headings without regular expressions, so the time taken grows in step with the
 * length of the text whatever it holds (a regular expression can backtrack for minutes on an answer
 * of a few hundred spaces).
 */

/** The characters JavaScript's `\s` and `String.prototype.trim` treat as white space. */
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

const isSpace = (code: number) => SPACES.has(code);

/** One code unit in the case a case-insensitive regular expression compares it (no `u` flag). */
function canonical(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x20;
  if (code < 0x80) return code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return folded < 0x80 ? code : folded;
}

/** Headings as canonical code units, for comparing. */
export type PreparedHeadings = readonly number[][];

/** Prepares headings once for {@link splitAtHeadings}. */
export const prepareHeadings = (headings: readonly string[]): PreparedHeadings =>
  headings.map((h) => Array.from({ length: h.length }, (_, i) => canonical(h.charCodeAt(i))));

/** Whether `heading` starts at `at`, then optional spaces and `:`; returns the index after the `:`, or -1. */
function headingEnd(text: string, at: number, heading: readonly number[]): number {
  if (at + heading.length > text.length) return -1;
  for (let i = 0; i < heading.length; i++) {
    if (canonical(text.charCodeAt(at + i)) !== heading[i]) return -1;
  }
  let j = at + heading.length;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 0x3a ? j + 1 : -1;
}

/** The first heading of the list found at or after `from`: where it starts and where its `:` ends. */
function findHeading(
  text: string,
  from: number,
  headings: PreparedHeadings,
): { start: number; end: number } | undefined {
  const firsts = new Set(headings.map((h) => h[0]));
  // Plain ASCII characters that cannot start a heading are skipped without folding their case.
  const asciiStarts = new Uint8Array(128);
  for (let code = 0; code < 128; code++) asciiStarts[code] = firsts.has(canonical(code)) ? 1 : 0;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128 ? asciiStarts[code] === 0 : !firsts.has(canonical(code))) continue;
    for (const heading of headings) {
      const end = headingEnd(text, at, heading);
      if (end >= 0) return { start: at, end };
    }
  }
  return undefined;
}

/**
 * Splits text into parts at their headings, in linear time. `parts` lists each part's headings in the
 * order the parts appear. The first part may start with one of its headings (which is dropped); each
 * later part starts at the first of its headings after the part before. Headings compare without
 * regard to case and are followed by optional spaces and `:`. Every part is trimmed. Returns
 * undefined when a later part's heading is missing.
 */
export function splitAtHeadings(text: string, parts: readonly PreparedHeadings[]): string[] | undefined {
  let position = 0;
  while (position < text.length && isSpace(text.charCodeAt(position))) position++;
  const [first = [], ...later] = parts;
  for (const heading of first) {
    const end = headingEnd(text, position, heading);
    if (end >= 0) {
      position = end;
      break;
    }
  }
  const texts: string[] = [];
  for (const headings of later) {
    const found = findHeading(text, position, headings);
    if (!found) return undefined;
    texts.push(text.slice(position, found.start).trim());
    position = found.end;
  }
  texts.push(text.slice(position).trim());
  return texts;
}
