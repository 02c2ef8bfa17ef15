/** One of the three boxes of a date input. */
export type DatePart = 'day' | 'month' | 'year';

/** What a person typed into a date input's three boxes, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What is wrong with a date input: the message key (in the component's strings) and the boxes at fault. */
export interface DateProblem {
  key: string;
  parts: DatePart[];
}

const EMPTY: DateParts = { day: '', month: '', year: '' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const clean = (part: string) => part.replace(/[\s-]/g, '');

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The boxes of a stored date. A complete date is stored as ISO `YYYY-MM-DD`; an unfinished or
 * impossible one is stored as the boxes joined with `-` in the order year, month, day, so what was
 * typed survives a change of section, a save and a reload. Text in any other shape goes into the
 * year box, where the person can see and correct it.
 */
export function partsFromValue(value: unknown): DateParts {
  if (typeof value !== 'string' || value === '') return { ...EMPTY };
  const pieces = value.split('-');
  if (pieces.length !== 3) return { ...EMPTY, year: value };
  const [year = '', month = '', day = ''] = pieces;
  return { day, month, year };
}

/** Whether the boxes hold a real calendar date with a four-digit year. */
export function isRealDate(parts: DateParts): boolean {
  return dateProblem(parts) === undefined && parts.day !== '';
}

/**
 * The value to store for what is in the boxes: nothing when all three are empty, an ISO date when
 * they make a real date, and otherwise the boxes as typed (which the schema's date format rejects,
 * so the form cannot be submitted with it and nothing typed is silently lost).
 */
export function valueFromParts(parts: DateParts): string | undefined {
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (day === '' && month === '' && year === '') return undefined;
  const tidy = { day, month, year };
  if (isRealDate(tidy)) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `${year}-${month}-${day}`;
}

const MISSING_KEYS: Record<string, string> = {
  day: 'kit.date.missing.day',
  month: 'kit.date.missing.month',
  year: 'kit.date.missing.year',
  'day,month': 'kit.date.missing.dayMonth',
  'day,year': 'kit.date.missing.dayYear',
  'month,year': 'kit.date.missing.monthYear',
};

/**
 * What is wrong with the boxes, the GOV.UK way: name the missing boxes ("must include a month"),
 * then a year without four digits, then an impossible day or month ("must be a real date"). Returns
 * undefined for a real date and for three empty boxes (whether an answer is needed is the schema's
 * and the rules' business).
 */
export function dateProblem(input: DateParts): DateProblem | undefined {
  const parts: DateParts = { day: clean(input.day), month: clean(input.month), year: clean(input.year) };
  const order: DatePart[] = ['day', 'month', 'year'];
  const missing = order.filter((p) => parts[p] === '');
  if (missing.length === 3) return undefined;
  if (missing.length > 0) return { key: MISSING_KEYS[missing.join(',')] ?? 'kit.date.notReal', parts: missing };
  const notNumbers = order.filter((p) => !/^\d+$/.test(parts[p]));
  if (notNumbers.length > 0) return { key: 'kit.date.notReal', parts: notNumbers };
  if (parts.year.length !== 4) return { key: 'kit.date.yearDigits', parts: ['year'] };
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (month < 1 || month > 12) return { key: 'kit.date.notReal', parts: ['month'] };
  if (day < 1 || day > daysInMonth(year, month)) return { key: 'kit.date.notReal', parts: ['day'] };
  return undefined;
}

/** Whether a stored value is a complete ISO date (as opposed to an unfinished one kept as typed). */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE.test(value) && isRealDate(partsFromValue(value));
