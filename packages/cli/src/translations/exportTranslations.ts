import type { LoadedFormFolder } from '@adoption-support/core/node';
import { formTranslationUnits, TARGET_LOCALE } from './formStrings';
import type { TranslationState } from './translationRecord';
import { buildXliff } from './xliff';

/** An exported translation file and how many strings are in each state. */
export interface TranslationExport {
  xliff: string;
  counts: Record<TranslationState, number>;
}

/** The XLIFF 2.0 file a translator works on: every English string, its Welsh and its state. */
export async function exportTranslations(loaded: LoadedFormFolder): Promise<TranslationExport> {
  const units = await formTranslationUnits(loaded);
  const counts: Record<TranslationState, number> = { new: 0, 'english-changed': 0, final: 0 };
  for (const unit of units) counts[unit.state] += 1;
  const xliff = buildXliff({
    srcLang: 'en',
    trgLang: TARGET_LOCALE,
    form: String(loaded.definition.manifest.id),
    units,
  });
  return { xliff, counts };
}
