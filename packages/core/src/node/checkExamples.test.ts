import { describe, expect, it } from 'vitest';
import { tinyExamples, tinyForm } from '../testing/tinyForm';
import { checkExamples } from './checkExamples';
import { compileFormSchema } from './checkSchema';

const form = tinyForm();
const validate = compileFormSchema(form).validate!;

describe('checkExamples', () => {
  it('accepts examples that behave as their names say', () => {
    expect(checkExamples(form, tinyExamples(), validate)).toEqual([]);
  });

  it('reports a valid example that fails, with the pointer of the fault', () => {
    const examples = tinyExamples();
    examples['valid.full']!.data = { child: { name: 'Sam', dateOfBirth: '31/01/2020' } };
    const [problem] = checkExamples(form, examples, validate);
    expect(problem).toMatchObject({ file: 'examples/valid.full.json', pointer: '/data/child/dateOfBirth' });
  });

  it('reports an invalid example that passes', () => {
    const examples = tinyExamples();
    examples['invalid.missing-name']!.data = { child: { name: 'Sam', dateOfBirth: '2020-01-31' } };
    expect(checkExamples(form, examples, validate)[0]?.message).toMatch(/passes validation/);
  });

  it('reports an invalid example that fails for a different reason than it names', () => {
    const examples = tinyExamples();
    examples['invalid.missing-name']!.expect = [{ pointer: '/child/name', error: 'minLength' }];
    const [problem] = checkExamples(form, examples, validate);
    expect(problem?.pointer).toBe('/expect/0');
    expect(problem?.message).toMatch(
      /should fail with "minLength" at \/child\/name, but the errors are: required at \/child\/name/,
    );
  });

  it('reports an invalid example with no expectation, and missing required examples', () => {
    const examples = tinyExamples();
    delete examples['invalid.missing-name']!.expect;
    delete examples['valid.minimal'];
    const messages = checkExamples(form, examples, validate).map((p) => p.message);
    expect(messages).toContain('The example valid.minimal is missing.');
    expect(messages.some((m) => /does not say which error/.test(m))).toBe(true);
  });

  it('reports an example saved for another form or version', () => {
    const examples = tinyExamples();
    examples['valid.full']!.version = '2024.1';
    expect(checkExamples(form, examples, validate)[0]?.pointer).toBe('/form');
  });
});
