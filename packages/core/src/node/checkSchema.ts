import type { FormDefinitionData } from '@adoption-support/schemas';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { AUDIENCE_KEYWORD, AUDIENCES, HIDDEN_DATA_KEYWORD, HIDDEN_DATA_POLICIES } from '../definition/annotations';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import {
  assertArray,
  assertDefinitionObject,
  assertObject,
  assertString,
  assertTextFields,
  describeValue,
  guarded,
} from '../definition/jsonInput';
import { createAjv } from './createAjv';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** The result of compiling a form's schema in ajv strict mode. */
export interface SchemaCompilation {
  validate: ValidateFunction | undefined;
  problems: DefinitionProblem[];
}

/** Compiles the form's schema under ajv strict mode (draft 2020-12, formats, kit keywords). */
export function compileFormSchema(definition: FormDefinitionData): SchemaCompilation {
  return guarded('compileFormSchema', () => {
    assertDefinitionObject({ function: 'compileFormSchema' }, definition);
    return compile(definition);
  });
}

function compile(definition: FormDefinitionData): SchemaCompilation {
  const form = definition.manifest.id;
  const problem = (pointer: string, message: string, fix: string): DefinitionProblem => ({
    check: 'schema',
    form,
    file: 'schema.json',
    pointer,
    message,
    fix,
  });
  if (definition.schema.$schema !== DRAFT) {
    return {
      validate: undefined,
      problems: [
        problem(
          '/$schema',
          `The schema does not declare draft 2020-12 (found ${describeValue(definition.schema.$schema)}).`,
          `Set "$schema" to "${DRAFT}".`,
        ),
      ],
    };
  }
  try {
    return { validate: createAjv().compile(definition.schema), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /at "([^"]*)"/.exec(message)?.[1] ?? /path "([^"]*)"/.exec(message)?.[1] ?? '';
    const missingRef = /can't resolve reference #\/\$defs\/(\w+)/.exec(message)?.[1];
    const fix = missingRef
      ? `Add "${missingRef}" to "$defs"; if it is a shared definition, run \`pnpm generate\` to copy it in.`
      : 'Fix the keyword it names: check its spelling, give every "minLength"/"pattern" a "type": "string", and list only defined properties in "required".';
    return {
      validate: undefined,
      problems: [problem(where.replace(/^#/, ''), plainAjvMessage(message), fix)],
    };
  }
}

/** ajv's wording without its own terms: `data/2 must be ...` names the item by its place in the list. */
function plainAjvMessage(message: string): string {
  const annotation = /^keyword "(x-audience|x-hidden-data)" value is invalid/.exec(message)?.[1];
  if (annotation === AUDIENCE_KEYWORD) {
    return `"${AUDIENCE_KEYWORD}" here may list only audiences: ${AUDIENCES.map((a) => `"${a}"`).join(', ')}.`;
  }
  if (annotation === HIDDEN_DATA_KEYWORD) {
    return `"${HIDDEN_DATA_KEYWORD}" here must be ${HIDDEN_DATA_POLICIES.map((p) => `"${p}"`).join(' or ')}.`;
  }
  const plain = message
    .replace(/^strict mode: /, '')
    .replace(/\bdata\/(\d+) must/g, (_, index: string) => `item ${Number(index) + 1} of the list must`)
    .replace(/\bdata must/g, 'the value must');
  return `The schema cannot be used as it is: ${plain}.`;
}

/** An ajv error as a field pointer and keyword: a missing field's pointer is where it would be. */
export interface NormalisedError {
  pointer: string;
  error: string;
  message: string;
}

/** Turns ajv errors into `{pointer, error}` pairs; `required` points at the missing field itself. */
export function normaliseErrors(errors: readonly ErrorObject[] | null | undefined): NormalisedError[] {
  const site = { function: 'normaliseErrors', argument: 'errors' };
  if (errors !== null && errors !== undefined) {
    assertArray(site, errors, '', "Pass ajv's errors as it gave them.");
    for (const [i, e] of errors.entries()) {
      assertTextFields(site, e, ['instancePath', 'keyword'], ['message']);
      assertObject(site, e.params, `/${i}/params`);
      const missing = (e.params as { missingProperty?: unknown }).missingProperty;
      if (missing !== undefined) assertString(site, missing, `/${i}/params/missingProperty`);
    }
  }
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? (e.params as { missingProperty?: string }).missingProperty : undefined;
    const pointer =
      missing === undefined ? e.instancePath : `${e.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { pointer, error: e.keyword, message: e.message ?? e.keyword };
  });
}
