import { describe, expect, it } from 'vitest';
import { explainJsonError } from './explainJsonError';

describe('explainJsonError', () => {
  it.each([
    [
      'Bad control character in string literal in JSON at position 3605 (line 109 column 68)',
      'a piece of text is not closed',
    ],
    ["Expected ',' or '}' after property value in JSON at position 73", 'a comma is missing between two entries'],
    ['Expected double-quoted property name in JSON at position 10', 'often the entry before it ends with a comma'],
    ['Unexpected end of JSON input', 'the file ends too early'],
  ])('explains "%s"', (parser, plain) => {
    const explained = explainJsonError(`This file is not valid JSON (${parser}).`);
    expect(explained).toContain(plain);
    expect(explained).not.toMatch(/position|line \d+/);
  });

  it('keeps a message it does not know, without the character offset, and other reasons as they are', () => {
    expect(explainJsonError('This file is not valid JSON (Something odd in JSON at position 4).')).toBe(
      'This file is not valid JSON (Something odd).',
    );
    expect(explainJsonError('This file is missing.')).toBe('This file is missing.');
  });
});
