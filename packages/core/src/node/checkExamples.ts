import type { FormDefinitionData, FormExample } from '@adoption-support/schemas';
import type { ValidateFunction } from 'ajv';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { assertDefinitionObject, assertDepth, assertObject, describeValue, guarded } from '../definition/jsonInput';
import { KitInputError } from '../errors';
import { normaliseErrors } from './checkSchema';

const REQUIRED_EXAMPLES = ['valid.minimal', 'valid.full'];
const MIN_INVALID = 3;

/**
 * Each example passes or fails as its name says; an invalid one fails with every error its `expect`
 * list names. A form has `valid.minimal`, `valid.full` and at least three `invalid.<reason>` examples.
 */
export function checkExamples(
  definition: FormDefinitionData,
  examples: Readonly<Record<string, FormExample>>,
  validate: ValidateFunction,
): DefinitionProblem[] {
  return guarded('checkExamples', () => {
    const site = { function: 'checkExamples' };
    assertDefinitionObject(site, definition);
    assertObject({ ...site, argument: 'examples' }, examples, '', 'Pass the examples by name.');
    assertDepth({ ...site, argument: 'examples' }, examples);
    if (typeof validate !== 'function') {
      throw new KitInputError({
        ...site,
        argument: 'validate',
        pointer: '',
        problem: 'Expected a validator function.',
        fix: 'Pass compileFormSchema(definition).validate.',
      });
    }
    return check(definition, examples, validate);
  });
}

function check(
  definition: FormDefinitionData,
  examples: Readonly<Record<string, FormExample>>,
  validate: ValidateFunction,
): DefinitionProblem[] {
  const form = definition.manifest.id;
  const problems: DefinitionProblem[] = [];
  const add = (file: string, pointer: string, message: string, fix: string) =>
    problems.push({ check: 'examples', form, file, pointer, message, fix });
  for (const name of REQUIRED_EXAMPLES) {
    if (!(name in examples))
      add(`examples/${name}.json`, '', `The example ${name} is missing.`, `Add examples/${name}.json.`);
  }
  const invalidCount = Object.keys(examples).filter((n) => n.startsWith('invalid.')).length;
  if (invalidCount < MIN_INVALID) {
    add(
      'examples/',
      '',
      `There are ${invalidCount} invalid examples; at least ${MIN_INVALID} are needed.`,
      'Add examples/invalid.<reason>.json files, each with an "expect" list of the errors it must produce.',
    );
  }
  for (const [name, example] of Object.entries(examples)) {
    const file = `examples/${name}.json`;
    if (!name.startsWith('valid.') && !name.startsWith('invalid.')) {
      add(
        file,
        '',
        'Example names start with "valid." or "invalid.", so the tests know what to expect.',
        'Rename the file.',
      );
      continue;
    }
    if (example.form !== form || example.version !== definition.manifest.version) {
      add(
        file,
        '/form',
        `The example is for ${describeValue(example.form)} version ${describeValue(example.version)}, not ${form} ${definition.manifest.version}.`,
        `Set "form": "${form}" and "version": "${definition.manifest.version}".`,
      );
    }
    const valid = validate(example.data) as boolean;
    const errors = normaliseErrors(validate.errors);
    if (name.startsWith('valid.')) {
      for (const e of errors) {
        add(
          file,
          `/data${e.pointer}`,
          `This valid example fails: ${e.error} (${e.message}).`,
          'Correct the value, or rename the example invalid.<reason> with an "expect" list.',
        );
      }
      continue;
    }
    const expected = Array.isArray(example.expect) ? example.expect : [];
    if (expected.length === 0) {
      add(
        file,
        '/expect',
        'This invalid example does not say which error it must produce.',
        'Add "expect": [{"pointer": "/section/field", "error": "required"}].',
      );
    }
    if (valid) {
      add(
        file,
        '/data',
        'This invalid example passes validation, so it proves nothing.',
        'Make the fault its name describes, or rename it.',
      );
      continue;
    }
    for (const [i, want] of expected.entries()) {
      if (!errors.some((e) => e.pointer === want.pointer && e.error === want.error)) {
        const got = errors.map((e) => `${e.error} at ${e.pointer || '/'}`).join('; ');
        add(
          file,
          `/expect/${i}`,
          `It should fail with "${want.error}" at ${want.pointer}, but the errors are: ${got}.`,
          'Correct the "expect" entry or the example data.',
        );
      }
    }
  }
  return problems;
}
