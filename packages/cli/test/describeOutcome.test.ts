import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../src/commands/migrateCommand';
import { createTerminal } from '../src/terminal/Terminal';

const sink = { write: () => true, isTTY: true };

describe("migrate's report lines", () => {
  it('shows control characters in a file name escaped, so a name cannot drive the terminal', () => {
    const terminal = createTerminal({ stdout: sink, stderr: sink, env: {} });
    const [line] = describeOutcome(
      {
        file: 'plans/\u001b]0;owned\u0007\u001b[2Jplan.json',
        status: 'failed',
        reason: 'not-json',
        message: 'It is not valid JSON (line 1, column 2).',
        applied: [],
        events: [],
        preserved: [],
        incomplete: [],
      },
      terminal,
    );
    expect(line).toContain('plans/\\u001b]0;owned\\u0007\\u001b[2Jplan.json');
    // The only escape sequences left are the report's own colours.
    const colour = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
    expect(line?.replace(colour, '')).not.toMatch(/\p{Cc}/u);
  });
});
