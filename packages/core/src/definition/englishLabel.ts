import type { FormDefinitionData } from '@adoption-support/schemas';
import { i18nPrefix } from './schemaFields';

/** The English label of the field at a data path, for messages; undefined if it has none yet. */
export function englishLabel(definition: FormDefinitionData, dataPath: readonly string[]): string | undefined {
  return definition.locales.en?.[`${i18nPrefix(dataPath)}.label`];
}
