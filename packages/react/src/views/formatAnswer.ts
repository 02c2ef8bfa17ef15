import { formatDate, type SchemaNode } from '@adoption-support/core';
import type { KitStrings } from '../i18n/kitStrings';
import { isIsoDate, partsFromValue } from '../validation/dateParts';

/** An answer as text for the check-answers and print views: one string, or a list for multiple choice. */
export function formatAnswer(
  value: unknown,
  schema: SchemaNode,
  i18nKey: string,
  strings: KitStrings,
): string | string[] | undefined {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return undefined;
  }
  const option = (code: unknown) => strings.get(`${i18nKey}.${String(code)}`) ?? String(code);
  if (Array.isArray(value)) return value.map(option);
  if (typeof value === 'boolean') return strings.text(value ? 'kit.answer.yes' : 'kit.answer.no');
  if (Array.isArray(schema.enum)) return option(value);
  if (schema.format === 'date') {
    if (isIsoDate(value)) return formatDate(value, strings.locale);
    const { day, month, year } = partsFromValue(value);
    return [day, month, year].filter(Boolean).join(' ');
  }
  return String(value);
}
