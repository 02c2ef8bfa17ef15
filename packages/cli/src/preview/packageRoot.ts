import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the @adoption-support/cli package, whether it runs from dist/ or from source. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === '@adoption-support/cli') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The @adoption-support/cli package folder cannot be found.');
    dir = parent;
  }
}
