import { KitInputError } from '../errors';
import type { MigrationFileProblem } from './checkOperation';
import { isJsonObject, pointerTokens } from './documentPaths';
import type {
  ApplyMigrationOptions,
  Migration,
  MigrationHook,
  MigrationHookContext,
  MigrationResult,
} from './Migration';
import { MAX_DATA_DEPTH } from './Migration';
import { cloneData, MigrationError, refuse } from './MigrationError';
import {
  merge,
  preserveOp,
  preserveRemovedFields,
  type RunState,
  relocateAll,
  remap,
  setAside,
  setDefault,
  splitAtDelimiterOp,
  splitAtHeadingsOp,
} from './operations';
import { migrationProblems } from './parseMigration';

/** A call of a code operation's function, handed to the driver that runs it. */
interface HookCall {
  hook: MigrationHook;
  module: string;
  data: Record<string, unknown>;
  context: MigrationHookContext;
}

/** Throws a KitInputError naming the first fault of a migration passed in code. */
export function checkMigrationArgument(migration: unknown, fn: string, argument = 'migration'): Migration {
  if (!isJsonObject(migration)) {
    refuse(
      fn,
      argument,
      '',
      'The migration must be an object.',
      'Pass a migration from parseMigration() or formVersions().',
    );
  }
  const problems: MigrationFileProblem[] = [];
  if (typeof migration.name !== 'string' || typeof migration.form !== 'string') {
    problems.push({
      pointer: '/name',
      message: 'The migration needs a "name" and a "form", as text.',
      fix: 'Build it with parseMigration().',
    });
  }
  migrationProblems(migration, (pointer, message, fix) => problems.push({ pointer, message, fix }));
  const [first] = problems;
  if (first) refuse(fn, argument, first.pointer, first.message, first.fix);
  return migration as unknown as Migration;
}

/** Checks the data handed to the migration functions and returns a copy of it the migration may change. */
export function copyOfData(
  data: unknown,
  fn: string,
  argument: string,
  maxDepth = MAX_DATA_DEPTH,
): Record<string, unknown> {
  if (!isJsonObject(data)) {
    refuse(
      fn,
      argument,
      argument === 'document' ? '/data' : '',
      "The document's data must be a JSON object.",
      'Pass the "data" object of a saved document.',
    );
  }
  try {
    return cloneData(data, fn, argument, maxDepth);
  } catch (error) {
    if (argument !== 'document' || !(error instanceof KitInputError)) throw error;
    throw new KitInputError({ ...error.details, pointer: `/data${error.details.pointer}` });
  }
}

function checkOptions(options: unknown, fn: string): ApplyMigrationOptions {
  if (options === undefined) return {};
  if (!isJsonObject(options))
    refuse(fn, 'options', '', 'The options must be an object.', 'Pass { fromSchema, toSchema, hooks } or nothing.');
  for (const key of ['fromSchema', 'toSchema', 'hooks'] as const) {
    if (options[key] !== undefined && !isJsonObject(options[key])) {
      refuse(
        fn,
        'options',
        `/${key}`,
        `"${key}" must be an object.`,
        'Pass it as the form definitions give it, or leave it out.',
      );
    }
  }
  return options as ApplyMigrationOptions;
}

/**
 * The migration as steps: yields each code operation's call for a driver to run (and await, when
 * async), and returns what the migration produced.
 */
export function* migrationSteps(
  input: Record<string, unknown>,
  migration: Migration,
  options: ApplyMigrationOptions,
): Generator<HookCall, MigrationResult, unknown> {
  const state: RunState = { data: input, migration, preserved: [], events: [] };
  for (const operation of migration.operations) {
    switch (operation.op) {
      case 'rename':
      case 'move':
        relocateAll(state, operation);
        break;
      case 'split':
        if ('delimiter' in operation) splitAtDelimiterOp(state, operation);
        else splitAtHeadingsOp(state, operation);
        break;
      case 'merge':
        merge(state, operation);
        break;
      case 'remapOptions':
        remap(state, operation);
        break;
      case 'setDefault':
        setDefault(state, operation);
        break;
      case 'preserve':
        preserveOp(state, operation);
        break;
      case 'code': {
        const hook =
          options.hooks && Object.hasOwn(options.hooks, operation.module) ? options.hooks[operation.module] : undefined;
        if (typeof hook !== 'function') {
          throw new MigrationError(
            `Migration ${migration.name} runs the code module ${operation.module}, which was not loaded. Pass its function in "hooks" (the adoption-support command loads them in Node).`,
          );
        }
        const context: MigrationHookContext = {
          form: migration.form,
          from: migration.from,
          to: migration.to,
          preserve: (from, value, reason) => {
            let tokens: string[] = [];
            try {
              tokens = typeof from === 'string' ? pointerTokens(from) : [];
            } catch {
              tokens = [];
            }
            if (tokens.length === 0) {
              throw new MigrationError(
                `The code module ${operation.module} preserved a value at something that is not a JSON pointer to a field.`,
              );
            }
            setAside(
              state,
              tokens,
              value,
              typeof reason === 'string' ? reason : 'Set aside by the migration code.',
              'code',
            );
          },
        };
        const result = yield { hook, module: operation.module, data: state.data, context };
        if (result !== undefined) {
          if (!isJsonObject(result)) {
            throw new MigrationError(
              `The code module ${operation.module} of migration ${migration.name} must return an object.`,
            );
          }
          state.data = copyOfData(result, 'applyMigration', 'hook result');
        }
        state.events.push({
          migration: migration.name,
          op: 'code',
          outcome: 'ran',
          detail: operation.description ?? `ran ${operation.module}`,
        });
        break;
      }
    }
  }
  if (options.fromSchema && options.toSchema) preserveRemovedFields(state, options.fromSchema, options.toSchema);
  return { data: state.data, preserved: state.preserved, events: state.events };
}

const hookFailed = (call: HookCall, error: unknown) =>
  new MigrationError(
    `The code module ${call.module} failed: ${error instanceof Error ? error.message : 'it threw something that is not an Error'}`,
  );

/** Runs the steps, awaiting each code operation's function. */
export async function runSteps(steps: Generator<HookCall, MigrationResult, unknown>): Promise<MigrationResult> {
  let next = steps.next();
  while (!next.done) {
    const call = next.value;
    let result: unknown;
    try {
      result = await call.hook(call.data, call.context);
    } catch (error) {
      if (error instanceof MigrationError) throw error;
      throw hookFailed(call, error);
    }
    next = steps.next(result);
  }
  return next.value;
}

/** Runs the steps without waiting: a code operation whose function returns a promise is refused. */
export function runStepsSync(steps: Generator<HookCall, MigrationResult, unknown>): MigrationResult {
  let next = steps.next();
  while (!next.done) {
    const call = next.value;
    let result: unknown;
    try {
      result = call.hook(call.data, call.context);
    } catch (error) {
      if (error instanceof MigrationError) throw error;
      throw hookFailed(call, error);
    }
    if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      throw new MigrationError(
        `The code module ${call.module} works asynchronously, so the synchronous functions cannot run it. Use migrateEnvelope or applyMigration (async).`,
      );
    }
    next = steps.next(result);
  }
  return next.value;
}

/** Checks the arguments and prepares the steps of one migration. */
export function prepare(fn: string, input: unknown, migration: unknown, options: unknown) {
  const checked = checkMigrationArgument(migration, fn);
  return migrationSteps(copyOfData(input, fn, 'input'), checked, checkOptions(options, fn));
}

/**
 * Applies one migration to a document's data, in the order its operations are written, and returns
 * new data (the input is not changed). Never overwrites an answer and never drops one: anything without
 * a place goes to `preserved` with the reason. With both schemas given, answers to fields the new
 * version no longer has (and no operation placed) are preserved too. Own `__proto__`, `constructor`
 * and `prototype` keys stay own data.
 *
 * @throws {KitInputError} when an argument is not what it should be (the data, the migration).
 * @throws {MigrationError} when a code operation's function is missing or fails.
 */
export async function applyMigration(
  input: Record<string, unknown>,
  migration: Migration,
  options: ApplyMigrationOptions = {},
): Promise<MigrationResult> {
  return runSteps(prepare('applyMigration', input, migration, options));
}

/** The synchronous form of {@link applyMigration}: refuses a code operation whose function returns a promise. */
export function applyMigrationSync(
  input: Record<string, unknown>,
  migration: Migration,
  options: ApplyMigrationOptions = {},
): MigrationResult {
  return runStepsSync(prepare('applyMigrationSync', input, migration, options));
}
