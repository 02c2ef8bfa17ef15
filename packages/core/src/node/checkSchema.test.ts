import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { compileFormSchema } from './checkSchema';

type Node = Record<string, any>;

describe('compileFormSchema', () => {
  it('compiles a correct schema and validates with date formats', () => {
    const { validate, problems } = compileFormSchema(tinyForm());
    expect(problems).toEqual([]);
    expect(validate?.({ child: { name: 'Sam', dateOfBirth: '2024-02-29' } })).toBe(true);
    expect(validate?.({ child: { name: 'Sam', dateOfBirth: '2023-02-29' } })).toBe(false);
  });

  it.each([
    [
      'a misspelt keyword',
      (s: Node) => {
        s.properties.child.properties.name.minLenght = 1;
      },
      /minLenght/,
    ],
    [
      'an audience that is not one of the five',
      (s: Node) => {
        s.properties.child['x-audience'] = ['public'];
      },
      /x-audience/,
    ],
    [
      'a hidden-data policy that is not retain or clear',
      (s: Node) => {
        s.properties.child['x-hidden-data'] = 'drop';
      },
      /x-hidden-data/,
    ],
    [
      'a required field that is not defined',
      (s: Node) => {
        s.properties.child.required.push('nmae');
      },
      /nmae/,
    ],
    [
      'a reference to a missing definition',
      (s: Node) => {
        delete s.$defs.date;
      },
      /\$defs\/date/,
    ],
  ])('fails strict compilation on %s', (_name, breakIt, pattern) => {
    const form = tinyForm();
    breakIt(form.schema as Node);
    const { validate, problems } = compileFormSchema(form);
    expect(validate).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(pattern);
  });

  it.each([
    ['x-audience', ['professionals', 'adopter'], /^"x-audience" here may list only audiences: "professionals", /],
    ['x-hidden-data', 'retian', /^"x-hidden-data" here must be "retain" or "clear"\.$/],
  ])("words a bad %s value without the validator's own terms", (keyword, value, pattern) => {
    const form = tinyForm();
    (form.schema as Node).properties.child[keyword] = value;
    const [problem] = compileFormSchema(form).problems;
    expect(problem?.message).toMatch(pattern);
    expect(problem?.message).not.toMatch(/strict mode|data\/\d|keyword/);
  });

  it('requires draft 2020-12', () => {
    const form = tinyForm();
    (form.schema as Node).$schema = 'http://json-schema.org/draft-07/schema#';
    expect(compileFormSchema(form).problems[0]?.pointer).toBe('/$schema');
  });
});
