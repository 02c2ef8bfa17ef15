/** Where a command writes, and how: colour and progress only on an interactive terminal. */
export interface Terminal {
  /** Writes a line to standard output. */
  out(line?: string): void;
  /** Writes a line to standard error. */
  err(line?: string): void;
  /** Shows a passing status line ("Checking asp-england (2 of 5)") on a terminal; nothing otherwise. */
  progress(text: string): void;
  /** Clears the status line. */
  done(): void;
  /** Styles, which are plain text when colour is off. */
  style: Style;
  /** True when output goes to an interactive terminal with colour allowed. */
  interactive: boolean;
}

/** Text styles. Each returns its argument unchanged when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** A writable stream as far as the terminal needs one. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** What decides whether output is interactive. */
export interface TerminalOptions {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** `--no-color` on the command line. */
  noColor?: boolean;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

const colourStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};
const plainStyle: Style = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };

/** True when the environment asks for plain output: CI, NO_COLOR, a dumb terminal, or not a terminal. */
export function wantsPlainOutput(options: TerminalOptions): boolean {
  const { env } = options;
  if (options.noColor) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return true;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return true;
  if (env.TERM === 'dumb') return true;
  return options.stdout.isTTY !== true;
}

/**
 * A terminal for a command: colour and a progress line when a person is watching, plain lines when the
 * output goes to a file, a pipe or CI (or `NO_COLOR` is set).
 */
export function createTerminal(options: TerminalOptions): Terminal {
  const interactive = !wantsPlainOutput(options);
  let statusShown = false;
  const clear = () => {
    if (statusShown) {
      options.stderr.write('\r\u001b[2K');
      statusShown = false;
    }
  };
  return {
    interactive,
    style: interactive ? colourStyle : plainStyle,
    out(line = '') {
      clear();
      options.stdout.write(`${line}\n`);
    },
    err(line = '') {
      clear();
      options.stderr.write(`${line}\n`);
    },
    progress(text) {
      if (!interactive || options.stderr.isTTY !== true) return;
      options.stderr.write(`\r\u001b[2K${colourStyle.dim(text)}`);
      statusShown = true;
    },
    done: clear,
  };
}
