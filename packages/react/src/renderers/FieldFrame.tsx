import { Box, FormControl, FormHelperText, FormLabel } from '@mui/material';
import type { ReactNode } from 'react';
import { useGuidance } from '../form/guidance';
import { useKit } from '../form/KitContext';
import { DerivedNote } from './DerivedNote';
import { Guidance } from './Guidance';
import { ownFormId, useOwnForm } from './ownForm';
import { visuallyHidden } from './visuallyHidden';
import type { KitControlProps } from './withKitControl';

/** Props of {@link FieldFrame}. */
export interface FieldFrameProps {
  control: KitControlProps;
  /** The id of the input the label names; for a group of inputs (`fieldset`), the legend's id. */
  inputId: string;
  /** A group of inputs (radios, checkboxes, date boxes) gets a fieldset and legend. */
  group?: boolean;
  /** A second hint about the format expected ("For example, 27 3 2026"). */
  formatHint?: string;
  /**
   * Roughly how tall the field is (CSS pixels), held for it while it is off screen and has not yet been
   * drawn; once drawn, the browser remembers its real height.
   */
  placeholderHeight?: number;
  /**
   * Passed back here: the ids the inputs should name in `aria-describedby`, and the id of the field's
   * own form (see `useOwnForm`), which every input of the field names in its `form` attribute.
   */
  children: (describedBy: string | undefined, formId: string) => ReactNode;
}

/** The height to hold for a list of `options` radios or checkboxes not yet drawn (see `placeholderHeight`). */
export const choicesHeight = (options: number) => 56 + 38 * options;

/** How far a control draws to the left of the field (a radio's or checkbox's focus ring: 11 px). */
const LEFT_OVERHANG = '12px';

/**
 * A field off screen is not laid out or painted (`content-visibility: auto`), so a keystroke costs the
 * browser the fields in view only, however long the section. The content stays in the page for
 * assistive technology, find in page and focus. That brings paint containment, which clips at the
 * field's edge: the field reaches {@link LEFT_OVERHANG} further left (padding, taken back by the
 * margin, whatever box-sizing the host sets), so a radio's focus ring is drawn whole.
 *
 * Every field is drawn where a copy of the page is made: in print, and while a `data-capture`
 * attribute is on the element (or, for the React component, on any element around the form), so a
 * full-page screenshot shows every row (decision 0021).
 */
const offScreenSkipped = (placeholderHeight: number) => ({
  contentVisibility: 'auto',
  containIntrinsicSize: `auto ${placeholderHeight}px`,
  boxSizing: 'content-box',
  paddingLeft: LEFT_OVERHANG,
  marginLeft: `-${LEFT_OVERHANG}`,
  '@media print': { contentVisibility: 'visible' },
  // The element's shadow root has the same switch on the element itself (`:host([data-capture])`).
  '[data-capture] &': { contentVisibility: 'visible' },
});

/**
 * The GOV.UK order around any input: label (with "(optional)"), hint (then, for the agency and
 * professionals, the field's guidance), error message (prefixed with a
 * hidden "Error:"), then the input, with the hint and the error tied to it by `aria-describedby`.
 */
export function FieldFrame({
  control,
  inputId,
  group = false,
  formatHint,
  placeholderHeight = 100,
  children,
}: FieldFrameProps) {
  const { strings } = useKit();
  const formId = ownFormId(inputId);
  const formHolder = useOwnForm(formId);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const hint = control.description ? control.description : undefined;
  const guidance = useGuidance(control.i18nKeyPrefix);
  const guidanceId = `${inputId}-guidance`;
  const error = control.fieldError?.message;
  const formatId = `${inputId}-format`;
  const describedBy =
    [
      hint ? hintId : undefined,
      guidance ? guidanceId : undefined,
      formatHint ? formatId : undefined,
      error ? errorId : undefined,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const label = (
    <>
      {control.label}
      {control.isRequired ? null : (
        <Box component="span" sx={{ fontWeight: 'normal' }}>{` ${strings.text('kit.field.optional')}`}</Box>
      )}
    </>
  );
  return (
    <FormControl
      className="asf-field"
      component={group ? 'fieldset' : 'div'}
      error={Boolean(error)}
      fullWidth
      margin="normal"
      aria-describedby={group ? describedBy : undefined}
      sx={{ minWidth: 0, ...offScreenSkipped(placeholderHeight) }}
    >
      {group ? (
        <FormLabel component="legend" id={`${inputId}-legend`} sx={{ mb: 0.5 }}>
          {label}
        </FormLabel>
      ) : (
        <FormLabel htmlFor={inputId} sx={{ mb: 0.5 }}>
          {label}
        </FormLabel>
      )}
      {hint ? (
        <FormHelperText id={hintId} error={false} sx={{ mx: 0, mt: 0, mb: 0.5 }}>
          {hint}
        </FormHelperText>
      ) : null}
      <Guidance text={guidance} id={guidanceId} />
      {formatHint ? (
        <FormHelperText id={formatId} error={false} sx={{ mx: 0, mt: 0, mb: 0.5 }}>
          {formatHint}
        </FormHelperText>
      ) : null}
      {error ? (
        <FormHelperText id={errorId} error sx={{ mx: 0, mt: 0, mb: 0.5, fontWeight: 'bold' }}>
          <Box component="span" sx={visuallyHidden}>
            {strings.text('kit.error.prefix')}
          </Box>{' '}
          {error}
        </FormHelperText>
      ) : null}
      {children(group ? undefined : describedBy, formId)}
      <div hidden style={{ display: 'none' }} ref={formHolder} />
      {control.derived ? <DerivedNote derived={control.derived} /> : null}
    </FormControl>
  );
}
