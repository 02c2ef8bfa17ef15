import { type KitLocale, monthNames } from './chromeStrings';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Writes an ISO calendar date out in full ("2 February 2027", "2 Chwefror 2027"); other text is returned as it is. */
export function formatDate(value: string, locale: KitLocale): string {
  const match = ISO_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const name = monthNames[locale][Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : value;
}
