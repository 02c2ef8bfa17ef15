/**
 * The kit's focus indicator, after GOV.UK's: a 3 px black ring (19:1 against white, 16:1 against the
 * yellow) with GOV.UK's yellow around or inside it. It meets WCAG 2.2's focus appearance: a solid ring
 * at least 2 px thick all round, with at least 3:1 contrast between focused and unfocused.
 */
const BLACK = '#0b0c0c';
const YELLOW = '#ffdd00';

/** Around a control that has room around it: buttons, links, headings. */
const ringOutside = { outline: `3px solid ${BLACK}`, outlineOffset: 0, boxShadow: `0 0 0 6px ${YELLOW}` };

/**
 * Inside the edge of a control in a field: a field clips what is drawn outside it (its paint
 * containment, see FieldFrame), so a ring drawn outside a full-width box would be cut off.
 */
const ringInside = { outline: `3px solid ${BLACK}`, outlineOffset: '-3px', boxShadow: `inset 0 0 0 6px ${YELLOW}` };

/**
 * Styles for the form's root element that give every control the kit's focus ring when focused from
 * the keyboard, over MUI's own (a ripple, or a colour change). A radio's or checkbox's input is
 * invisible, so its round button shows the ring. The selectors outweigh MUI's `outline: 0`.
 */
export const focusStyles = {
  '& :is(a, button, input, select, textarea, [tabindex]):focus-visible': ringOutside,
  '& .asf-field :is(input, select, textarea):focus-visible': ringInside,
  '& .asf-field :is(.MuiRadio-root, .MuiCheckbox-root):has(input:focus-visible)': {
    ...ringInside,
    backgroundColor: YELLOW,
  },
} as const;
