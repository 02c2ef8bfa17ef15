import { and, isControl, rankWith, schemaMatches } from '@jsonforms/core';
import { FormControlLabel, NativeSelect, OutlinedInput, Radio, RadioGroup } from '@mui/material';
import type { ChangeEvent } from 'react';
import { fieldId } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import { choicesHeight, FieldFrame } from './FieldFrame';
import { KIT_CONTROL_RANK } from './ranks';
import { type KitControlProps, withKitControl } from './withKitControl';

/** Up to this many options show as radios; more show as a drop-down list. */
export const MAX_RADIOS = 6;

interface Option {
  value: unknown;
  label: string;
}

function useOptions(props: KitControlProps): Option[] {
  const { strings } = useKit();
  if (props.schema.type === 'boolean') {
    return [
      { value: true, label: strings.text('kit.answer.yes') },
      { value: false, label: strings.text('kit.answer.no') },
    ];
  }
  const codes = Array.isArray(props.schema.enum) ? props.schema.enum : [];
  const prefix = props.i18nKeyPrefix ?? '';
  return codes.map((code) => ({ value: code, label: strings.get(`${prefix}.${String(code)}`) ?? String(code) }));
}

/**
 * One answer from a list (an `enum`), or yes or no (a boolean): radios, GOV.UK style, in a fieldset
 * whose legend is the question; a long list (or `options.format: "select"`) is a native drop-down.
 * Radios can be left unanswered, which a checkbox could not say.
 *
 * A group of radios is one Tab stop, answered or not (a roving tabindex: the chosen radio, or the
 * first when none is chosen, is in the Tab order; the arrow keys move between them). Browsers do that
 * for a group themselves, but not inside a shadow root, where Chromium made every radio of an
 * unanswered group a Tab stop.
 */
function ChoiceControl(props: KitControlProps) {
  const { idPrefix, strings } = useKit();
  const options = useOptions(props);
  const { data, handleChange, path, pointer, visible, uischema } = props;
  if (!visible) return null;
  const id = fieldId(idPrefix, pointer);
  const format = uischema.options?.format;
  const asSelect = format === 'select' || (format !== 'radio' && options.length > MAX_RADIOS);
  const selected = options.findIndex((o) => o.value === data);
  const invalid = props.fieldError ? true : undefined;
  if (asSelect) {
    return (
      <FieldFrame control={props} inputId={id}>
        {(describedBy, formId) => (
          <NativeSelect
            id={id}
            value={selected === -1 ? '' : String(selected)}
            onChange={(event: ChangeEvent<HTMLSelectElement>) => {
              const index = event.target.value;
              handleChange(path, index === '' ? undefined : options[Number(index)]?.value);
            }}
            disabled={!props.editable}
            error={Boolean(props.fieldError)}
            input={<OutlinedInput size="small" />}
            inputProps={{ form: formId, 'aria-describedby': describedBy, 'aria-invalid': invalid }}
            sx={{ maxWidth: '100%' }}
          >
            <option value="">{strings.text('kit.field.selectPlaceholder')}</option>
            {options.map((option, i) => (
              <option key={String(option.value)} value={String(i)}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </FieldFrame>
    );
  }
  return (
    <FieldFrame control={props} inputId={id} group placeholderHeight={choicesHeight(options.length)}>
      {(_, formId) => (
        <RadioGroup
          name={id}
          aria-labelledby={`${id}-legend`}
          value={selected === -1 ? '' : String(selected)}
          row={props.schema.type === 'boolean'}
          onChange={(_event, value) => handleChange(path, options[Number(value)]?.value)}
        >
          {options.map((option, i) => (
            <FormControlLabel
              key={String(option.value)}
              value={String(i)}
              disabled={!props.editable}
              control={
                <Radio
                  size="small"
                  inputProps={{
                    id: i === 0 ? id : `${id}-${i}`,
                    form: formId,
                    'aria-invalid': invalid,
                    tabIndex: i === (selected === -1 ? 0 : selected) ? 0 : -1,
                  }}
                />
              }
              label={option.label}
            />
          ))}
        </RadioGroup>
      )}
    </FieldFrame>
  );
}

/** Tester of {@link KitChoiceControl}: a Control on an `enum` or a boolean. */
export const kitChoiceControlTester = rankWith(
  KIT_CONTROL_RANK,
  and(
    isControl,
    schemaMatches((schema) => Array.isArray(schema.enum) || schema.type === 'boolean'),
  ),
);

/** The kit's single-choice and yes/no control. */
export const KitChoiceControl = withKitControl(ChoiceControl);
