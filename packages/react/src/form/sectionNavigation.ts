import { type Dispatch, type SetStateAction, useCallback } from 'react';
import type { FormModel } from '../definition/formModel';
import type { KitFieldError } from '../validation/collectErrors';
import type { FocusTarget } from './focusRequest';
import type { FormMode } from './KitContext';

type Json = Record<string, unknown>;

/** What `useSectionNavigation` works with. */
interface SectionNavigationOptions {
  model: FormModel;
  mode: FormMode;
  changeMode: (next: FormMode) => void;
  /** The document as it stands, every keystroke committed. */
  flush: () => Json;
  setActive: Dispatch<SetStateAction<number>>;
  requestFocus: (target: FocusTarget) => void;
}

/** Moving about the form: to a section from the task list, to the field of an error, to an answer to change. */
export interface SectionNavigation {
  goToSection: (index: number) => void;
  followError: (error: KitFieldError) => void;
  changeAnswer: (pointer: string) => void;
}

/**
 * Moves the reader to another section, to the field an error names, or from the check-answers page
 * to the answer they want to change, and puts the focus there. Leaving a section commits every
 * keystroke first.
 */
export function useSectionNavigation(options: SectionNavigationOptions): SectionNavigation {
  const { model, mode, changeMode, flush, setActive, requestFocus } = options;

  const goToSection = useCallback(
    (index: number) => {
      flush();
      setActive(index);
      requestFocus({ kind: 'section' });
    },
    [flush, requestFocus, setActive],
  );

  const followError = useCallback(
    (error: KitFieldError) => {
      flush();
      if (mode !== 'edit') changeMode('edit');
      setActive(error.section);
      requestFocus({ kind: 'field', pointer: error.pointer, ...(error.parts?.[0] ? { part: error.parts[0] } : {}) });
    },
    [flush, mode, changeMode, requestFocus, setActive],
  );

  const changeAnswer = useCallback(
    (pointer: string) => {
      const section = model.sectionOf(pointer) ?? 0;
      changeMode('edit');
      setActive(section);
      requestFocus({ kind: 'field', pointer });
    },
    [model, changeMode, requestFocus, setActive],
  );

  return { goToSection, followError, changeAnswer };
}
