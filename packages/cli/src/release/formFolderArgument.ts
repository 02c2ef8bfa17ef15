import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../commands/Command';

/**
 * The form folder a command line names: a folder path, or a form id looked up in `schemas/forms/`
 * below the current folder (`release asp-england` from the repository root).
 */
export function formFolderArgument(given: string, cwd: string): string {
  for (const folder of [resolve(cwd, given), resolve(cwd, 'schemas', 'forms', given)]) {
    if (existsSync(join(folder, 'form.json'))) return folder;
  }
  throw new UsageError(
    `${given} is not a form: give a form folder (such as schemas/forms/asp-england) or a form id found in schemas/forms/.`,
  );
}

/**
 * Takes every `--name VALUE` and `--name=VALUE` out of `args` (options that may be given many times)
 * and returns their values in order.
 */
export function takeRepeated(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; ) {
    const arg = args[i] as string;
    if (arg === `--${name}`) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`The option --${name} needs a value.`);
      values.push(value);
      args.splice(i, 2);
    } else if (arg.startsWith(`--${name}=`)) {
      values.push(arg.slice(name.length + 3));
      args.splice(i, 1);
    } else i += 1;
  }
  return values;
}
