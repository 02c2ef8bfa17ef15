import type { JsonFormsI18nState, Translator, UISchemaElement } from '@jsonforms/core';
import type { UiNode } from '../definition/formModel';
import type { KitStrings } from '../i18n/kitStrings';
import type { KitFieldError } from '../validation/collectErrors';
import { controlPointer } from './fieldId';

/** JSON Forms' translator over the kit's strings: a key nobody defines falls back to JSON Forms' default. */
export function jsonFormsI18n(strings: KitStrings): JsonFormsI18nState {
  const translate = ((key: string, defaultMessage?: string) => strings.get(key) ?? defaultMessage) as Translator;
  return {
    locale: strings.locale,
    translate,
    // The kit's errors are already in the reader's language and GOV.UK style.
    translateError: (error) => error.message ?? '',
  };
}

/** The kit's errors in the shape JSON Forms takes as `additionalErrors` (ajv's `ErrorObject`). */
export function toAdditionalErrors(errors: readonly KitFieldError[]) {
  return errors.map((e) => ({
    instancePath: e.pointer,
    schemaPath: '',
    keyword: e.keyword,
    params: {},
    message: e.message,
  }));
}

/**
 * A copy of a section's UI schema in which every Control and Group carries a JSON Forms rule that
 * hides it when the rule packs hide its field. The rule's condition is a function
 * (`ValidateFunctionCondition`), never a JSON Schema, so JSON Forms compiles nothing.
 */
export function withHideRules(node: UiNode, isHidden: (pointer: string, data: unknown) => boolean): UISchemaElement {
  const hide = (pointerOf: (ctxPath: string | undefined) => string | undefined) => ({
    effect: 'HIDE',
    condition: {
      scope: '#',
      validate: ({ path: ctxPath, fullData }: { path: string | undefined; fullData: unknown }) => {
        const pointer = pointerOf(ctxPath);
        return pointer !== undefined && isHidden(pointer, fullData);
      },
    },
  });
  if (node.type === 'Control' && typeof node.scope === 'string') {
    const scope = node.scope;
    const options = node.options as Record<string, unknown> | undefined;
    const detail = options?.detail as UiNode | undefined;
    return {
      ...node,
      ...(detail ? { options: { ...options, detail: withHideRules(detail, isHidden) } } : {}),
      rule: hide((ctxPath) => controlPointer(ctxPath, scope)),
    } as unknown as UISchemaElement;
  }
  const elements = Array.isArray(node.elements) ? node.elements.map((e) => withHideRules(e, isHidden)) : undefined;
  // A group whose every question is hidden goes too, so no heading stands over nothing.
  const scopes = node.type === 'Group' ? groupScopes(node) : [];
  const groupRule =
    scopes.length > 0
      ? {
          rule: {
            effect: 'HIDE',
            condition: {
              scope: '#',
              validate: ({ path: ctxPath, fullData }: { path: string | undefined; fullData: unknown }) =>
                scopes.every((scope) => isHidden(controlPointer(ctxPath, scope), fullData)),
            },
          },
        }
      : {};
  return { ...node, ...(elements ? { elements } : {}), ...groupRule } as unknown as UISchemaElement;
}

/** The scopes of the questions a group shows itself (in nested layouts too, but not inside a list's rows). */
function groupScopes(node: UiNode): string[] {
  if (node.type === 'Control' && typeof node.scope === 'string') return [node.scope];
  return Array.isArray(node.elements) ? node.elements.flatMap(groupScopes) : [];
}
