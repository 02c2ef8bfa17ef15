import { describe, expect, it } from 'vitest';
import { DefinitionLoadError } from '../errors';
import { lineAndColumn, parseJsonText } from './readJsonFile';

describe('parseJsonText', () => {
  it('names the form, the file and the line:column of a syntax error', () => {
    const text = '{\n  "id": "asp-england",\n  "version": "2025.1"\n  "locales": ["en"]\n}\n';
    try {
      parseJsonText(text, 'asp-england', 'form.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionLoadError);
      const { location } = error as DefinitionLoadError;
      expect(location).toMatchObject({ form: 'asp-england', file: 'form.json', line: 4, column: 3 });
      expect((error as Error).message).toMatch(/^Form "asp-england", form.json:4:3: This file is not valid JSON/);
      expect((error as Error).message).toMatch(/missing comma/);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
