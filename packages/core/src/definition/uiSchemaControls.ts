import type { DefinitionProblem } from './DefinitionProblem';
import { assertDepth, assertObject, assertString, describeValue, guarded, MAX_INPUT_DEPTH } from './jsonInput';
import { escapePointerToken, parsePointer } from './jsonPointer';
import { ANY_ITEM, objectItems, resolveRef, type SchemaNode } from './schemaFields';

/** A Control of the UI schema, and the schema property it is bound to. */
export interface UiControl {
  /** Pointer of the Control inside uischema.json. */
  uiPointer: string;
  scope: string;
  /** Data path tokens of the property; array items appear as `*`. */
  dataPath: string[];
  /** The property's schema, resolved. */
  schema: SchemaNode;
  /** The key prefix JSON Forms uses for it (its own `i18n`, or the data path). */
  i18nKey: string;
}

/** A Category or Group: a labelled part of the UI schema. */
export interface UiSection {
  uiPointer: string;
  type: string;
  i18n: string | undefined;
}

/** What walking a UI schema found. */
export interface UiSchemaWalk {
  controls: UiControl[];
  sections: UiSection[];
  problems: DefinitionProblem[];
}

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LAYOUTS = new Set(['VerticalLayout', 'HorizontalLayout', 'Group', 'Category', 'Categorization']);

/**
 * Walks a JSON Forms UI schema against its JSON Schema: resolves every Control's scope (detail
 * layouts of arrays resolve against the array's item schema) and reports what does not resolve.
 */
export function walkUiSchema(form: string, uischema: unknown, schema: SchemaNode): UiSchemaWalk {
  return guarded('walkUiSchema', () => {
    const site = { function: 'walkUiSchema' };
    assertString({ ...site, argument: 'form' }, form, '', 'Pass the form id.');
    assertDepth({ ...site, argument: 'uischema' }, uischema, 2 * MAX_INPUT_DEPTH);
    assertObject({ ...site, argument: 'schema' }, schema, '', "Pass the form's JSON Schema.");
    assertDepth({ ...site, argument: 'schema' }, schema, 2 * MAX_INPUT_DEPTH);
    return walk(form, uischema, schema);
  });
}

function walk(form: string, uischema: unknown, schema: SchemaNode): UiSchemaWalk {
  const controls: UiControl[] = [];
  const sections: UiSection[] = [];
  const problems: DefinitionProblem[] = [];
  const problem = (pointer: string, message: string, fix: string) =>
    problems.push({ check: 'uischema', form, file: 'uischema.json', pointer, message, fix });

  const visit = (element: unknown, uiPointer: string, context: SchemaNode, prefix: string[]) => {
    if (!isNode(element)) {
      problem(
        uiPointer,
        'This element is not an object.',
        'Use {"type": "Control", "scope": "#/properties/..."} or a layout.',
      );
      return;
    }
    const type = element.type;
    if ('rule' in element) {
      problem(
        `${uiPointer}/rule`,
        'UI schema rules are not used: show, hide and enable come from the rule packs, so server and browser agree.',
        'Remove the "rule" block and add a "show" or "hide" rule to the form\'s rule pack instead.',
      );
    }
    if (type === 'Control') {
      visitControl(element, uiPointer, context, prefix);
      return;
    }
    if (typeof type !== 'string' || !LAYOUTS.has(type)) {
      problem(
        `${uiPointer}/type`,
        `${describeValue(type)} is not a layout or Control this kit renders.`,
        `Use one of Control, ${[...LAYOUTS].join(', ')}.`,
      );
      return;
    }
    if (type === 'Category' || type === 'Group') {
      const i18n = typeof element.i18n === 'string' ? element.i18n : undefined;
      sections.push({ uiPointer, type, i18n });
      if (!i18n) {
        problem(
          uiPointer,
          `This ${type} has no "i18n" key, so its heading cannot be translated.`,
          `Add "i18n": "sections.<name>" and the key "sections.<name>.label" to every locale file.`,
        );
      }
    }
    const elements = Array.isArray(element.elements) ? element.elements : [];
    for (const [i, child] of elements.entries()) visit(child, `${uiPointer}/elements/${i}`, context, prefix);
  };

  const visitControl = (element: Record<string, unknown>, uiPointer: string, context: SchemaNode, prefix: string[]) => {
    const scope = element.scope;
    if (typeof scope !== 'string' || !scope.startsWith('#/')) {
      problem(
        `${uiPointer}/scope`,
        'This Control has no scope, or its scope is not a pointer like "#/properties/child".',
        'Set "scope" to the pointer of a property in schema.json.',
      );
      return;
    }
    let tokens: string[];
    try {
      tokens = parsePointer(scope);
    } catch {
      problem(
        `${uiPointer}/scope`,
        `The scope "${scope}" is not a valid pointer.`,
        'Write it as "#/properties/<section>/properties/<field>".',
      );
      return;
    }
    let node: SchemaNode = context;
    const dataPath = [...prefix];
    for (let i = 0; i < tokens.length; i += 2) {
      const name = tokens[i + 1];
      const properties = isNode(node.properties) ? node.properties : undefined;
      const next = name === undefined ? undefined : properties?.[name];
      if (tokens[i] !== 'properties' || name === undefined || !isNode(next)) {
        problem(
          `${uiPointer}/scope`,
          `The scope "${scope}" does not lead to a property in schema.json.`,
          'Check the spelling against schema.json, or add the property there.',
        );
        return;
      }
      node = resolveRef(schema, next);
      dataPath.push(name);
    }
    const i18nKey = typeof element.i18n === 'string' ? element.i18n : dataPath.filter((t) => t !== ANY_ITEM).join('.');
    controls.push({ uiPointer, scope, dataPath, schema: node, i18nKey });
    const items = objectItems(schema, node);
    const options = isNode(element.options) ? element.options : {};
    if (items) {
      if (!isNode(options.detail)) {
        problem(
          uiPointer,
          `The list at "${scope}" has no detail layout, so its rows' fields are not laid out.`,
          'Add "options": {"detail": {"type": "VerticalLayout", "elements": [...]}} with a Control for each field of a row.',
        );
        return;
      }
      visit(options.detail, `${uiPointer}/options/detail`, items, [...dataPath, ANY_ITEM]);
    } else if (node.type === 'object' || isNode(node.properties)) {
      problem(
        `${uiPointer}/scope`,
        `The scope "${scope}" points at a group of fields, not a single field.`,
        'Add one Control for each field inside it instead.',
      );
    }
  };

  if (!isNode(uischema) || uischema.type !== 'Categorization') {
    problem(
      '',
      'The UI schema must be a Categorization with one Category per section.',
      'Make the root {"type": "Categorization", "elements": [{"type": "Category", ...}]}.',
    );
  }
  if (isNode(uischema) && Array.isArray(uischema.elements)) {
    uischema.elements.forEach((el, i) => {
      if (isNode(el) && el.type !== 'Category') {
        problem(
          `/elements/${i}`,
          'Each top-level element of the Categorization must be a Category (one per section).',
          'Wrap this element in {"type": "Category", "i18n": "sections.<name>", "elements": [...]}.',
        );
      }
    });
  }
  visit(uischema, '', schema, []);
  return { controls, sections, problems };
}

/** The pointer text of a data path, for messages (`/network/*\/name`). */
export const dataPathText = (dataPath: readonly string[]): string =>
  dataPath.map((t) => `/${escapePointerToken(t)}`).join('');
