// Edits a policy lead makes by hand to a copy of the forms, as JSON: used by the scripted policy change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli';

type Json = Record<string, unknown>;

/** Reads a JSON file of a form folder. */
export const readForm = (folder: string, file: string): Json =>
  JSON.parse(readFileSync(join(folder, file), 'utf8')) as Json;

/** Changes a JSON file of a form folder in place. */
export function editForm(folder: string, file: string, change: (value: Json) => void): void {
  const value = readForm(folder, file);
  change(value);
  writeFileSync(join(folder, file), `${JSON.stringify(value, null, 2)}\n`);
}

/** The schema node of a data path (`*` for rows). */
export function schemaNode(schema: Json, path: readonly string[]): Json {
  let node = schema;
  for (const token of path) {
    node = (token === '*' ? node.items : (node.properties as Json)[token]) as Json;
    if (!node) throw new Error(`The schema has no ${path.join('/')}`);
  }
  return node;
}

/** Visits every object in a value (UI schema elements, documents). */
export function eachObject(value: unknown, visit: (node: Json, parent: unknown[] | undefined) => void): void {
  const stack: [unknown, unknown[] | undefined][] = [[value, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [unknown, unknown[] | undefined];
    if (Array.isArray(node)) for (const item of node) stack.push([item, node]);
    else if (node && typeof node === 'object') {
      visit(node as Json, parent);
      for (const child of Object.values(node)) stack.push([child, undefined]);
    }
  }
}

/** Runs the CLI in this process and returns its exit code and output. */
export async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    cwd,
    env: { CI: 'true' },
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}
