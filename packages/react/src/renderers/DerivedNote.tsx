import { Box } from '@mui/material';
import { useKit } from '../form/KitContext';
import type { KitStrings } from '../i18n/kitStrings';
import type { DerivedValue } from '../rules/ruleResults';
import { displayValues } from '../validation/collectErrors';

/**
 * A worked-out value as a sentence with its legal source: the rule's own sentence when it has one
 * ("First review due by 2 February 2027 (AAR 2005 reg 36(3))"); otherwise, beside a field, "Worked
 * out from your answers: 2 February 2027", and in a list, the value's label and the value.
 */
export function derivedText(derived: DerivedValue, strings: KitStrings, placement: 'field' | 'list'): string {
  const values = displayValues({ value: derived.value }, strings);
  const value = String(values.value ?? '');
  const source = derived.source ? strings.text('kit.derived.source', { source: derived.source }) : '';
  let sentence: string;
  if (derived.messageKey && strings.get(derived.messageKey) !== undefined) {
    sentence = strings.text(derived.messageKey, values);
  } else if (placement === 'field') {
    return strings.text('kit.derived.suggestion', { value, source }).trim();
  } else {
    const key = derived.pointer
      .split('/')
      .slice(1)
      .filter((t) => !/^\d+$/.test(t))
      .join('.');
    const label = strings.get(`${key}.label`);
    sentence = label ? `${label}: ${value}` : value;
  }
  return source ? `${sentence} ${source}` : sentence;
}

/** Shows a worked-out value beside the field it belongs to (never written into the answer). */
export function DerivedNote({ derived }: { derived: DerivedValue }) {
  const { strings } = useKit();
  return (
    <Box
      className="asf-derived"
      component="p"
      sx={{ borderLeft: 4, borderColor: 'divider', pl: 1.5, my: 1, color: 'text.secondary' }}
    >
      {derivedText(derived, strings, 'field')}
    </Box>
  );
}
