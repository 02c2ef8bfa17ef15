// `pnpm check:forms`: every check a policy lead needs on the forms, at once, with the time it took.
// - `adoption-support lint schemas/forms`: everything lint checks on every form (schema, UI schema,
//   en/cy strings, examples, rule packs and their cases, kept versions and migrations), with its
//   warnings (such as Welsh strings whose English changed since they were translated);
// - the generated registry and types are up to date with the form folders (`pnpm generate:check`).
// Both run side by side; the exit code is 1 when either finds something to act on.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

/** Runs a Node script from the repository root and keeps what it prints. */
const run = (name, args) =>
  new Promise((resolve) => {
    const begun = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) =>
      resolve({ name, code: code ?? 1, output, seconds: (performance.now() - begun) / 1000 }),
    );
  });

const results = await Promise.all([
  run('Form checks (adoption-support lint schemas/forms)', [
    'packages/cli/bin/adoption-support.js',
    'lint',
    'schemas/forms',
  ]),
  run('Generated registry and types (pnpm generate:check)', ['schemas/scripts/generate.mjs', '--check']),
]);

for (const result of results) {
  process.stdout.write(
    `\n${result.name}: ${result.code === 0 ? 'passed' : 'needs attention'} (${result.seconds.toFixed(1)} s)\n`,
  );
  process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
}
const failed = results.filter((r) => r.code !== 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  failed.length === 0
    ? `\nAll form checks passed in ${seconds} s.\n`
    : `\n${failed.length} of ${results.length} checks need attention (${seconds} s): see above.\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
