import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './packageRoot';

/** Where the preview page's script is, and how to get it. */
export interface PreviewAssets {
  /** The built page script (`app.js`). */
  script: string;
  /**
   * Builds the script when it is missing or older than its source. Only possible inside the kit's own
   * repository, where the page's source and Vite are present; an installed package ships it built.
   */
  ensureBuilt(onBuild: () => void): Promise<void>;
}

const newestChange = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);

/** The preview page's assets for this installation of the CLI. */
export function previewAssets(): PreviewAssets {
  const root = packageRoot();
  const script = join(root, 'dist', 'preview', 'app.js');
  const source = join(root, 'preview-app');
  // The page bundles the kit's form component from its source: a change there rebuilds it too.
  const sources = [source, join(root, '..', 'react', 'src')].filter((dir) => existsSync(dir));
  let building: Promise<void> | undefined;
  return {
    script,
    ensureBuilt(onBuild) {
      if (!existsSync(source)) return Promise.resolve();
      const stale = !existsSync(script) || statSync(script).mtimeMs < Math.max(...sources.map(newestChange));
      if (!stale) return Promise.resolve();
      building ??= (async () => {
        onBuild();
        const { build } = await import('vite');
        await build({ configFile: join(root, 'vite.preview.config.ts'), logLevel: 'error' });
      })().finally(() => {
        building = undefined;
      });
      return building;
    },
  };
}
