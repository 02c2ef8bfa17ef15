import { readFile } from 'node:fs/promises';
import { assertString } from '../definition/jsonInput';
import { DefinitionLoadError, KitInputError } from '../errors';

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  assertString({ function: 'lineAndColumn', argument: 'text' }, text);
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new KitInputError({
      function: 'lineAndColumn',
      argument: 'offset',
      pointer: '',
      problem: 'The offset must be a whole number, 0 or more.',
      fix: 'Pass a character offset into the text.',
    });
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Where V8's JSON.parse message says the syntax error is. */
function syntaxErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAndColumn(text, text.length);
  return undefined;
}

/** Parses JSON text, turning a syntax error into a {@link DefinitionLoadError} with line:column. */
export function parseJsonText(text: string, form: string, file: string): unknown {
  assertString({ function: 'parseJsonText', argument: 'text' }, text, '', 'Pass the text of the file.');
  assertString({ function: 'parseJsonText', argument: 'form' }, form, '', 'Pass the form id.');
  assertString({ function: 'parseJsonText', argument: 'file' }, file, '', 'Pass the file name.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = syntaxErrorPosition(text, message);
    throw new DefinitionLoadError(
      { form, file, ...position },
      `This file is not valid JSON (${message.replace(/^JSON\.parse: /, '')}).`,
      'Look for a missing comma or quote, or a trailing comma, just before that point.',
    );
  }
}

/** Reads and parses a JSON file of a form definition. */
export async function readJsonFile(path: string, form: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DefinitionLoadError(
      { form, file },
      code === 'ENOENT' ? 'This file is missing.' : `This file cannot be read (${code ?? 'unknown error'}).`,
      code === 'ENOENT' ? `Create ${file} in the form folder.` : 'Check the file exists and can be read.',
    );
  }
  return parseJsonText(text, form, file);
}
