import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `adoption-support` launcher, as a person (or CI) runs it. */
export const BIN = fileURLToPath(new URL('../../bin/adoption-support.js', import.meta.url));

/** What a run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a run: plain output, as in CI, and none of pnpm's variables. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', ...extra };
  return env;
}

/** Runs `adoption-support ...args` as a separate Node process and waits for it to end. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: cliEnv(options.env), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Starts `adoption-support ...args` and leaves it running (for `preview`). */
export function startCli(args: readonly string[], options: { cwd: string }) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: cliEnv(), stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return {
    child,
    output: () => ({ stdout, stderr }),
    exited,
    /** Waits until standard output matches. */
    async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
      const started = Date.now();
      for (;;) {
        const match = pattern.exec(stdout);
        if (match) return match;
        if (Date.now() - started > timeoutMs) {
          throw new Error(`Timed out waiting for ${pattern}. stdout: ${stdout} stderr: ${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
