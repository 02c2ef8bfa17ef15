// Turns the docs' code blocks into modules on disk (one per block, under test-results/, which git
// ignores), with a map from each module line back to the markdown line it came from.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Snippet } from './extractSnippets';

export interface SnippetModule {
  snippet: Snippet;
  /** Absolute path of the generated module. */
  path: string;
  /** For each line of the module (0-based), the markdown file and line, or undefined for glue. */
  origin: ({ file: string; line: number } | undefined)[];
  /** Whether the block runs in Node: not a fragment, not for a browser, not React or the element. */
  runs: boolean;
}

const BROWSER_IMPORT = /from\s+['"]@adoption-support\/(react|element)['"]|\bdocument\./;
const EXTENSION = { ts: 'ts', tsx: 'tsx', js: 'js', jsx: 'jsx' } as const;

/** Writes every non-fragment block as a module in `folder` (emptied first). */
export function writeSnippetModules(snippets: Snippet[], folder: string, givens: string): SnippetModule[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const modules: SnippetModule[] = [];
  const previous = new Map<string, { lines: string[]; origin: SnippetModule['origin']; uses: string[] }>();
  for (const snippet of snippets) {
    if (snippet.fragment) continue;
    const own = snippet.code.split('\n');
    const ownOrigin = own.map((_, i) => ({ file: snippet.file, line: snippet.line + i }));
    const before = snippet.continues ? previous.get(snippet.file) : undefined;
    if (snippet.continues && !before)
      throw new Error(`${snippet.file}:${snippet.line}: "continues" with no block before`);
    const body = [...(before?.lines ?? []), ...own];
    const bodyOrigin = [...(before?.origin ?? []), ...ownOrigin];
    const uses = [...new Set([...(before?.uses ?? []), ...snippet.uses])];
    previous.set(snippet.file, { lines: body, origin: bodyOrigin, uses });
    const name = `${snippet.file.replace(/[^a-zA-Z0-9]+/g, '-')}-L${snippet.line}.${EXTENSION[snippet.language]}`;
    const path = join(folder, name);
    const specifier = relative(folder, givens).replace(/\.ts$/, '');
    const head = uses.length > 0 ? [`import { ${uses.join(', ')} } from '${specifier}';`] : [];
    writeFileSync(path, [...head, ...body, 'export {};', ''].join('\n'));
    const code = body.join('\n');
    modules.push({
      snippet,
      path,
      origin: [...head.map(() => undefined), ...bodyOrigin, undefined],
      runs: !snippet.browser && (snippet.language === 'ts' || snippet.language === 'js') && !BROWSER_IMPORT.test(code),
    });
  }
  return modules;
}

/** `file:line` in the markdown of the line a run failed at (from the error's stack), else of the block. */
export function whereFailed(module: SnippetModule, error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const escaped = module.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = Number(new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack)?.[1] ?? Number.NaN);
  const at = module.origin[line - 1] ?? { file: module.snippet.file, line: module.snippet.line };
  return `${at.file}:${at.line}`;
}
