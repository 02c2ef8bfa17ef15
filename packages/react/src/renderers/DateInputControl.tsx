import { and, isControl, rankWith, schemaMatches } from '@jsonforms/core';
import { Box, FormControl, FormLabel, OutlinedInput } from '@mui/material';
import { useLayoutEffect, useRef } from 'react';
import { fieldId } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import { type DatePart, partsFromValue, valueFromParts } from '../validation/dateParts';
import { FieldFrame } from './FieldFrame';
import { KIT_DATE_RANK } from './ranks';
import { type KitControlProps, withKitControl } from './withKitControl';

const PARTS: { part: DatePart; width: string }[] = [
  { part: 'day', width: '3.5em' },
  { part: 'month', width: '3.5em' },
  { part: 'year', width: '5em' },
];

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset (the browser keeps each box's text,
 * like the text control; each keystroke goes to the field store and re-renders this field only). A complete date is stored as ISO
 * `YYYY-MM-DD`; an unfinished one is kept as typed (see `valueFromParts`), so nothing typed is lost
 * when the person moves on. An error highlights only the boxes at fault, and the error summary's
 * link goes to the first of them.
 */
function DateInputControl(props: KitControlProps) {
  const { idPrefix, strings, store } = useKit();
  const { data, handleTyping, path, pointer, visible, fieldError, replacements } = props;
  const boxes = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  const read = (part: DatePart) => boxes.current[part]?.value ?? '';
  // A date that did not come from the boxes (another document, or another field drawn in the same
  // place) is written into them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the boxes are read through refs.
  useLayoutEffect(() => {
    if (valueFromParts({ day: read('day'), month: read('month'), year: read('year') }) === data) return;
    const parts = partsFromValue(data);
    for (const { part } of PARTS) {
      const box = boxes.current[part];
      if (box) box.value = parts[part];
    }
  }, [data, replacements, path]);
  if (!visible) return null;
  const id = fieldId(idPrefix, pointer);
  const faulty = new Set<DatePart>(fieldError ? (fieldError.parts ?? ['day', 'month', 'year']) : []);
  const initial = partsFromValue(data);
  const update = () =>
    handleTyping(path, valueFromParts({ day: read('day'), month: read('month'), year: read('year') }));
  return (
    <FieldFrame control={props} inputId={id} group formatHint={strings.text('kit.date.hint')} placeholderHeight={150}>
      {(_, formId) => (
        <>
          <Box className="asf-date-input" sx={{ display: 'flex', gap: 2, alignItems: 'flex-end' }}>
            {PARTS.map(({ part, width }) => {
              const partId = fieldId(idPrefix, pointer, part);
              return (
                <FormControl key={part} error={faulty.has(part)} size="small">
                  <FormLabel htmlFor={partId} sx={{ mb: 0.5 }}>
                    {strings.text(`kit.date.${part}`)}
                  </FormLabel>
                  <OutlinedInput
                    id={partId}
                    inputRef={(element: HTMLInputElement | null) => {
                      boxes.current[part] = element;
                    }}
                    defaultValue={initial[part]}
                    onChange={update}
                    onBlur={() => store.settle()}
                    disabled={!props.editable}
                    error={faulty.has(part)}
                    size="small"
                    sx={{ width }}
                    inputProps={{
                      form: formId,
                      inputMode: 'numeric',
                      autoComplete: 'off',
                      spellCheck: false,
                      'aria-invalid': faulty.has(part) ? true : undefined,
                    }}
                  />
                </FormControl>
              );
            })}
          </Box>
        </>
      )}
    </FieldFrame>
  );
}

/** Tester of {@link KitDateInputControl}: any Control on a `format: date` string. */
export const kitDateInputControlTester = rankWith(
  KIT_DATE_RANK,
  and(
    isControl,
    schemaMatches((schema) => schema.format === 'date'),
  ),
);

/** The kit's day/month/year date control. */
export const KitDateInputControl = withKitControl(DateInputControl);
