import { opendir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** True for a folder entry the walk skips: hidden files and folders, and `node_modules`. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/** Compares names by their characters' codes: the same order on every machine, whatever its locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `.json` documents under a folder (or the one file given), one at a time, as the caller asks for
 * more: an archive of any size is walked without holding it in memory. Only the names in one folder are
 * held at once; they are taken before any of that folder's documents is given, so writing results in
 * place never makes a document come round twice. Documents come in name order, folder by folder
 * (a folder's documents, then its subfolders), the same on every machine. Hidden entries,
 * `node_modules` and the `exclude` folder (where results are written) are skipped.
 */
export async function* walkDocuments(input: string, exclude?: string): AsyncGenerator<string> {
  if ((await stat(input)).isFile()) {
    yield input;
    return;
  }
  const excluded = (path: string) => exclude !== undefined && (path === exclude || path.startsWith(`${exclude}${sep}`));
  // An explicit stack of folders, not recursion: any depth of subfolders is walked.
  const folders = [input];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const documents: string[] = [];
    const subfolders: string[] = [];
    for await (const entry of await opendir(folder, { bufferSize: 256 })) {
      if (skipped(entry.name) || excluded(join(folder, entry.name))) continue;
      if (entry.isDirectory()) subfolders.push(entry.name);
      else if (entry.name.endsWith('.json')) documents.push(entry.name);
    }
    for (const name of documents.sort(byName)) yield join(folder, name);
    // The stack gives the last pushed first: push in reverse to walk subfolders in name order.
    for (const name of subfolders.sort(byName).reverse()) folders.push(join(folder, name));
  }
}

/** How many documents {@link walkDocuments} gives, counted from the folders without reading a document. */
export async function countDocuments(input: string, exclude?: string): Promise<number> {
  let count = 0;
  for await (const _ of walkDocuments(input, exclude)) count += 1;
  return count;
}
