import fc from 'fast-check';
import { hostileJson, hostileString } from '../../testing/hostileJson';
import { OPERATORS } from '../operatorCatalog';

/** Variable paths rules write, and paths no rule may read. */
const paths = fc.constantFrom<string | number>(
  '',
  'a',
  'a.b',
  'xs',
  'xs.0',
  'xs.length',
  'data.child.dateOfBirth',
  'dates.1',
  'accumulator',
  'current',
  'toString',
  'hasOwnProperty',
  '__proto__',
  'constructor',
  'a.prototype',
  0,
  1,
);

const literal = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'a', '0', '2026-01-05', '2024-02-29', 'days', 'weeks', 'months', 'after', 'x'),
  hostileString.filter((s) => s.length < 64),
);

/** Parsed from JSON, so `__proto__` is an own key (an operator the kit refuses). */
const oddOperator = fc.constantFrom<unknown>(JSON.parse('{"__proto__": [1]}'), { log: 'x' }, { a: 1, b: 2 }, {});

/**
 * JSON-Logic as a careless or hostile author could write it: every operator the kit knows with any
 * number of arguments (valid or not), single arguments not in a list, variable paths that read the data
 * or try to leave it, paths built while the rule runs, unknown operators and several-key objects.
 */
export const anyLogic: fc.Arbitrary<unknown> = fc.letrec<{ logic: unknown }>((tie) => ({
  logic: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: literal },
    { weight: 3, arbitrary: paths.map((path) => ({ var: path })) },
    { weight: 1, arbitrary: fc.tuple(paths, tie('logic')).map(([path, fallback]) => ({ var: [path, fallback] })) },
    { weight: 1, arbitrary: tie('logic').map((path) => ({ var: path })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(OPERATORS)), fc.array(tie('logic'), { maxLength: 4 }))
        .map(([op, args]) => ({ [op]: args })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...Object.keys(OPERATORS)), tie('logic')).map(([op, arg]) => ({ [op]: arg })),
    },
    { weight: 1, arbitrary: fc.array(tie('logic'), { maxLength: 3 }) },
    { weight: 1, arbitrary: oddOperator },
  ),
})).logic;

/** Data for logic to read: shaped like the paths above, or anything hostile. */
export const logicData: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      a: fc.oneof(literal, fc.record({ b: literal })),
      xs: fc.array(fc.oneof(literal, fc.integer({ min: 0, max: 9 })), { maxLength: 40 }),
      dates: fc.array(fc.constantFrom('2026-01-05', '2025-12-25', '2024-02-29', 'x'), { maxLength: 4 }),
      data: fc.record({ child: fc.record({ dateOfBirth: fc.constantFrom('2019-08-31', '2020-02-29', '') }) }),
      accumulator: literal,
      current: literal,
    },
    { requiredKeys: [] },
  ),
  hostileJson,
);
