import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startPreview } from '../preview/startPreview';
import { type Command, EXIT, UsageError } from './Command';
import { parseOptions } from './parseOptions';

const DEFAULT_PORT = 4173;

const help = `Usage: adoption-support preview FOLDER [--port PORT]

Shows the form in FOLDER in your web browser, as people filling it in will see it, with its
examples and every language it has. Leave it running while you edit: each time you save a file in
the folder, the page updates by itself. If the form is broken, the page lists the problems (the same
ones adoption-support lint prints) instead of going blank.

The preview runs only on this computer (http://127.0.0.1:${DEFAULT_PORT}/) and makes no network calls.
Stop it with Ctrl+C.

Options:
  --port PORT   the port to use (default ${DEFAULT_PORT}; 0 picks a free one)
  --no-color    plain output even on a terminal (also: NO_COLOR=1, or CI=true)
  -h, --help    show this help

Exit codes:
  0  stopped with Ctrl+C
  2  FOLDER is not a form folder, the port is in use, or the command line is wrong

Example:
  adoption-support preview schemas/forms/asp-england`;

/** `adoption-support preview`: the form in the browser, redrawn on every save. */
export const previewCommand: Command = {
  name: 'preview',
  summary: 'show a form in the browser, updating as you edit it',
  help,
  async run(args, { terminal, cwd, signal }) {
    const { values, positionals } = parseOptions('preview', args, { port: { type: 'string' } });
    if (positionals.length !== 1)
      throw new UsageError('Give one form folder, e.g. adoption-support preview schemas/forms/asp-england.');
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port "${values.port}" is not a port number.`);
    const folder = resolve(cwd, positionals[0] as string);
    if (!existsSync(join(folder, 'form.json'))) {
      terminal.err(`${positionals[0]} is not a form folder (it has no form.json).`);
      return EXIT.usage;
    }
    let server: Awaited<ReturnType<typeof startPreview>>;
    try {
      server = await startPreview({
        folder,
        port,
        onBuild: () => terminal.err('Preparing the preview page (the first time only; it takes a few seconds)…'),
        onReload: (state) =>
          terminal.out(
            `${new Date().toLocaleTimeString('en-GB')} Reloaded: ${state.problems.length === 0 ? 'no problems' : `${state.problems.length} problem${state.problems.length === 1 ? '' : 's'}`}.`,
          ),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        terminal.err(`Port ${port} is in use (is a preview already running?). Try --port ${port + 1}.`);
        return EXIT.usage;
      }
      throw error;
    }
    const problems = server.state().problems.length;
    terminal.out(`Previewing ${positionals[0]} at ${terminal.style.bold(server.url)}`);
    terminal.out(
      `${problems === 0 ? 'No problems.' : `${problems} problem${problems === 1 ? '' : 's'}: run adoption-support lint for details.`} Open the address in your browser; press Ctrl+C to stop.`,
    );
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await server.close();
    terminal.out('Preview stopped.');
    return EXIT.ok;
  },
};
