// Lays out a throwaway app that installs the packed tarballs the way a portal would: each tarball
// unpacked into node_modules/@adoption-support/<name>, and every other dependency (and peer) the
// packages declare linked from the workspace's own install, so nothing is fetched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Links `name` in the app's node_modules to the copy `fromDir` resolves, once. */
function linkDependency(app, name, fromDir) {
  const target = join(app, 'node_modules', name);
  if (existsSync(target)) return true;
  const source = join(fromDir, 'node_modules', name);
  if (!existsSync(source)) return false;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(realpathSync(source), target, 'dir');
  return true;
}

/**
 * @param {string} app an empty folder
 * @param {{ name: string, path: string, tarball: string }[]} packs the workspace packages and their tarballs
 * @param {{ types: string[], root: string }} extra type packages a TypeScript consumer needs, from the root
 * @returns {string[]} dependencies no workspace package had installed
 */
export function layOutConsumerApp(app, packs, extra) {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const pack of packs) {
    const into = join(app, 'node_modules', pack.name);
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', pack.tarball, '-C', into, '--strip-components=1']);
  }
  const missing = [];
  for (const pack of packs) {
    const manifest = JSON.parse(readFileSync(join(pack.path, 'package.json'), 'utf8'));
    const wanted = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const name of Object.keys(wanted)) {
      if (name.startsWith('@adoption-support/')) continue;
      if (!linkDependency(app, name, pack.path)) missing.push(`${pack.name} -> ${name}`);
    }
    // Type packages the React component's declarations need (@types/react is a peer's types).
    for (const name of ['@types/react', '@types/react-dom']) {
      if (wanted.react) linkDependency(app, name, pack.path);
    }
  }
  for (const name of extra.types) if (!linkDependency(app, name, extra.root)) missing.push(`root -> ${name}`);
  return missing;
}
