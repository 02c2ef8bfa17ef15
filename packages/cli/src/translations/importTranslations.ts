import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { didYouMean } from '@adoption-support/core';
import type { LoadedFormFolder } from '@adoption-support/core/node';
import { TARGET_LOCALE } from './formStrings';
import { placeholdersOf, samePlaceholders } from './placeholders';
import { readTranslationRecord, recordOf, setOwn, writeTranslationRecord } from './translationRecord';
import { parseXliff, type TranslationUnit } from './xliff';

/** What importing a translation file did, or why it wrote nothing. */
export interface TranslationImport {
  /** Plain-English reasons the file was refused; empty when it was imported. */
  refused: string[];
  /** Keys whose Welsh changed. */
  changed: string[];
  /** Keys translated from English that has changed since the file was exported. */
  outdated: string[];
  /** How many Welsh strings i18n/cy.json now holds. */
  written: number;
}

const list = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

/** Checks a translated file against the form's English: every key once, each with Welsh and the same placeholders. */
function checkUnits(units: readonly TranslationUnit[], english: Record<string, string>): string[] {
  const refused: string[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (!Object.hasOwn(english, unit.key)) {
      refused.push(
        `The file has the key "${unit.key}", which the form's English (i18n/en.json) does not have.${didYouMean(unit.key, Object.keys(english))}`,
      );
      continue;
    }
    if (seen.has(unit.key)) {
      refused.push(`The key "${unit.key}" is in the file more than once.`);
      continue;
    }
    seen.add(unit.key);
    if (unit.target === undefined || unit.target.trim() === '') {
      refused.push(`The key "${unit.key}" has no Welsh in the file.`);
      continue;
    }
    if (!samePlaceholders(english[unit.key] as string, unit.target)) {
      const expected = placeholdersOf(english[unit.key] as string);
      const found = placeholdersOf(unit.target);
      refused.push(
        `The Welsh of "${unit.key}" has the placeholders ${found.length > 0 ? found.join(' ') : '(none)'}, but the English has ${expected.length > 0 ? expected.join(' ') : 'none'}: keep each {placeholder} exactly as the English writes it.`,
      );
    }
  }
  const inFile = new Set(units.map((u) => u.key));
  const missing = Object.keys(english).filter((key) => !inFile.has(key));
  if (missing.length > 0) {
    refused.push(
      `The file lacks ${missing.length === 1 ? 'the key' : `${missing.length} keys of the form's English:`} ${list(missing.slice(0, 20))}${missing.length > 20 ? ', ...' : ''}. Export the file again with adoption-support translations export and translate that one.`,
    );
  }
  return refused;
}

/**
 * Reads a translated XLIFF file and, when every key of the form's English is there once with Welsh
 * whose placeholders match, writes i18n/cy.json (in the order of i18n/en.json) and records in
 * translations.json which English each string was translated from. Otherwise writes nothing.
 */
export async function importTranslations(loaded: LoadedFormFolder, text: string): Promise<TranslationImport> {
  const none = { changed: [], outdated: [], written: 0 };
  const { definition, folder } = loaded;
  const form = String(definition.manifest.id);
  const file = parseXliff(text);
  if (!file.trgLang.toLowerCase().startsWith(TARGET_LOCALE)) {
    return { refused: [`The file translates into "${file.trgLang}", not Welsh ("${TARGET_LOCALE}").`], ...none };
  }
  if (!file.srcLang.toLowerCase().startsWith('en')) {
    return { refused: [`The file translates from "${file.srcLang}", not English ("en").`], ...none };
  }
  if (file.form !== form) {
    return { refused: [`The file is for the form "${file.form}", not "${form}".`], ...none };
  }
  const english: Record<string, string> = {};
  for (const [key, value] of Object.entries(definition.locales.en ?? {})) {
    if (typeof value === 'string') setOwn(english, key, value);
  }
  const refused = checkUnits(file.units, english);
  if (refused.length > 0) return { refused, ...none };
  const byKey = new Map(file.units.map((u) => [u.key, u]));
  const current: Record<string, unknown> = definition.locales[TARGET_LOCALE] ?? {};
  const welsh: Record<string, string> = {};
  const translatedFrom: Record<string, string> = {};
  const changed: string[] = [];
  const outdated: string[] = [];
  for (const key of Object.keys(english)) {
    const unit = byKey.get(key) as TranslationUnit;
    setOwn(welsh, key, unit.target as string);
    setOwn(translatedFrom, key, recordOf(unit.source, unit.target as string));
    if (!Object.hasOwn(current, key) || current[key] !== unit.target) changed.push(key);
    if (unit.source !== english[key]) outdated.push(key);
  }
  const record = await readTranslationRecord(folder);
  setOwn(record, TARGET_LOCALE, translatedFrom);
  await writeFile(join(folder, 'i18n', `${TARGET_LOCALE}.json`), `${JSON.stringify(welsh, null, 2)}\n`);
  await writeTranslationRecord(folder, record);
  return { refused: [], changed, outdated, written: Object.keys(welsh).length };
}
