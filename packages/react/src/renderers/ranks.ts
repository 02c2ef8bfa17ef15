/**
 * The ranks the kit registers its renderers with. JSON Forms picks the renderer whose tester returns
 * the highest rank; the material renderers rank at most 5, so each of these wins over the default
 * for the same element, while material stays in the list for anything the kit does not cover.
 */
export const KIT_LAYOUT_RANK = 10;
/** Text, numbers, choices, yes/no and multiple choice. */
export const KIT_CONTROL_RANK = 10;
/** Day, month and year boxes: above the text control, since a date is also a string. */
export const KIT_DATE_RANK = 11;
/** Repeatable rows for lists of objects. */
export const KIT_ROWS_RANK = 10;
