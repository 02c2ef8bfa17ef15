import {
  and,
  isControl,
  isIntegerControl,
  isNumberControl,
  isStringControl,
  not,
  or,
  rankWith,
  schemaMatches,
  type Tester,
} from '@jsonforms/core';
import { OutlinedInput } from '@mui/material';
import { type ChangeEvent, useLayoutEffect, useRef } from 'react';
import { fieldId } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import { FieldFrame } from './FieldFrame';
import { enterSubmitsNothing } from './ownForm';
import { KIT_CONTROL_RANK } from './ranks';
import { type KitControlProps, withKitControl } from './withKitControl';

const isNumeric = (schema: { type?: unknown }) => schema.type === 'number' || schema.type === 'integer';

/** The text area's own height (MUI sets one line for an input), and a vertical resize handle. */
const TEXT_AREA = { '& textarea': { height: 'auto', resize: 'vertical', lineHeight: 1.5 } } as const;

const toText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Numbers are stored as numbers; anything else typed is kept as typed, for the validator to report. */
function fromText(text: string, numeric: boolean): unknown {
  if (text === '') return undefined;
  if (!numeric) return text;
  const trimmed = text.trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * A text, number, email or phone answer (a five-row text area when the UI schema says `multi`). The
 * browser keeps the box's text, so "1.50" stays as typed while the store holds 1.5; each keystroke
 * goes to the field store, which re-renders this field only, and the form's work waits for the
 * typist's pause or for the reader to leave the box. A value that did not come from the box (the
 * host loaded another document) is written into it.
 */
function TextControl(props: KitControlProps) {
  const { idPrefix, store } = useKit();
  const { data, handleTyping, path, schema, uischema, pointer, visible, replacements } = props;
  const numeric = isNumeric(schema);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  // The box may have been drawn for another field at the same place (the previous section's), and it
  // is not redrawn for its own keystrokes: it looks again for a new field or a replaced document.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` and `replacements` say when to look again.
  useLayoutEffect(() => {
    const box = input.current;
    if (box && fromText(box.value, numeric) !== data) box.value = toText(data);
  }, [data, numeric, replacements, path]);
  if (!visible) return null;
  const id = fieldId(idPrefix, pointer);
  const multi = uischema.options?.multi === true;
  const format = schema.format;
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    handleTyping(path, fromText(event.target.value, numeric));
  return (
    <FieldFrame control={props} inputId={id} placeholderHeight={multi ? 180 : 100}>
      {(describedBy, formId) => (
        <OutlinedInput
          id={id}
          inputRef={input}
          defaultValue={toText(data)}
          onChange={onChange}
          // Leaving the box commits what is waiting, so the rules and the error summary see this answer.
          onBlur={() => store.settle()}
          onKeyDown={multi ? undefined : enterSubmitsNothing}
          disabled={!props.editable}
          // Several lines: a plain text area of five rows the reader can make taller (GOV.UK's pattern).
          // Not MUI's `multiline`, whose self-sizing box measures itself at every keystroke.
          inputComponent={multi ? 'textarea' : 'input'}
          sx={multi ? TEXT_AREA : undefined}
          error={Boolean(props.fieldError)}
          size="small"
          fullWidth
          type={multi ? undefined : format === 'email' ? 'email' : 'text'}
          inputProps={{
            form: formId,
            'aria-describedby': describedBy,
            'aria-invalid': props.fieldError ? true : undefined,
            inputMode: numeric ? 'decimal' : format === 'email' ? 'email' : undefined,
            spellCheck: numeric || format === 'email' ? false : undefined,
            rows: multi ? 5 : undefined,
          }}
        />
      )}
    </FieldFrame>
  );
}

const isTextLike: Tester = and(
  isControl,
  or(isStringControl, isIntegerControl, isNumberControl),
  not(schemaMatches((schema) => schema.format === 'date' || Array.isArray(schema.enum) || schema.const !== undefined)),
);

/** Tester of {@link KitTextControl}. */
export const kitTextControlTester = rankWith(KIT_CONTROL_RANK, isTextLike);

/** The kit's text and number control. */
export const KitTextControl = withKitControl(TextControl);
