import type { ReaderAudience } from '../definition/formModel';
import type { FormMode } from './KitContext';

/** Every mode a host may ask for. */
export const FORM_MODES: readonly FormMode[] = ['edit', 'check', 'print', 'view'];

/**
 * The readers outside the agency who read their plan rather than fill it in: without a `mode` from the
 * host they get the read-only `view`. A host that wants them to change answers (adopters commenting on
 * their plan, say) passes `mode="edit"`.
 */
export const READ_ONLY_AUDIENCES: readonly ReaderAudience[] = ['adopters', 'child', 'birthFamily'];

/** The mode a reader is shown when the host names none: `view` for adopters, the child and the birth family, `edit` for everyone else. */
export const defaultModeFor = (audience: ReaderAudience): FormMode =>
  READ_ONLY_AUDIENCES.includes(audience) ? 'view' : 'edit';
