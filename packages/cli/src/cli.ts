import { readFileSync } from 'node:fs';
import { didYouMean, KitError, KitInputError } from '@adoption-support/core';
import { type Command, type CommandContext, EXIT, UsageError } from './commands/Command';
import { diffCommand } from './commands/diffCommand';
import { lintCommand } from './commands/lintCommand';
import { migrateCommand } from './commands/migrateCommand';
import { previewCommand } from './commands/previewCommand';
import { releaseCommand } from './commands/releaseCommand';
import { renameCommand } from './commands/renameCommand';
import { translationsCommand } from './commands/translationsCommand';
import { typesCommand } from './commands/typesCommand';
import { createTerminal, type OutputStream } from './terminal/Terminal';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  lintCommand,
  diffCommand,
  releaseCommand,
  renameCommand,
  migrateCommand,
  previewCommand,
  typesCommand,
  translationsCommand,
];

const version = (): string => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
};

const overview = () => `Usage: adoption-support COMMAND [options]

The Adoption Support Forms Kit's tool for policy leads: check a form after you edit it, see what
changed between two versions, carry saved plans across to a new version, and preview the form.

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Run adoption-support COMMAND --help for what a command does, its options and its exit codes.

Options:
  --no-color    Plain output even on a terminal (also: NO_COLOR=1, or CI=true).
  -v, --version Show the version.
  -h, --help    Show this help.

Exit codes (every command):
  0  all is well
  1  the command found something to act on (see each command's help)
  2  the command line is wrong, or a folder or file cannot be read
  3  migrate only: some documents could not be migrated and were left as they were`;

/** Where `run` reads and writes: the process, or a test's stand-ins. */
export interface RunOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
  signal?: AbortSignal;
}

/** Runs `adoption-support` with the given arguments and returns the exit code. */
export async function run(argv: readonly string[], options: RunOptions): Promise<number> {
  checkRunArguments(argv, options);
  const args = [...argv];
  const noColor = args.includes('--no-color');
  const terminal = createTerminal({ stdout: options.stdout, stderr: options.stderr, env: options.env, noColor });
  const first = args[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? commands.find((c) => c.name === args[1]) : undefined;
    terminal.out(topic ? topic.help : overview());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    terminal.out(version());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    const names = commands.map((c) => c.name);
    terminal.err(
      `"${first}" is not an adoption-support command.${didYouMean(first, names)} The commands are: ${names.join(', ')}.`,
    );
    terminal.err('Run adoption-support --help to see what each one does.');
    return EXIT.usage;
  }
  const rest = args.slice(1);
  if (rest.includes('--help') || rest.includes('-h')) {
    terminal.out(command.help);
    return EXIT.ok;
  }
  const context: CommandContext = {
    terminal,
    cwd: options.cwd,
    env: options.env,
    signal: options.signal ?? new AbortController().signal,
  };
  try {
    return await command.run(rest, context);
  } catch (error) {
    terminal.done();
    if (error instanceof UsageError) {
      terminal.err(error.message);
      terminal.err(`Run adoption-support ${command.name} --help for how to use it.`);
      return EXIT.usage;
    }
    if (error instanceof KitError) {
      // A file or value the kit refused (a definition it cannot load, a bad document): its message says where and what to do.
      terminal.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `run` is called by code: arguments of the wrong kind are the caller's mistake, said plainly. */
function checkRunArguments(argv: unknown, options: unknown): void {
  const refuse = (argument: string, pointer: string, problem: string, fix: string): never => {
    throw new KitInputError({ function: 'run', argument, pointer, problem, fix });
  };
  if (!Array.isArray(argv))
    refuse('argv', '', 'The arguments must be a list of text.', 'Pass e.g. ["lint", "schemas/forms"].');
  (argv as unknown[]).forEach((arg, i) => {
    if (typeof arg !== 'string')
      refuse('argv', `/${i}`, 'Each argument must be text.', 'Pass every argument as a string.');
  });
  if (!isObject(options)) refuse('options', '', 'The options must be an object.', 'Pass { cwd, env, stdout, stderr }.');
  const { cwd, env, stdout, stderr } = options as Record<string, unknown>;
  if (typeof cwd !== 'string') refuse('options', '/cwd', 'The working folder must be a path.', 'Pass cwd as text.');
  if (!isObject(env)) refuse('options', '/env', 'The environment must be an object.', 'Pass process.env or {}.');
  for (const [name, stream] of [
    ['stdout', stdout],
    ['stderr', stderr],
  ] as const) {
    if (!isObject(stream) || typeof stream.write !== 'function') {
      refuse('options', `/${name}`, `${name} must be a stream with write().`, `Pass process.${name} or a writable.`);
    }
  }
}

/** Runs the command line of this process and exits with its code. */
export async function runFromProcess(): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    process.exitCode = await run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      signal: controller.signal,
    });
  } catch (error) {
    process.stderr.write(
      `adoption-support stopped on an unexpected error. Please report it with the command you ran.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  }
}
