// Finds the TypeScript and JavaScript code blocks of the docs, with the markers a doc puts on the
// lines just before a block (HTML comments, which a reader never sees):
//   <!-- snippet: fragment -->        not a whole program: neither compiled nor run
//   <!-- snippet: browser -->         compiled but not run (needs a page); tsx blocks never run
//   <!-- snippet: continues -->       the block goes on from the previous block of the same file
//   <!-- snippet: uses a, b -->       names the block uses without declaring; scripts/snippets/givens.ts
//                                     gives them real values
//   <!-- snippet: older-version -->   the block shows a form version older than the current one on
//                                     purpose (it must still be one the form keeps for migrations)
// A fence's info string may say the same: ```ts fragment.
import { readFileSync } from 'node:fs';

export type SnippetLanguage = 'ts' | 'tsx' | 'js' | 'jsx';

export interface Snippet {
  /** The markdown file, relative to the repository root. */
  file: string;
  /** 1-based line of the block's first code line in the file. */
  line: number;
  language: SnippetLanguage;
  code: string;
  fragment: boolean;
  browser: boolean;
  continues: boolean;
  older: boolean;
  uses: string[];
}

const FENCE = /^(\s*)```(ts|tsx|js|jsx)(?:\s+(.*))?$/;
const MARKER = /^\s*<!--\s*snippet:\s*(.*?)\s*-->\s*$/;

/** Every ts/tsx/js/jsx block of one markdown text. */
export function extractSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = FENCE.exec(lines[i] ?? '');
    if (!fence) continue;
    const indent = fence[1]?.length ?? 0;
    const words = (fence[3] ?? '').split(/\s+/).filter(Boolean);
    for (let j = i - 1; j >= 0; j -= 1) {
      const marker = MARKER.exec(lines[j] ?? '');
      if (!marker) break;
      words.push(marker[1] ?? '');
    }
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end += 1;
    const uses = words
      .filter((w) => w.startsWith('uses '))
      .flatMap((w) => w.slice(5).split(','))
      .map((name) => name.trim())
      .filter(Boolean);
    snippets.push({
      file,
      line: i + 2,
      language: fence[2] as SnippetLanguage,
      code: lines
        .slice(i + 1, end)
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n'),
      fragment: words.includes('fragment'),
      browser: words.includes('browser'),
      continues: words.includes('continues'),
      older: words.includes('older-version'),
      uses,
    });
    i = end;
  }
  return snippets;
}

/** The blocks of several files, read from `root`. */
export function readSnippets(root: string, files: string[]): Snippet[] {
  return files.flatMap((file) => extractSnippets(file, readFileSync(`${root}/${file}`, 'utf8')));
}
