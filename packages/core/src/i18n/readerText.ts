import { setOwn } from '../definition/jsonInput';
import { KitInputError } from '../errors';

/** The languages the kit writes for readers: English, and Welsh where the form is Welsh. */
export type ReaderLocale = 'en' | 'cy';

/** `en` or `cy` from any locale code; English for anything else. */
export const toReaderLocale = (locale: unknown): ReaderLocale => (locale === 'cy' ? 'cy' : 'en');

/** Month names for dates written out in full ("2 February 2027"), without relying on a runtime's locale data. */
export const MONTH_NAMES: Readonly<Record<ReaderLocale, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const refuse = (fn: string, argument: string, problem: string, fix: string): never => {
  throw new KitInputError({ function: fn, argument, pointer: '', problem, fix });
};

function needText(fn: string, argument: string, value: unknown): string {
  return typeof value === 'string' ? value : refuse(fn, argument, `Expected text, got ${typeof value}.`, 'Pass text.');
}

function needLocale(fn: string, value: unknown): ReaderLocale {
  return value === 'en' || value === 'cy'
    ? value
    : refuse(fn, 'locale', 'The locale must be "en" or "cy".', 'Pass "en" or "cy".');
}

function needValues(fn: string, value: unknown): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(
      fn,
      'values',
      'The values must be an object of named values.',
      'Pass e.g. { label: "Date of birth" }.',
    );
  }
  return value as Record<string, unknown>;
}

/** Writes an ISO calendar date out in full ("2 February 2027", "2 Chwefror 2027"); other text is returned as it is. */
export function formatDate(value: string, locale: ReaderLocale): string {
  needLocale('formatDate', locale);
  const match = ISO_DATE.exec(needText('formatDate', 'value', value));
  if (!match) return value;
  const [, year, month, day] = match;
  const name = MONTH_NAMES[locale][Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : value;
}

/** Lower-cases a label's first letter for use mid-sentence, unless it starts an acronym or a name. */
export function inSentence(label: string): string {
  needText('inSentence', 'label', label);
  return /^[A-Z][a-z]/.test(label) && !/^[A-Z][a-z]+'s\b/.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** Values filled into `{name}` placeholders. */
export type TextValues = Readonly<Record<string, string | number>>;

/** Placeholders that hold a field's label: written as in a sentence, or with a capital when spelt so. */
const LABEL_PLACEHOLDERS = new Set(['label', 'row']);

/**
 * Fills `{name}` placeholders with `values`. A label placeholder (`{label}`, `{row}`) is written as
 * in a sentence ("Enter the child's legal name"); spelt with a capital (`{Label}`, `{Row}`) it starts
 * with a capital. Any other value goes in as it is; a placeholder without a value stays as written.
 */
export function fillText(template: string, values: TextValues = {}): string {
  const given = needValues('fillText', values);
  /** A value as text: only text and numbers are written into a sentence. */
  const textOf = (name: string): string | undefined => {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined || typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return refuse('fillText', 'values', `The value "${name}" is not text or a number.`, 'Pass text or numbers only.');
  };
  return needText('fillText', 'template', template).replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (!LABEL_PLACEHOLDERS.has(lower)) return textOf(name) ?? whole;
    const text = textOf(lower);
    if (text === undefined) return whole;
    return name === lower ? inSentence(text) : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

const YES_NO: Readonly<Record<ReaderLocale, readonly [string, string]>> = { en: ['Yes', 'No'], cy: ['Ie', 'Na'] };

/**
 * A rule message's values as a reader sees them: dates written out, yes or no in words, numbers as
 * they are. Lists and objects are left out: a message never prints a structure at a reader.
 */
export function readerValues(values: Readonly<Record<string, unknown>> | undefined, locale: ReaderLocale): TextValues {
  needLocale('readerValues', locale);
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(needValues('readerValues', values))) {
    const text =
      typeof value === 'string'
        ? formatDate(value, locale)
        : typeof value === 'boolean'
          ? YES_NO[locale][value ? 0 : 1]
          : value;
    // An own key named __proto__ stays an own value, never the result's prototype.
    if (typeof text === 'number' || typeof text === 'string') setOwn(out, name, text);
  }
  return out;
}
