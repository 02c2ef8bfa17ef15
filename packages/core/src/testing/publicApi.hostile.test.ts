// Every public function of core and core/node, given hostile JSON in any argument, returns or throws a KitError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../definition/jsonInput';
import * as core from '../index';
import * as node from '../node/index';
import { expectKitErrorOrResult, expectKitErrorOrResultAsync, fuzzParameters, hostileJson } from './hostileJson';
import {
  anyArguments,
  coreEntries,
  englandEngineOptions,
  nodeEntries,
  otherCoreFunctions,
  pathFunctions,
  strictEntries,
} from './publicEntries';

type Module = Record<string, unknown>;
const isClass = (value: unknown) =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
const functionsOf = (module: Module) =>
  Object.keys(module).filter((name) => typeof module[name] === 'function' && !isClass(module[name]));

/** Each call is bounded: a hostile value must never make one call take long, even on a busy machine. */
const MAX_CALL_MS = 5000;
/** 1,000 runs or more per function, on a machine that may be busy. */
const TEST_MS = 300_000;

/** Fails when a strict entry point let a hostile value through to its last line of defence. */
function expectOwnCheck(name: string, error: unknown) {
  if (!strictEntries.includes(name) || !(error instanceof UnreadableInputError)) return;
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message.slice(0, 200)}` : '';
  expect.fail(`${name} did not check its input itself; underneath: ${cause}`);
}

function fuzz(module: Module, name: string, builder: fc.Arbitrary<unknown[]>) {
  const fn = module[name] as (...args: unknown[]) => unknown;
  fc.assert(
    fc.property(builder, (args) => {
      const started = performance.now();
      const { error } = expectKitErrorOrResult(() => fn(...args));
      expectOwnCheck(name, error);
      expect(performance.now() - started).toBeLessThan(MAX_CALL_MS);
    }),
    fuzzParameters(),
  );
}

describe('every exported function has hostile-input coverage', () => {
  it('in the main entry', () => {
    const covered = (name: string) => Object.hasOwn(coreEntries, name) || otherCoreFunctions.includes(name);
    expect(functionsOf(core).filter((name) => !covered(name))).toEqual([]);
  });
  it('in the Node entry (apart from the functions that take file paths)', () => {
    const missing = functionsOf(node).filter((n) => !Object.hasOwn(nodeEntries, n) && !pathFunctions.includes(n));
    expect(missing).toEqual([]);
  });
});

const entryPoints = [
  ...Object.keys(coreEntries).map((name) => ({ title: name, module: core as Module, builder: coreEntries[name] })),
  ...Object.keys(nodeEntries).map((name) => ({
    title: `core/node ${name}`,
    module: node as Module,
    builder: nodeEntries[name],
  })),
];

describe.each(entryPoints.map((entry) => [entry.title, entry] as const))('%s on hostile JSON', (title, entry) => {
  it(
    'returns or throws a KitError, pollutes no prototype, and stays fast',
    () => {
      fuzz(entry.module, title.replace('core/node ', ''), entry.builder as fc.Arbitrary<unknown[]>);
    },
    TEST_MS,
  );
});

describe.each(otherCoreFunctions.filter((name) => typeof (core as Module)[name] === 'function'))(
  '%s with hostile JSON in every argument',
  (name) => {
    it(
      'returns or throws a KitError (or rejects with one), and pollutes no prototype',
      async () => {
        const fn = (core as Module)[name] as (...args: unknown[]) => unknown;
        await fc.assert(
          fc.asyncProperty(anyArguments(fn.length), async (args) => {
            await expectKitErrorOrResultAsync(async () => fn(...args));
          }),
          fuzzParameters(),
        );
      },
      TEST_MS,
    );
  },
);

describe('a rule engine evaluating hostile data', () => {
  it(
    'never throws, whatever the data: a rule the data stops is listed in failed',
    () => {
      const engine = core.createRuleEngine(englandEngineOptions);
      fc.assert(
        fc.property(hostileJson, (data) => {
          const started = performance.now();
          const outcome = engine.evaluate(data, { today: '2026-03-27' });
          expect(Array.isArray(outcome.failed)).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(performance.now() - started).toBeLessThan(MAX_CALL_MS);
        }),
        fuzzParameters(),
      );
    },
    TEST_MS,
  );
});
