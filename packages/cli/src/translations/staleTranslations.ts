import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LoadedFormFolder } from '@adoption-support/core/node';
import { jsonPositions, positionOf, type ValuePosition } from '../json/jsonPositions';
import { fieldContext } from '../lint/FieldContext';
import type { LintProblem } from '../lint/LintProblem';
import { escapeToken, TARGET_LOCALE } from './formStrings';
import { readTranslationRecord, translationState } from './translationRecord';

/**
 * Welsh strings whose English changed after they were translated (translations.json records which
 * English each was translated from). Warnings: the form still works, but the Welsh may say something else.
 */
export async function staleTranslations(loaded: LoadedFormFolder, cwd: string): Promise<LintProblem[]> {
  const { definition, folder } = loaded;
  const english = definition.locales.en;
  const welsh = definition.locales[TARGET_LOCALE];
  if (!english || !welsh) return [];
  const recorded = (await readTranslationRecord(folder))[TARGET_LOCALE] ?? {};
  const command = `adoption-support translations export ${relative(cwd, folder) || '.'}`;
  const file = `i18n/${TARGET_LOCALE}.json`;
  let positions: Map<string, ValuePosition> | undefined;
  try {
    positions = jsonPositions(await readFile(join(folder, file), 'utf8'));
  } catch {
    positions = undefined; // the locale checks say why the file cannot be read
  }
  const context = fieldContext(definition);
  const warnings: LintProblem[] = [];
  for (const [key, source] of Object.entries(english)) {
    if (typeof source !== 'string' || !Object.hasOwn(recorded, key) || !Object.hasOwn(welsh, key)) continue;
    if (translationState(source, welsh[key], recorded[key]) !== 'english-changed') continue;
    const pointer = `/${escapeToken(key)}`;
    const place = context.ofFilePointer(file, pointer);
    const position = positions ? positionOf(positions, pointer)?.position : undefined;
    warnings.push({
      check: 'translations',
      form: String(definition.manifest.id),
      file,
      pointer,
      ...(position ? { line: position.line, column: position.column } : {}),
      ...(place.section ? { section: place.section } : {}),
      ...(place.field ? { field: place.field } : {}),
      message: `The English of "${key}" changed after this Welsh was translated, so the Welsh may no longer say the same.`,
      fix: `Have it translated again: ${command} marks it for the translator; import their file with adoption-support translations import.`,
    });
  }
  return warnings;
}
