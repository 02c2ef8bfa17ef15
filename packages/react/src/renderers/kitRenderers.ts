import type { JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import {
  MaterialLabelRenderer,
  MaterialObjectRenderer,
  MaterialVerticalLayout,
  materialLabelRendererTester,
  materialObjectControlTester,
  materialVerticalLayoutTester,
} from '@jsonforms/material-renderers';
import { KitChoiceControl, kitChoiceControlTester } from './ChoiceControl';
import { KitDateInputControl, kitDateInputControlTester } from './DateInputControl';
import {
  KitCategoryLayout,
  KitGroupLayout,
  KitHorizontalLayout,
  KitVerticalLayout,
  kitCategoryLayoutTester,
  kitGroupLayoutTester,
  kitHorizontalLayoutTester,
  kitVerticalLayoutTester,
} from './layouts';
import { KitMultiChoiceControl, kitMultiChoiceControlTester } from './MultiChoiceControl';
import { KitRowsControl, kitRowsControlTester } from './RowsControl';
import { KitTextControl, kitTextControlTester } from './TextControl';

declare global {
  interface SymbolConstructor {
    /**
     * JSON Forms' store types (`@jsonforms/core/lib/store/type.d.ts`, copied from redux) use
     * `Symbol.observable`, which TypeScript's own libraries do not declare; redux declares it the same
     * way. Declared here because the renderer lists below have JSON Forms' types, so an app that
     * compiles with `skipLibCheck: false` checks those files (decision 0012).
     */
    readonly observable: symbol;
  }
}

/**
 * The material renderers the kit keeps as they are, for UI schemas beyond the kit's forms: the
 * vertical layout (outranked by the kit's own), labels, and the object renderer for a Control on a
 * group of fields. Every text, number,
 * choice, yes/no, date and list Control is the kit's own, so the material inputs, date pickers,
 * autocomplete, tables, tabs and dialogs are not registered (which also keeps them out of bundles).
 */
export const materialFallbacks: JsonFormsRendererRegistryEntry[] = [
  { tester: materialVerticalLayoutTester, renderer: MaterialVerticalLayout },
  { tester: materialLabelRendererTester, renderer: MaterialLabelRenderer },
  { tester: materialObjectControlTester, renderer: MaterialObjectRenderer },
];

/** The kit's own renderers, each registered with a named rank from `ranks.ts`. */
export const kitOwnRenderers: JsonFormsRendererRegistryEntry[] = [
  { tester: kitCategoryLayoutTester, renderer: KitCategoryLayout },
  { tester: kitGroupLayoutTester, renderer: KitGroupLayout },
  { tester: kitHorizontalLayoutTester, renderer: KitHorizontalLayout },
  { tester: kitVerticalLayoutTester, renderer: KitVerticalLayout },
  { tester: kitTextControlTester, renderer: KitTextControl },
  { tester: kitDateInputControlTester, renderer: KitDateInputControl },
  { tester: kitChoiceControlTester, renderer: KitChoiceControl },
  { tester: kitMultiChoiceControlTester, renderer: KitMultiChoiceControl },
  { tester: kitRowsControlTester, renderer: KitRowsControl },
];

/** Every renderer the form registers with JSON Forms. */
export const kitRenderers: JsonFormsRendererRegistryEntry[] = [...materialFallbacks, ...kitOwnRenderers];
