import { GUIDANCE_SUFFIX } from '@adoption-support/core';
import type { ReaderAudience } from '../definition/formModel';
import { useKit } from './KitContext';

/**
 * The readers who are shown the form's guidance (its `.guidance` strings, decision 0025): the agency's
 * own case workers, the professionals around the child, who write parts of the plan, and the panel and
 * decision maker, who see the whole plan (domain reference E4) and judge how it was written. Adopters,
 * the child and a birth relative read only the text written for them, in every mode.
 */
export const GUIDANCE_AUDIENCES: readonly ReaderAudience[] = ['agency', 'professionals', 'panel'];

/** Whether `audience` may read the guidance written for the agency and professionals. */
export const mayReadGuidance = (audience: ReaderAudience): boolean => GUIDANCE_AUDIENCES.includes(audience);

/**
 * The guidance beside a text key's prefix (`form`, `sections.child`, `child.identity`), in the reader's
 * language, or undefined when the form has none there or the reader may not see it.
 */
export function useGuidance(prefix: string | undefined): string | undefined {
  const { model, strings } = useKit();
  if (!prefix || !mayReadGuidance(model.audience)) return undefined;
  return strings.get(`${prefix}${GUIDANCE_SUFFIX}`);
}
