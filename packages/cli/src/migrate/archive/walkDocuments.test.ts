import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocuments, walkDocuments } from './walkDocuments';

function folder(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'adoption-support-walk-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '{}');
  }
  return root;
}

async function walked(root: string, exclude?: string): Promise<string[]> {
  const found: string[] = [];
  for await (const path of walkDocuments(root, exclude)) found.push(relative(root, path));
  return found;
}

describe('walkDocuments', () => {
  it("gives a folder's documents in name order, then each subfolder's, skipping what is not a document", async () => {
    const root = folder([
      'b.json',
      'a.json',
      'notes.txt',
      'z/2.json',
      'z/1.json',
      'm/deeper/x.json',
      'm/y.json',
      '.hidden.json',
      '.git/config.json',
      'node_modules/pkg/package.json',
      'out/a.json',
    ]);
    expect(await walked(root, join(root, 'out'))).toEqual([
      'a.json',
      'b.json',
      'm/y.json',
      'm/deeper/x.json',
      'z/1.json',
      'z/2.json',
    ]);
    expect(await countDocuments(root, join(root, 'out'))).toBe(6);
    expect(await walked(root)).toContain('out/a.json');
  });

  it('gives the one file it is given, and walks folders nested deeper than a recursion would like', async () => {
    const deep = `${Array.from({ length: 400 }, () => 'd').join('/')}/plan.json`;
    const root = folder([deep]);
    expect(await walked(root)).toEqual([deep]);
    const one = join(root, deep);
    const found: string[] = [];
    for await (const path of walkDocuments(one)) found.push(path);
    expect(found).toEqual([one]);
  });

  it('reads each folder only when the walk gets to it', async () => {
    const root = folder(['a.json', 'later/b.json']);
    const walk = walkDocuments(root);
    expect((await walk.next()).value).toBe(join(root, 'a.json'));
    // A document added to a folder not yet reached is still found.
    writeFileSync(join(root, 'later', 'c.json'), '{}');
    const rest: string[] = [];
    for await (const path of walk) rest.push(relative(root, path));
    expect(rest).toEqual(['later/b.json', 'later/c.json']);
  });
});
