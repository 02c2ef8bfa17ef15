// Finds envelope literals in the docs' code blocks (`{ form: 'asp-england', version: '2026.1', ... }`,
// JSON or JavaScript, over several lines) and the version each one states.
import { readFileSync } from 'node:fs';

export interface StatedVersion {
  file: string;
  line: number;
  /** The line the version is on (the envelope may span lines). */
  versionLine: number;
  form: string;
  version: string;
  /** The block says `<!-- snippet: older-version -->`: it shows an older version on purpose. */
  older: boolean;
}

const FORM = /["']?\bform["']?\s*:\s*["']([a-z][a-z-]*)["']/g;
const VERSION = /^[^{}]*?["']?\bversion["']?\s*:\s*["']([^"']*)["']/;
const BEFORE_FORM = /["']?\bversion["']?\s*:\s*["']([^"']*)["'][^{}]*$/;

/** Every `form` + `version` pair stated in one object literal of a fenced block of `file`. */
export function statedVersions(root: string, file: string): StatedVersion[] {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
  const found: StatedVersion[] = [];
  let block: { start: number; older: boolean } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    if (/^\s*```/.test(lines[i] ?? '')) {
      if (block) {
        scan(lines.slice(block.start, i).join('\n'), block.start, block.older);
        block = undefined;
      } else {
        let older = /```\S*\s.*older-version/.test(lines[i] ?? '');
        for (let j = i - 1; j >= 0 && /^\s*<!--\s*snippet:/.test(lines[j] ?? ''); j -= 1) {
          older ||= /<!--\s*snippet:\s*older-version\s*-->/.test(lines[j] ?? '');
        }
        block = { start: i + 1, older };
      }
    }
  }
  function scan(text: string, start: number, older: boolean): void {
    for (const match of text.matchAll(FORM)) {
      const rest = text.slice(match.index + match[0].length);
      const after = VERSION.exec(rest);
      const before = after ? undefined : BEFORE_FORM.exec(text.slice(0, match.index));
      const version = after?.[1] ?? before?.[1];
      if (version === undefined) continue;
      const lineOf = (index: number) => start + 1 + (text.slice(0, index).match(/\n/g)?.length ?? 0);
      const line = lineOf(match.index);
      const versionLine = after ? lineOf(match.index + match[0].length + after[0].length) : lineOf(before?.index ?? 0);
      found.push({ file, line, versionLine, form: match[1] ?? '', version, older });
    }
  }
  return found;
}
