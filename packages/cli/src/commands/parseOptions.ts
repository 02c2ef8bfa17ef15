import { parseArgs } from 'node:util';
import { UsageError } from './Command';

/** The options a command accepts, as `node:util` parseArgs describes them. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses a command's arguments, turning parseArgs' errors into plain-English usage errors. */
export function parseOptions<T extends OptionSpec>(
  command: string,
  args: string[],
  options: T,
): { values: { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean }; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' }, 'no-color': { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    return parsed as unknown as ReturnType<typeof parseOptions<T>>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    const needsValue = /Option '([^']+)' argument missing/.exec(message)?.[1];
    if (unknown) throw new UsageError(`"${command}" has no option ${unknown}.`);
    if (needsValue) throw new UsageError(`The option ${needsValue.replace(/^-\w, /, '').split(' ')[0]} needs a value.`);
    throw new UsageError(message);
  }
}
