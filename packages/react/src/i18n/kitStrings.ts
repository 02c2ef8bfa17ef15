import { fillText, type TextValues } from '@adoption-support/core';

export { fillText, type TextValues };

import type { FormDefinitionData } from '@adoption-support/schemas';
import { chromeStrings, type KitLocale } from './chromeStrings';

/**
 * An agency's label pack: strings by locale that win over the form's own and over the component's
 * screen text, key for key (`document.child.fullName.label`, `kit.action.continue`, ...). The schema
 * is never touched.
 */
export type LabelPack = Partial<Record<KitLocale, Readonly<Record<string, string>>>>;

/** Every string a form needs in one language, with the label pack applied. */
export interface KitStrings {
  readonly locale: KitLocale;
  /** The string for a key, or undefined when no layer has it. */
  get(key: string): string | undefined;
  /** The string for a key with its placeholders filled; the key itself when nothing has it. */
  text(key: string, values?: TextValues): string;
  /** The form's strings with the label pack on top: the overrides `toFieldErrors` takes. */
  readonly overrides: Readonly<Record<string, string>>;
}

/** `en` or `cy` from any locale code; English for anything else. */
export const toKitLocale = (locale: string | undefined): KitLocale => (locale === 'cy' ? 'cy' : 'en');

/**
 * The strings of one form in one language. Each key is looked up in the label pack, then the form's
 * strings in that language, then the component's own screen text, then the form's and the
 * component's English (a key the label pack or the form lacks in that language). The component asks
 * only for a language the form has, or one the agency's label pack supplies.
 */
export function kitStrings(definition: FormDefinitionData, locale: KitLocale, labels?: LabelPack): KitStrings {
  const pack = labels?.[locale] ?? {};
  const own = definition.locales[locale] ?? {};
  const english = definition.locales.en ?? definition.locales[definition.manifest.defaultLocale] ?? {};
  const layers = [pack, own, chromeStrings[locale], english, chromeStrings.en];
  const get = (key: string): string | undefined => {
    for (const layer of layers) {
      const found = Object.hasOwn(layer, key) ? layer[key] : undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return {
    locale,
    get,
    text: (key, values) => fillText(get(key) ?? key, values),
    overrides: { ...english, ...own, ...pack },
  };
}

/**
 * The keys of a form that a label pack leaves unworded in `locale`: those of the form's default-language
 * strings that neither the pack nor the form's own strings in that language give. A pack supplies a
 * language the form lacks (Welsh for an England form) only when this is empty; until then the form is
 * shown wholly in its default language, so no question in one language is ever read out as another.
 */
export function labelPackGaps(
  definition: FormDefinitionData,
  labels: LabelPack | undefined,
  locale: KitLocale,
): string[] {
  const pack = labels?.[locale] ?? {};
  const own = definition.locales[locale] ?? {};
  const base = definition.locales[definition.manifest.defaultLocale] ?? definition.locales.en ?? {};
  return Object.keys(base)
    .filter((key) => !Object.hasOwn(pack, key) && !Object.hasOwn(own, key))
    .sort();
}
