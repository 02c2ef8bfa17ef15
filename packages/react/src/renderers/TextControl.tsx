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
import { type ChangeEvent, startTransition, useRef } from 'react';
import { fieldId } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import { FieldFrame } from './FieldFrame';
import { enterSubmitsNothing } from './ownForm';
import { KIT_CONTROL_RANK } from './ranks';
import { useUncontrolledEcho } from './useUncontrolledEcho';
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
 * A text, number, email or phone answer (a five-row text area when the UI schema says `multi`). The browser
 * keeps the box's text (an uncontrolled input), so a keystroke is painted before React does any work;
 * the answer reaches JSON Forms, in a transition, when the typist pauses or leaves the box (see
 * `AfterPaintQueue`). Typing stays smooth on the longest plan.
 */
function TextControl(props: KitControlProps) {
  const { idPrefix, afterPaint } = useKit();
  const { data, handleChange, path, schema, uischema, pointer, visible } = props;
  const numeric = isNumeric(schema);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const sent = useUncontrolledEcho(data, (next) => {
    if (input.current) input.current.value = toText(next);
  });
  if (!visible) return null;
  const id = fieldId(idPrefix, pointer);
  const multi = uischema.options?.multi === true;
  const format = schema.format;
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = fromText(event.target.value, numeric);
    sent(value);
    afterPaint.defer(path, (urgent) => {
      if (urgent) handleChange(path, value);
      else startTransition(() => handleChange(path, value));
    });
  };
  return (
    <FieldFrame control={props} inputId={id} placeholderHeight={multi ? 180 : 100}>
      {(describedBy, formId) => (
        <OutlinedInput
          id={id}
          inputRef={input}
          defaultValue={toText(data)}
          onChange={onChange}
          // Leaving the box hands over what is waiting, so the next field sees this answer.
          onBlur={() => afterPaint.flush()}
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
