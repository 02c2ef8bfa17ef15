import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isJsonObject } from '../definition';

/** The file beside form.json that records, per language and key, which English each translation is of. */
export const RECORD_FILE = 'translations.json';

/**
 * Per language (`cy`), per key: `<english>:<translation>`, the fingerprints of the English a translation
 * was made from and of the translation as it was recorded.
 */
export type TranslationRecord = Record<string, Record<string, string>>;

/** A short fingerprint of a string (the first 16 hex digits of its SHA-256). */
export const fingerprint = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

/** What translations.json records for one string: the English it was translated from, and the translation. */
export const recordOf = (english: string, translated: string): string =>
  `${fingerprint(english)}:${fingerprint(translated)}`;

/** Sets an own property, even one named `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads a form folder's translations.json; an absent or unreadable file records nothing. */
export async function readTranslationRecord(folder: string): Promise<TranslationRecord> {
  const path = join(folder, RECORD_FILE);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return {};
  }
  const record: TranslationRecord = {};
  if (!isJsonObject(parsed)) return record;
  for (const [locale, keys] of Object.entries(parsed)) {
    if (!isJsonObject(keys)) continue;
    const own: Record<string, string> = {};
    for (const [key, value] of Object.entries(keys)) if (typeof value === 'string') setOwn(own, key, value);
    setOwn(record, locale, own);
  }
  return record;
}

/** Writes translations.json (keys in the order given), two-space indented as the form's other files. */
export async function writeTranslationRecord(folder: string, record: TranslationRecord): Promise<void> {
  await writeFile(join(folder, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** How a translated string stands against the current English. */
export type TranslationState = 'new' | 'english-changed' | 'final';

/**
 * `new` when there is no translation; `english-changed` when the record says it was made from other
 * English and the translation is still the one recorded (a translation edited since is taken as
 * revised for the new English); `final` otherwise, including a translation with no record.
 */
export function translationState(english: string, translated: unknown, recorded: string | undefined): TranslationState {
  if (typeof translated !== 'string' || translated.trim() === '') return 'new';
  if (recorded === undefined) return 'final';
  const [from, as] = recorded.split(':');
  if (from === fingerprint(english)) return 'final';
  return as === undefined || as === fingerprint(translated) ? 'english-changed' : 'final';
}
