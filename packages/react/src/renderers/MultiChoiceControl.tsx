import { and, isControl, rankWith, schemaMatches } from '@jsonforms/core';
import { Checkbox, FormControlLabel, FormGroup } from '@mui/material';
import { fieldId } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import { choicesHeight, FieldFrame } from './FieldFrame';
import { KIT_CONTROL_RANK } from './ranks';
import { type KitControlProps, withKitControl } from './withKitControl';

const enumItems = (schema: Record<string, unknown>): unknown[] | undefined => {
  const items = schema.items as Record<string, unknown> | undefined;
  return schema.type === 'array' && items && Array.isArray(items.enum) ? items.enum : undefined;
};

/** Several answers from a list (an array of `enum` codes): checkboxes in a fieldset, GOV.UK style. */
function MultiChoiceControl(props: KitControlProps) {
  const { idPrefix, strings } = useKit();
  const { data, handleChange, path, pointer, visible, schema } = props;
  if (!visible) return null;
  const id = fieldId(idPrefix, pointer);
  const codes = enumItems(schema as Record<string, unknown>) ?? [];
  const chosen = Array.isArray(data) ? data : [];
  const prefix = props.i18nKeyPrefix ?? '';
  const toggle = (code: unknown, on: boolean) => {
    // Keep the list in the schema's order, and keep any code this version does not know.
    const next = codes.filter((c) => (c === code ? on : chosen.includes(c)));
    const unknown = chosen.filter((c) => !codes.includes(c));
    const value = [...next, ...unknown];
    handleChange(path, value.length > 0 ? value : undefined);
  };
  return (
    <FieldFrame control={props} inputId={id} group placeholderHeight={choicesHeight(codes.length)}>
      {(_, formId) => (
        <FormGroup>
          {codes.map((code, i) => (
            <FormControlLabel
              key={String(code)}
              disabled={!props.editable}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                  inputProps={{ id: i === 0 ? id : `${id}-${i}`, form: formId }}
                />
              }
              label={strings.get(`${prefix}.${String(code)}`) ?? String(code)}
            />
          ))}
        </FormGroup>
      )}
    </FieldFrame>
  );
}

/** Tester of {@link KitMultiChoiceControl}: a Control on an array of `enum` codes. */
export const kitMultiChoiceControlTester = rankWith(
  KIT_CONTROL_RANK,
  and(
    isControl,
    schemaMatches((schema) => enumItems(schema as Record<string, unknown>) !== undefined),
  ),
);

/** The kit's multiple-choice control. */
export const KitMultiChoiceControl = withKitControl(MultiChoiceControl);
