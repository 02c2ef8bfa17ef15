import type { FormDefinitionData } from '@adoption-support/schemas';
import { KitInputError } from '../errors';
import type { ReaderLocale } from '../i18n/readerText';
import { MAX_DATA_DEPTH } from '../migrate/index';
import type { StandaloneValidator } from '../validation/toFieldErrors';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './inputLimits';

/** Code for the `code` operations of older migrations, by module path (see the migration format). */
export type MigrationHooks = Readonly<Record<string, (...args: never[]) => unknown>>;

/** What the server knows: its forms, their validators, and how to word and bound the work. */
export interface JudgeOptions {
  /** The forms the server accepts, by id: `forms` from `@adoption-support/schemas`, or a subset. */
  forms: Readonly<Record<string, FormDefinitionData>>;
  /** A precompiled validator per accepted form: `validators` from `@adoption-support/schemas/validators`. */
  validators: Readonly<Record<string, StandaloneValidator>>;
  /** The language of the messages (`en` by default; `cy` for Welsh forms, English for the others). */
  locale?: ReaderLocale;
  /** Today as `YYYY-MM-DD` for the rules; today in the UK by default. */
  clock?: () => string;
  /** Bank holidays for working-day rules, replacing the kit's England and Wales table. */
  bankHolidays?: readonly string[];
  /** Limits on size, depth and text length (each defaults to {@link DEFAULT_INPUT_LIMITS}). */
  limits?: Partial<InputLimits>;
  /** An agency's label pack in the chosen language: wording that wins over the form's own. */
  overrides?: Readonly<Record<string, string>>;
  /** Code for older migrations' `code` operations, by module path. */
  hooks?: MigrationHooks;
}

/** Options after checking: every field present and of the right type. */
export interface CheckedOptions extends Omit<JudgeOptions, 'limits' | 'locale' | 'validators'> {
  /** Present for `judgeSubmission`, which checks them; `shareCopy` does not need them. */
  validators: Readonly<Record<string, StandaloneValidator>>;
  locale: ReaderLocale;
  limits: InputLimits;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a caller's options: they come from the server's own code, so a mistake here is a
 * programmer's and throws a {@link KitInputError} naming the option and the fix.
 */
export function checkJudgeOptions(fn: string, options: unknown, need = { validators: true }): CheckedOptions {
  const refuse = (pointer: string, problem: string, fix: string): never => {
    throw new KitInputError({ function: fn, argument: 'options', pointer, problem, fix });
  };
  if (!isObject(options)) {
    return refuse('', 'The options must be an object.', 'Pass { forms, validators } at least.');
  }
  const { forms, validators, locale, clock, bankHolidays, limits, overrides, hooks } = options;
  if (!isObject(forms)) {
    return refuse('/forms', 'No forms were given.', "Pass `forms` from '@adoption-support/schemas'.");
  }
  for (const [id, definition] of Object.entries(forms)) {
    const manifest = isObject(definition) ? definition.manifest : undefined;
    const schema = isObject(definition) ? definition.schema : undefined;
    if (!isObject(manifest) || manifest.id !== id || typeof manifest.version !== 'string' || !isObject(schema)) {
      refuse(
        `/forms/${id}`,
        `"${id}" is not a form definition with that id.`,
        "Pass `forms` from '@adoption-support/schemas'.",
      );
    }
  }
  if (need.validators && !isObject(validators)) {
    return refuse(
      '/validators',
      'No validators were given.',
      "Pass `validators` from '@adoption-support/schemas/validators' (precompiled, safe under a strict CSP).",
    );
  }
  const given = isObject(validators) ? validators : {};
  for (const id of need.validators ? Object.keys(forms) : []) {
    if (typeof (Object.hasOwn(given, id) ? given[id] : undefined) !== 'function') {
      refuse(`/validators/${id}`, `There is no validator for the form "${id}".`, `Add the validator for "${id}".`);
    }
  }
  if (locale !== undefined && locale !== 'en' && locale !== 'cy') {
    refuse('/locale', `The locale "${String(locale)}" is not one the kit writes.`, 'Use "en" or "cy".');
  }
  if (clock !== undefined && typeof clock !== 'function') {
    refuse('/clock', 'The clock must be a function.', "Pass a function that returns today as 'YYYY-MM-DD'.");
  }
  if (bankHolidays !== undefined && !Array.isArray(bankHolidays)) {
    refuse('/bankHolidays', 'The bank holidays must be a list of dates.', "Pass dates as 'YYYY-MM-DD' text.");
  }
  if (overrides !== undefined && !isObject(overrides)) {
    refuse('/overrides', 'The overrides must be an object of strings by key.', 'Pass one language of your label pack.');
  }
  if (hooks !== undefined && !isObject(hooks)) {
    refuse('/hooks', 'The hooks must be an object of functions by module path.', 'Pass the migration hooks by module.');
  }
  if (limits !== undefined && !isObject(limits)) {
    refuse('/limits', 'The limits must be an object.', 'Pass { maxSize, maxDepth, maxTextLength }, each optional.');
  }
  const checked: InputLimits = { ...DEFAULT_INPUT_LIMITS };
  for (const name of Object.keys(DEFAULT_INPUT_LIMITS) as (keyof InputLimits)[]) {
    const value = isObject(limits) && Object.hasOwn(limits, name) ? limits[name] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      refuse(`/limits/${name}`, `The limit ${name} must be a whole number above 0.`, `Give ${name} as a number.`);
    }
    if (name === 'maxDepth' && (value as number) > MAX_DATA_DEPTH) {
      refuse(
        '/limits/maxDepth',
        `The kit works on documents nested at most ${MAX_DATA_DEPTH} levels deep.`,
        `Give maxDepth as ${MAX_DATA_DEPTH} or less.`,
      );
    }
    checked[name] = value as number;
  }
  return {
    ...(options as unknown as JudgeOptions),
    locale: locale === 'cy' ? 'cy' : 'en',
    limits: checked,
  };
}
