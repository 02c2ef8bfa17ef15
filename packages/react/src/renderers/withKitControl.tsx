import type { ControlProps, OwnPropsOfControl } from '@jsonforms/core';
import { ctxToControlProps, useJsonForms } from '@jsonforms/react';
import { type ComponentType, memo, useCallback, useRef, useSyncExternalStore } from 'react';
import { pathToPointer } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import type { DerivedValue } from '../rules/ruleResults';
import type { KitFieldError } from '../validation/collectErrors';

/** JSON Forms' control props plus what the kit adds from the store, the rules and the error summary. */
export interface KitControlProps extends ControlProps {
  /** JSON pointer of the field in the reader's view of the data. */
  pointer: string;
  /** The error the reader has been shown for this field. */
  fieldError: KitFieldError | undefined;
  /** Required by the schema or by a rule. */
  isRequired: boolean;
  /** Whether the reader can change the field (JSON Forms' `enabled` and the rules' `disabled`). */
  editable: boolean;
  /** A value the rules worked out for this field. */
  derived: DerivedValue | undefined;
  /**
   * Gives an answer while the reader is typing: the field shows it at once, and the form's work
   * (validation, rules, the host's `onChange`) waits for the typist's pause. `handleChange` gives
   * an answer that is complete (a choice), committed at once.
   */
  handleTyping(path: string, value: unknown): void;
  /** Changes whenever the document is replaced from outside the fields: a box then checks its text. */
  replacements: number;
}

/**
 * Connects a kit control to JSON Forms (label, schema, visibility, translations) and to the kit's
 * field store: the control's value and what the rules say of it come from the store, each by
 * subscription to this field alone, so a keystroke re-renders no other field (and not the box typed
 * in, which shows the keystroke itself).
 */
export function withKitControl(Component: ComponentType<KitControlProps>): ComponentType<OwnPropsOfControl> {
  const Inner = memo(Component);
  function KitControl(ownProps: OwnPropsOfControl) {
    const ctx = useJsonForms();
    const kit = useKit();
    const { store } = kit;
    const props = ctxToControlProps(ctx, ownProps);
    const { path } = props;
    const pointer = pathToPointer(path);
    // This field's own subscription: its box already shows what is typed in it, so typing does not
    // redraw it (its value is read afresh whenever it draws for another reason).
    const own = useRef<(() => void) | undefined>(undefined);
    const data = useSyncExternalStore(
      useCallback(
        (listener: () => void) => {
          own.current = listener;
          return store.subscribe(path, listener);
        },
        [store, path],
      ),
      () => store.valueAt(path),
    );
    const replacements = useSyncExternalStore(store.subscribeReplacements, () => store.replacements);
    const rules = useSyncExternalStore(store.subscribeRules, () => store.rulesAt(pointer));
    const handleChange = useCallback((at: string, value: unknown) => store.set(at, value, false), [store]);
    const handleTyping = useCallback(
      (at: string, value: unknown) => store.set(at, value, true, at === path ? own.current : undefined),
      [store, path],
    );
    return (
      <Inner
        {...ownProps}
        {...props}
        data={data}
        handleChange={handleChange}
        handleTyping={handleTyping}
        replacements={replacements}
        pointer={pointer}
        fieldError={kit.errors.get(pointer)}
        isRequired={props.required === true || rules.required}
        editable={props.enabled && !rules.disabled}
        derived={rules.derived}
      />
    );
  }
  return KitControl;
}
