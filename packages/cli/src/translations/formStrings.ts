import { KitError } from '@adoption-support/core';
import type { LoadedFormFolder } from '@adoption-support/core/node';
import { fieldContext } from '../lint/FieldContext';
import { readTranslationRecord, translationState } from './translationRecord';
import type { TranslationUnit } from './xliff';

/** The language translated into: Welsh, the one language besides English the kit's forms use. */
export const TARGET_LOCALE = 'cy';

/** A form with no Welsh, or no English to translate from. */
export class NoTranslationError extends KitError {
  override name = 'NoTranslationError';
}

/** A string key as a JSON pointer token. */
export const escapeToken = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every English string of a loaded form with its current Welsh and its state, in the order of
 * i18n/en.json, and where each appears (section and field).
 */
export async function formTranslationUnits(loaded: LoadedFormFolder): Promise<TranslationUnit[]> {
  const { definition, folder } = loaded;
  const english = definition.locales.en;
  const locales = Array.isArray(definition.manifest.locales) ? definition.manifest.locales.map(String) : [];
  if (!english) throw new NoTranslationError('The form has no i18n/en.json to translate from.');
  if (!locales.includes(TARGET_LOCALE)) {
    throw new NoTranslationError(
      `The form ${String(definition.manifest.id)} is not in Welsh: form.json does not list "${TARGET_LOCALE}" in "locales".`,
    );
  }
  const welsh: Record<string, unknown> = definition.locales[TARGET_LOCALE] ?? {};
  const recorded = (await readTranslationRecord(folder))[TARGET_LOCALE] ?? {};
  const context = fieldContext(definition);
  return Object.entries(english)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, source]) => {
      const own = Object.hasOwn(welsh, key) ? welsh[key] : undefined;
      const place = context.ofFilePointer('i18n/en.json', `/${escapeToken(key)}`);
      const where = [place.section && `Section "${place.section}"`, place.field && `field "${place.field}"`]
        .filter(Boolean)
        .join(', ');
      return {
        key,
        source,
        ...(typeof own === 'string' && own !== '' ? { target: own } : {}),
        state: translationState(source, own, Object.hasOwn(recorded, key) ? recorded[key] : undefined),
        ...(where ? { context: where } : {}),
      };
    });
}
