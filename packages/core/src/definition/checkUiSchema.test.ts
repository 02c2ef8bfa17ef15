import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { checkUiSchema } from './checkUiSchema';

type Node = Record<string, any>;
const controls = (uischema: Node): Node[] => uischema.elements[0].elements;

describe('checkUiSchema', () => {
  it('accepts a UI schema that reaches every leaf exactly once', () => {
    expect(checkUiSchema(tinyForm())).toEqual([]);
  });

  it('reports a scope that does not lead to a property', () => {
    const form = tinyForm();
    controls(form.uischema as Node)[2]!.scope = '#/properties/child/properties/stag';
    const problems = checkUiSchema(form);
    expect(problems[0]).toMatchObject({ file: 'uischema.json', pointer: '/elements/0/elements/2/scope' });
    expect(problems[0]?.message).toMatch(/does not lead to a property/);
    // The field the typo was meant for is now unreachable too.
    expect(problems[1]).toMatchObject({
      file: 'schema.json',
      pointer: '/properties/child/properties/stage',
      field: 'Stage',
    });
  });

  it('reports a schema leaf that no Control reaches, inside an array detail too', () => {
    const form = tinyForm();
    controls(form.uischema as Node)[4]!.options.detail.elements.pop();
    const [problem] = checkUiSchema(form);
    expect(problem?.pointer).toBe('/properties/child/properties/helpers/items/properties/notes');
    expect(problem?.message).toMatch(/has no Control/);
  });

  it('reports a list of objects without a detail layout', () => {
    const form = tinyForm();
    delete controls(form.uischema as Node)[4]!.options;
    expect(checkUiSchema(form)[0]?.message).toMatch(/has no detail layout/);
  });

  it('reports a Control bound to a whole object, and a field asked twice', () => {
    const form = tinyForm();
    controls(form.uischema as Node).push({ type: 'Control', scope: '#/properties/child' });
    controls(form.uischema as Node).push({ type: 'Control', scope: '#/properties/child/properties/name' });
    const messages = checkUiSchema(form).map((p) => p.message);
    expect(messages.some((m) => /points at a group of fields/.test(m))).toBe(true);
    expect(messages.some((m) => /would be asked twice/.test(m))).toBe(true);
  });

  it('reports UI schema rules, because rules belong to the rule packs', () => {
    const form = tinyForm();
    controls(form.uischema as Node)[0]!.rule = { effect: 'HIDE', condition: {} };
    expect(checkUiSchema(form)[0]?.pointer).toBe('/elements/0/elements/0/rule');
  });

  it('reports a root that is not a Categorization of Categories', () => {
    const form = tinyForm();
    (form.uischema as Node).type = 'VerticalLayout';
    expect(checkUiSchema(form)[0]?.message).toMatch(/must be a Categorization/);
  });
});
