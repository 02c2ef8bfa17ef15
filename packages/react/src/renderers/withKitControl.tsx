import type { ControlProps, OwnPropsOfControl } from '@jsonforms/core';
import { ctxDispatchToControlProps, ctxToControlProps, useJsonForms } from '@jsonforms/react';
import { type ComponentType, memo } from 'react';
import { pathToPointer } from '../form/fieldId';
import { useKit } from '../form/KitContext';
import type { DerivedValue } from '../rules/ruleResults';
import { coveredBy } from '../rules/ruleResults';
import type { KitFieldError } from '../validation/collectErrors';

const noDispatch = () => undefined;

/** JSON Forms' control props plus what the kit adds from the rules and the error summary. */
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
}

/**
 * Connects a kit control to JSON Forms like `withJsonFormsControlProps`, and adds the rules'
 * results and the revealed error for its field. The inner component is memoised, so typing in one
 * field re-renders that field only.
 */
export function withKitControl(Component: ComponentType<KitControlProps>): ComponentType<OwnPropsOfControl> {
  const Inner = memo(Component);
  function KitControl(ownProps: OwnPropsOfControl) {
    const ctx = useJsonForms();
    const kit = useKit();
    const props = ctxToControlProps(ctx, ownProps);
    const dispatch = ctxDispatchToControlProps(ctx.dispatch ?? noDispatch);
    const pointer = pathToPointer(props.path);
    const rules = kit.rulesFor(ctx.core?.data);
    return (
      <Inner
        {...ownProps}
        {...props}
        {...dispatch}
        pointer={pointer}
        fieldError={kit.errors.get(pointer)}
        isRequired={props.required === true || rules.required.includes(pointer)}
        editable={props.enabled && !coveredBy(rules.disabled, pointer)}
        derived={kit.derivedAt(ctx.core?.data, pointer)}
      />
    );
  }
  return KitControl;
}
