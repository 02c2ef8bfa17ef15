import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture folder. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** One change a mistake makes (see test/fixtures/README.md). */
type Change =
  | { set: string; file: string; value: unknown }
  | { remove: string; file: string }
  | { copy: string; to: string }
  | { write: string; value: unknown }
  | { replaceText: string; file: string; with: string };

/** A mistake fixture: a description and the changes that make it. */
export interface Mistake {
  description: string;
  changes: Change[];
}

const tokens = (pointer: string) =>
  pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

function edit(path: string, pointer: string, apply: (parent: Record<string, unknown>, key: string) => void) {
  const document = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const path_ = tokens(pointer);
  let parent: Record<string, unknown> = document;
  for (const token of path_.slice(0, -1)) parent = parent[token] as Record<string, unknown>;
  apply(parent, path_.at(-1) as string);
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
}

/** Copies a fixture form into a fresh temporary folder; returns the form folder's path. */
export function copyForm(form = 'asp-review-wales'): string {
  const root = mkdtempSync(join(tmpdir(), 'adoption-support-cli-'));
  const folder = join(root, form);
  cpSync(join(FIXTURES, 'forms', form), folder, { recursive: true });
  return folder;
}

/** Reads a mistake fixture by name. */
export const readMistake = (name: string): Mistake =>
  JSON.parse(readFileSync(join(FIXTURES, 'mistakes', `${name}.json`), 'utf8')) as Mistake;

/** A fresh copy of the fixture form with one mistake made in it; returns the form folder's path. */
export function formWithMistake(name: string): string {
  const folder = copyForm();
  for (const change of readMistake(name).changes) {
    if ('set' in change) {
      edit(join(folder, change.file), change.set, (parent, key) => {
        parent[key] = change.value;
      });
    } else if ('remove' in change) {
      edit(join(folder, change.file), change.remove, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
    } else if ('copy' in change) {
      mkdirSync(dirname(join(folder, change.to)), { recursive: true });
      cpSync(join(folder, change.copy), join(folder, change.to));
    } else if ('write' in change) {
      mkdirSync(dirname(join(folder, change.write)), { recursive: true });
      writeFileSync(join(folder, change.write), `${JSON.stringify(change.value, null, 2)}\n`);
    } else {
      const path = join(folder, change.file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(change.replaceText)) throw new Error(`The fixture text to replace is not in ${change.file}.`);
      writeFileSync(path, text.replace(change.replaceText, change.with));
    }
  }
  return folder;
}

/** The 1-based line and column where `needle` first appears in a file (to check reported positions). */
export function lineColumnOf(path: string, needle: string): { line: number; column: number } {
  const text = readFileSync(path, 'utf8');
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in ${path}.`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
