#!/usr/bin/env node
// Packs every publishable package the way `pnpm publish` would and checks that a portal could install
// and use the tarball: an exports map whose targets are all in the tarball, built JavaScript with
// types, a declared `files` list, and entry points that load in plain Node. Then publint and
// "Are the types wrong?" check each tarball, and an app with the tarballs installed requires every
// entry from CommonJS and compiles against the types with `skipLibCheck: false` (decision 0012).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layOutConsumerApp } from './packs/consumer-app.mjs';

const root = new URL('..', import.meta.url).pathname;
const workspace = JSON.parse(
  execFileSync('pnpm', ['-r', 'ls', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }),
);
const publishable = workspace.filter((p) => p.private !== true && p.name?.startsWith('@adoption-support/'));
const out = mkdtempSync(join(tmpdir(), 'asfk-pack-'));
const failures = [];
const packed = [];
const bin = (name) => join(root, 'node_modules', '.bin', name);
/** Runs a command; on failure, records its output (stdout and stderr) as a problem. */
function check(what, command, args, options = {}) {
  try {
    return execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8', ...options });
  } catch (error) {
    failures.push(`${what}:\n${`${error.stdout ?? ''}${error.stderr ?? error}`.trim()}`);
    return undefined;
  }
}

/** Every file path an exports map points at, for the conditions a consumer would use. */
function exportTargets(exports) {
  const targets = [];
  const walk = (value, condition) => {
    if (typeof value === 'string') {
      if (condition !== '@adoption-support/source') targets.push(value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, key);
    }
  };
  walk(exports);
  return targets;
}

for (const pkg of publishable) {
  const manifest = JSON.parse(readFileSync(join(pkg.path, 'package.json'), 'utf8'));
  const fail = (message) => failures.push(`${pkg.name}: ${message}`);
  if (!manifest.exports) fail('package.json has no "exports" map.');
  if (!Array.isArray(manifest.files)) fail('package.json has no "files" list.');
  const tarball = execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: pkg.path, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  for (const target of exportTargets(manifest.exports ?? {})) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const prefix = path.slice(0, path.indexOf('*'));
      if (![...files].some((f) => f.startsWith(prefix))) fail(`exports "${target}" matches nothing in the tarball.`);
    } else if (!files.has(path)) {
      fail(`exports "${target}", which is not in the tarball (did the build run?).`);
    }
  }
  if (![...files].some((f) => f.endsWith('.d.ts'))) fail('the tarball has no type declarations.');
  if ([...files].some((f) => /\.test\.tsx?$|(^|\/)src\//.test(f))) fail('the tarball ships source or test files.');
  // Load each JavaScript entry in plain Node, as an agency server would (no source condition).
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    if (typeof value !== 'object' || !value.import) continue;
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    try {
      execFileSync('node', ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], {
        cwd: pkg.path,
        stdio: 'pipe',
      });
    } catch (error) {
      fail(`"${specifier}" does not load in Node: ${String(error.stderr ?? error).split('\n')[0]}`);
    }
  }
  // Package hygiene with the ecosystem's tools, on the tarball itself.
  check(`${pkg.name}: publint`, bin('publint'), ['run', tarball, '--pack', 'false', '--strict']);
  // node16 profile: moduleResolution node10 predates exports maps; require() of these ES modules is
  // what Node >= 20.19 does, so "CJS resolves to ESM" is expected (decision 0012).
  const attw = ['--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--no-definitely-typed'];
  check(`${pkg.name}: attw`, bin('attw'), [tarball, ...attw, '--format', 'ascii', '--no-color']);
  packed.push({ name: pkg.name, path: pkg.path, tarball });
  console.log(`${pkg.name}: packed ${files.size} files into ${tarball.split('/').at(-1)}, publint and attw run`);
}

// A portal's app with every tarball installed: CommonJS require() and TypeScript with full lib checks.
const app = mkdtempSync(join(tmpdir(), 'asfk-consumer-'));
const consumer = join(root, 'scripts', 'packs', 'consumer');
const missing = layOutConsumerApp(app, packed, { types: ['@types/node'], root });
for (const m of missing) failures.push(`consumer app: dependency not installed in the workspace: ${m}`);
for (const file of ['require-every-entry.cjs', 'every-entry.ts', 'react-entry.ts']) {
  copyFileSync(join(consumer, file), join(app, file));
}
const cjs = check('CommonJS consumer', 'node', ['require-every-entry.cjs'], { cwd: app });
if (cjs) console.log(cjs.trim());
const resolutions = { node16: ['every-entry.ts'], bundler: ['every-entry.ts', 'react-entry.ts'] };
for (const [resolution, files] of Object.entries(resolutions)) {
  const compilerOptions = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: resolution === 'node16' ? 'node16' : 'esnext',
    moduleResolution: resolution,
    jsx: 'react-jsx',
    types: ['node'],
  };
  writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files }));
  const ok = check(`TypeScript consumer (${resolution})`, bin('tsc'), ['-p', `tsconfig.${resolution}.json`], {
    cwd: app,
  });
  if (ok !== undefined)
    console.log(`TypeScript consumer (moduleResolution ${resolution}, skipLibCheck false): compiles`);
}
rmSync(app, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`\n${failures.length} packaging problem(s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`All ${publishable.length} packages pack and load.`);
