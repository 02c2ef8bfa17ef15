import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_DATA_DEPTH } from '@adoption-support/core';

/** The largest document file read: far larger than any saved plan, small enough to never exhaust memory. */
export const MAX_DOCUMENT_BYTES = 64 * 2 ** 20;

/**
 * The deepest nesting accepted in a document file: the deepest data the migrations accept
 * (`MAX_DATA_DEPTH`), in its envelope, with room for answers set aside in `preserved`. Far deeper
 * than any form; shallow enough to read and write without running out of stack.
 */
export const MAX_DOCUMENT_DEPTH = MAX_DATA_DEPTH + 3;

/** True when a JSON value nests deeper than `limit` objects and arrays. Walks with a stack, not recursion. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [current, depth] = item;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Writes a file so that a reader never sees half of it: the text goes to a temporary file beside it,
 * which is then renamed over the file. If the write fails, the temporary file is removed and the file
 * is as it was. Folders are made as needed; `made` remembers those made already (an archive's thousands
 * of documents share a few folders).
 */
export async function writeAtomically(path: string, text: string, made = new Set<string>()): Promise<void> {
  const folder = dirname(path);
  if (!made.has(folder)) {
    await mkdir(folder, { recursive: true });
    made.add(folder);
  }
  const temporary = `${path}.${randomUUID()}.migrating`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Why a document file was not read. */
export class UnreadableDocument extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Reads a document file as text; a file larger than {@link MAX_DOCUMENT_BYTES} is refused before it is
 * read, with the code `TOO_LARGE`.
 */
export async function readDocumentText(path: string): Promise<string> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw new UnreadableDocument((error as NodeJS.ErrnoException).code ?? 'unknown error');
  }
  try {
    if ((await file.stat()).size > MAX_DOCUMENT_BYTES) throw new UnreadableDocument('TOO_LARGE');
    return await file.readFile('utf8');
  } catch (error) {
    if (error instanceof UnreadableDocument) throw error;
    throw new UnreadableDocument((error as NodeJS.ErrnoException).code ?? 'unknown error');
  } finally {
    await file.close();
  }
}
