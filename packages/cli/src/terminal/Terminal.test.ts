import { describe, expect, it } from 'vitest';
import { createTerminal, type OutputStream } from './Terminal';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s: OutputStream & { text: () => string } = {
    isTTY,
    write: (chunk: string) => chunks.push(chunk),
    text: () => chunks.join(''),
  };
  return s;
}

const ESC = '\u001b[';

describe('createTerminal', () => {
  it('uses colour and a progress line on an interactive terminal', () => {
    const stdout = stream(true);
    const stderr = stream(true);
    const terminal = createTerminal({ stdout, stderr, env: {} });
    terminal.progress('Checking asp-england (1 of 5)…');
    terminal.out(terminal.style.red('problem'));
    expect(terminal.interactive).toBe(true);
    expect(stdout.text()).toBe(`${ESC}31mproblem${ESC}39m\n`);
    // The progress line is drawn, then wiped before the next line is printed.
    expect(stderr.text()).toContain('Checking asp-england (1 of 5)…');
    expect(stderr.text().endsWith(`\r${ESC}2K`)).toBe(true);
  });

  it.each([
    ['in CI', { CI: 'true' }, true],
    ['with NO_COLOR', { NO_COLOR: '1' }, true],
    ['on a dumb terminal', { TERM: 'dumb' }, true],
    ['when output is not a terminal', {}, false],
  ])('prints plain lines and no progress %s', (_, env, tty) => {
    const stdout = stream(tty);
    const stderr = stream(tty);
    const terminal = createTerminal({ stdout, stderr, env });
    terminal.progress('Checking…');
    terminal.out(terminal.style.bold('asp-england'));
    expect(terminal.interactive).toBe(false);
    expect(stdout.text()).toBe('asp-england\n');
    expect(stderr.text()).toBe('');
  });

  it('prints plain lines when asked with --no-color', () => {
    const stdout = stream(true);
    const terminal = createTerminal({ stdout, stderr: stream(true), env: {}, noColor: true });
    terminal.out(terminal.style.green('ok'));
    expect(stdout.text()).toBe('ok\n');
  });
});
