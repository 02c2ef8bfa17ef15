import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { checkAnnotations } from './checkAnnotations';

type Node = Record<string, any>;
const childProps = (schema: Node) => schema.properties.child.properties;

describe('checkAnnotations', () => {
  it('accepts a form whose every leaf has an audience and a hidden-data policy', () => {
    expect(checkAnnotations(tinyForm())).toEqual([]);
  });

  it('reports a leaf that nothing grants an audience to, naming its label and pointer', () => {
    const form = tinyForm();
    delete (form.schema as Node).properties.child['x-audience'];
    const problems = checkAnnotations(form);
    expect(problems.map((p) => p.pointer)).toEqual([
      '/properties/child/properties/dateOfBirth',
      '/properties/child/properties/stage',
      '/properties/child/properties/needs',
      '/properties/child/properties/helpers/items/properties/name',
      '/properties/child/properties/helpers/items/properties/notes',
    ]);
    expect(problems[0]).toMatchObject({ check: 'annotations', file: 'schema.json', field: 'Date of birth' });
    expect(problems[0]?.message).toMatch(/Nobody is allowed to see this field/);
    expect(problems[0]?.fix).toMatch(/x-audience/);
  });

  it('reports a leaf with no hidden-data policy, own or inherited', () => {
    const form = tinyForm();
    delete (form.schema as Node).properties.child['x-hidden-data'];
    const pointers = checkAnnotations(form).map((p) => p.pointer);
    // `notes` sets its own policy, so only the others are reported.
    expect(pointers).toContain('/properties/child/properties/stage');
    expect(pointers).not.toContain('/properties/child/properties/helpers/items/properties/notes');
  });

  it('reports an audience that widens what the enclosing section grants', () => {
    const form = tinyForm();
    childProps(form.schema as Node).stage['x-audience'] = ['adopters', 'birthFamily'];
    const [problem] = checkAnnotations(form);
    expect(problem?.pointer).toBe('/properties/child/properties/stage/x-audience');
    expect(problem?.message).toMatch(/"birthFamily"/);
  });

  it('reports an audience the manifest does not declare, where it would be granted', () => {
    const form = tinyForm();
    (form.schema as Node).properties.child['x-audience'] = ['professionals', 'panel'];
    expect(
      checkAnnotations(form)
        .map((p) => p.message)
        .join(),
    ).toMatch(/"panel", which form.json does not list/);
  });

  it('accepts an audience the manifest does not declare inside a section that leaves it out', () => {
    // A shared definition narrows for every form that uses it, naming audiences only some forms have.
    const form = tinyForm();
    childProps(form.schema as Node).stage['x-audience'] = ['professionals', 'panel'];
    expect(checkAnnotations(form)).toEqual([]);
  });

  it('says a misspelt audience is not an audience, once, with the audiences the form lists', () => {
    const form = tinyForm();
    childProps(form.schema as Node).stage['x-audience'] = ['adopter'];
    const problems = checkAnnotations(form);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('"adopter" is not an audience.');
    expect(problems[0]?.fix).toBe(
      `Use the audiences form.json lists: ${form.manifest.audiences.map((a) => `"${a}"`).join(', ')}.`,
    );
  });

  it('reports an audience on the root, which would open every section', () => {
    const form = tinyForm();
    (form.schema as Node)['x-audience'] = ['professionals'];
    expect(checkAnnotations(form)[0]?.pointer).toBe('');
  });

  it('turns a reference to a missing shared definition into a problem with the fix', () => {
    const form = tinyForm();
    delete (form.schema as Node).$defs.date;
    const [problem] = checkAnnotations(form);
    expect(problem?.pointer).toBe('/$defs/date');
    expect(problem?.fix).toMatch(/pnpm generate/);
  });
});
