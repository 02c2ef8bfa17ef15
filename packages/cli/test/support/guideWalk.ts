// Reads the walkthrough out of the policy leads' guide (docs/policy/README.md), so that a test can run it.
// A step is a fenced block with an HTML comment just before it:
//   <!-- guide: run -->                        a ```sh block of adoption-support commands, run in order
//   <!-- guide: output -->                     a ```text block: what the last command printed
//   <!-- guide: edit FILE -->                  a ```json block merged into FILE (at its top)
//   <!-- guide: edit FILE at /POINTER -->      ... merged into the object at POINTER
//   <!-- guide: edit FILE after SCOPE -->      ... put in the UI schema after the Control of SCOPE
//   <!-- guide: edit FILE after KEY -->        ... put in a strings file right after KEY
//   <!-- guide: file FILE -->                  a ```json block: what FILE (written by a command) holds
//   <!-- guide: translate FILE -->             a ```json block of key → Welsh, written into the XLIFF FILE
//   <!-- guide: replace FILE -->               a ```json block ["old text", "new text"]: a change of FILE's text
//   <!-- guide: copy FROM TO -->               (no block) a file copied, e.g. an example as a saved plan
//   <!-- guide: versions FORM BEFORE AFTER --> (no block) the versions the guide's outputs show
//   <!-- guide: aside -->, <!-- guide: aside end --> (no block) the steps between them show something
//                                              on a fresh copy of the forms, away from the walkthrough
// A step may carry its block in the comment instead, after ` :: ` (for what the guide shows, not asks):
//   <!-- guide: replace schemas/forms/asp-wales/i18n/cy.json :: ["\"child.knownAs", "\"child.knwonAs"] -->
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { run } from '../../src/cli';
import { eachObject } from './policyEdits';

type Json = Record<string, unknown>;

/** One step of the walkthrough, in the guide's order. */
export interface GuideStep {
  kind: 'run' | 'output' | 'edit' | 'translate' | 'file' | 'replace' | 'copy' | 'versions' | 'aside';
  /** What follows the kind in the comment (a file, `at /pointer`, `after scope`, versions). */
  argument: string;
  /** The block's text, without the fence and the indent of a list item. */
  text: string;
  /** The guide's line of the comment, for failure messages. */
  line: number;
}

const MARKER = /^\s*<!-- guide: (run|output|edit|translate|file|replace|copy|versions|aside)\b\s*(.*?)\s*-->\s*$/;

/** The marked steps of a guide, in order. */
export function guideSteps(markdown: string): GuideStep[] {
  const lines = markdown.split('\n');
  const steps: GuideStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i] as string);
    if (!marker) continue;
    const [, kind, given] = marker as unknown as [string, GuideStep['kind'], string];
    const inline = /(?:^|\s)::\s/.exec(given);
    if (kind === 'versions' || kind === 'aside' || kind === 'copy' || inline) {
      const [argument, text] = inline
        ? [given.slice(0, inline.index), given.slice(inline.index + inline[0].length)]
        : [given, ''];
      steps.push({ kind, argument: argument.trim(), text, line: i + 1 });
      continue;
    }
    const argument = given;
    let open = i + 1;
    while (open < lines.length && (lines[open] as string).trim() === '') open++;
    const fence = /^(\s*)```/.exec(lines[open] ?? '');
    if (!fence) throw new Error(`docs/policy/README.md line ${i + 1}: "guide: ${kind}" is not followed by a block`);
    const indent = (fence[1] as string).length;
    const body: string[] = [];
    let close = open + 1;
    for (; close < lines.length && !(lines[close] as string).trim().startsWith('```'); close++) {
      body.push((lines[close] as string).slice(indent));
    }
    steps.push({ kind, argument, text: body.join('\n'), line: i + 1 });
    i = close;
  }
  return steps;
}

/** The arguments of each `adoption-support` (or `pnpm adoption-support`) command of a ```sh block. */
export function guideCommands(block: string): string[][] {
  const commands: string[][] = [];
  for (const line of block.split('\n')) {
    const words = shellWords(line.trim());
    if (words.length === 0 || words[0]?.startsWith('#')) continue;
    if (words[0] === 'pnpm') words.shift();
    if (words.shift() !== 'adoption-support') throw new Error(`Not an adoption-support command: ${line}`);
    commands.push(words);
  }
  return commands;
}

/** Splits a command line into words, with '…' and "…" quoting. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3] ?? '');
  return words;
}

/** A JSON snippet as the guide writes it: a whole object, or some `"key": value` members of one. */
const snippet = (text: string): Json => JSON.parse(text.trim().startsWith('{') ? text : `{${text}}`) as Json;

/** Merges objects into objects, member by member; anything else replaces what was there. */
function merge(into: Json, from: Json): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (isObject(there) && isObject(value)) merge(there, value);
    else Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Makes the edit a `guide: edit` step asks for, in the folder the commands run in. */
export function applyEdit(root: string, argument: string, text: string): void {
  const [file, how, where] = argument.split(/\s+/) as [string, string | undefined, string | undefined];
  const path = join(root, file);
  const value = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const edited =
    how === 'after' && !String(where).startsWith('#') ? afterKey(value, where as string, snippet(text)) : value;
  if (how === 'after' && edited === value) insertAfter(value, where as string, snippet(text));
  else if (how !== 'after') merge(at(value, how === 'at' ? (where as string) : ''), snippet(text));
  writeFileSync(path, `${JSON.stringify(edited, null, 2)}\n`);
}

/** The object at a JSON pointer. */
function at(value: Json, pointer: string): Json {
  let node: unknown = value;
  for (const token of pointer.split('/').slice(1)) node = (node as Json)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!isObject(node)) throw new Error(`Nothing to edit at ${pointer}`);
  return node;
}

/** A strings file with `entries` put right after its key `key`, as a person adds lines in an editor. */
function afterKey(strings: Json, key: string, entries: Json): Json {
  if (!Object.hasOwn(strings, key)) throw new Error(`The file has no key ${key}`);
  const result: Json = {};
  for (const [name, text] of Object.entries(strings)) {
    result[name] = text;
    if (name === key) Object.assign(result, entries);
  }
  return result;
}

/** Puts a UI schema element after the Control of `scope`. */
function insertAfter(ui: Json, scope: string, element: Json): void {
  let done = false;
  eachObject(ui, (node, parent) => {
    if (!done && parent && node.scope === scope) {
      parent.splice(parent.indexOf(node) + 1, 0, element);
      done = true;
    }
  });
  if (!done) throw new Error(`The UI schema has no Control for ${scope}`);
}

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Writes the Welsh of a `guide: translate` step into an XLIFF file, as a translator's tool does. */
export function applyTranslation(root: string, file: string, text: string): void {
  const path = join(root, file);
  let xliff = readFileSync(path, 'utf8');
  for (const [key, welsh] of Object.entries(snippet(text))) {
    const unit = new RegExp(
      `(<unit [^>]*name="${key.replace(/\./g, '\\.')}"[\\s\\S]*?<segment)[^>]*>([\\s\\S]*?</source>)(?:\\s*<target>[\\s\\S]*?</target>)?`,
    );
    if (!unit.test(xliff)) throw new Error(`${file} has no string ${key}`);
    xliff = xliff.replace(
      unit,
      (_all, head: string, source: string) =>
        `${head} state="translated">${source}\n        <target>${xml(String(welsh))}</target>`,
    );
  }
  writeFileSync(path, xliff);
}

/** Makes the change of text a `guide: replace` step asks for. */
export function applyReplace(root: string, file: string, text: string): void {
  const [from, to] = JSON.parse(text) as [string, string];
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(from)) throw new Error(`${file} does not have ${JSON.stringify(from)}`);
  writeFileSync(path, before.replace(from, to));
}

/** Times and rates, which differ from run to run. */
const TIMING = /\b\d+(\.\d+)? (s|documents\/s)\b/g;

/** What a command printed, as the guide shows it: no colour, no temporary folder, no trailing spaces, no timings. */
export function plainOutput(output: string, root: string, versions: [string, string][]): string {
  const shown = new Map(versions);
  const version = new RegExp(
    `(?<![\\d.])(?:${versions.map(([real]) => real.replace('.', '\\.')).join('|')})(?!\\d)`,
    'g',
  );
  return stripVTControlCharacters(output)
    .split(`${root}/`)
    .join('')
    .split(root)
    .join('.')
    .replace(version, (real) => shown.get(real) ?? real)
    .replace(TIMING, 'N $2')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Whether output matches a shown block, where a line `...` stands for any number of lines. */
export function matchesShown(output: string, shown: string): boolean {
  const pattern = shown
    .replace(TIMING, 'N $2')
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '...' ? '(?:[^\\n]*\\n)*?' : `${literal(line.trimEnd())}\\n`))
    .join('');
  return new RegExp(`^${pattern}$`).test(`${output}\n`);
}

/**
 * A shown line as a pattern: its words must match, but any number in it stands for any number, so a
 * policy change that adds strings, lines or forms never makes the guide's figures fail the suite.
 */
const literal = (text: string) =>
  text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\\\.\\\.\\\.$/, '(?:.*)')
    .replace(/\d+/g, '\\d+');

/**
 * Runs a command that keeps running until stopped (`preview`) in this process: waits until its output
 * matches `ready`, stops it as Ctrl+C does and returns what it had printed by then.
 */
export async function cliUntilReady(
  args: string[],
  cwd: string,
  ready: RegExp,
): Promise<{ code: number | undefined; out: string; err: string }> {
  const controller = new AbortController();
  let out = '';
  let err = '';
  let isReady: () => void = () => undefined;
  const readied = new Promise<void>((resolve) => {
    isReady = resolve;
  });
  const ended = run(args, {
    cwd,
    env: { CI: 'true' },
    stdout: {
      write: (s: string) => {
        out += s;
        if (ready.test(out)) isReady();
      },
    },
    stderr: { write: (s: string) => (err += s) },
    signal: controller.signal,
  });
  const code = await Promise.race([readied.then(() => undefined), ended]);
  const printed = { code, out, err };
  controller.abort();
  await ended;
  return printed;
}
