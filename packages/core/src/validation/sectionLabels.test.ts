// Required errors on a section or a group of fields read its heading, not its key, in English and Welsh.
import { type FormId, formIds, forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './toFieldErrors';

type Node = { type?: string; i18n?: string; scope?: string; elements?: Node[] };

/** The Category of the UI schema whose Controls are all under `/key`, read from the definition. */
function categoryOf(id: FormId, key: string): Node | undefined {
  const root = forms[id].uischema as Node;
  return root.elements?.find((category) => {
    const scopes: string[] = [];
    const stack = [...(category.elements ?? [])];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.scope) scopes.push(node.scope);
      stack.push(...(node.elements ?? []));
    }
    return scopes.length > 0 && scopes.every((s) => s.startsWith(`#/properties/${key}/`));
  });
}

/** Required top-level sections of a form that have no label of their own, with their Category. */
function unlabelledSections(id: FormId) {
  const { schema, locales } = forms[id];
  const required = (schema.required ?? []) as string[];
  return required
    .filter((key) => locales.en?.[`${key}.label`] === undefined)
    .map((key) => ({ key, category: categoryOf(id, key) }))
    .filter((s): s is { key: string; category: Node & { i18n: string } } => typeof s.category?.i18n === 'string');
}

const missing = (key: string) => [{ instancePath: '', keyword: 'required', params: { missingProperty: key } }];

describe.each(formIds)('%s: a missing section', (id) => {
  const sections = unlabelledSections(id);

  it('has sections to check (read from the schema and the UI schema)', () => {
    expect(sections.length).toBeGreaterThan(0);
  });

  const locales = (['en', 'cy'] as const).filter((locale) => forms[id].locales[locale] !== undefined);
  it.each(locales)('is named by its heading in %s, not by its key', (locale) => {
    const strings = forms[id].locales[locale] ?? {};
    for (const { key, category } of sections) {
      const heading = strings[`${category.i18n}.label`];
      expect(heading, `${category.i18n}.label in ${locale}`).toBeDefined();
      const [error] = toFieldErrors(forms[id], missing(key), { locale });
      expect(error?.field).toBe(heading);
      expect(error?.message.toLowerCase()).toContain((heading as string).toLowerCase());
    }
  });
});

describe('a missing group inside a section', () => {
  it('is named by the Group heading (asp-england staying in touch)', () => {
    const definition = forms['asp-england'];
    const [error] = toFieldErrors(definition, missing('stayingInTouch'));
    const category = categoryOf('asp-england', 'stayingInTouch') as Node;
    expect(error?.message).toBe(`Enter ${definition.locales.en?.[`${category.i18n}.label`]?.toLowerCase()}`);
  });
});
