import { KitError } from '@adoption-support/core';
import type { Terminal } from '../terminal/Terminal';

/** Exit codes shared by every command. */
export const EXIT = {
  /** Everything went as asked: no problems, nothing breaking, every document migrated cleanly. */
  ok: 0,
  /** The command ran and found something to act on: problems, breaking changes, answers set aside. */
  found: 1,
  /** The command could not run: a mistake on the command line, or a folder or file it cannot read. */
  usage: 2,
  /** `migrate` only: some documents could not be migrated at all and were left as they were. */
  notMigrated: 3,
} as const;

/** What a command runs with. */
export interface CommandContext {
  terminal: Terminal;
  /** The folder paths on the command line are relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when the person presses Ctrl+C (long-running commands stop cleanly). */
  signal: AbortSignal;
}

/** One `adoption-support` command. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text, in plain English. */
  help: string;
  /** Runs the command and returns its exit code. */
  run(args: string[], context: CommandContext): Promise<number>;
}

/** A mistake on the command line: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends KitError {
  override name = 'UsageError';
}
