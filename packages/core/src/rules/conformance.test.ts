import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from './createInterpreter';

type Case = [logic: unknown, data?: unknown];

const integers = { integers: [1, 2, 3, 4, 5] };
const pies = { pies: [{ filling: 'pumpkin' }, { filling: 'apple' }] };

/**
 * Standard JSON-Logic expressions (after jsonlogic.com's operations page and tests), run through
 * json-logic-js 2.0.5 and through our interpreter: the results must be identical.
 */
const corpus: Case[] = [
  // var
  [{ var: 'a' }, { a: 1 }],
  [{ var: ['a'] }, { a: 1 }],
  [{ var: 'a.b.c' }, { a: { b: { c: 'deep' } } }],
  [{ var: ['z', 26] }, { a: 1 }],
  [{ var: ['a', 26] }, { a: 0 }],
  [{ var: 1 }, ['apple', 'banana']],
  [{ var: '1.name' }, [{ name: 'a' }, { name: 'b' }]],
  [{ var: '' }, 5],
  [{ var: [] }, { a: 1 }],
  [{ var: 'x.length' }, { x: [1, 2, 3] }],
  [{ var: 's.0' }, { s: 'abc' }],
  [{ var: 'a.b' }, { a: null }],
  [{ var: 'a' }, { a: false }],
  [{ var: 'a.b.c' }, { a: 7 }],
  [{ var: { cat: ['a', 'b'] } }, { ab: 3 }],
  // missing, missing_some
  [{ missing: ['a', 'b'] }, { a: 1 }],
  [{ missing: ['a', 'b'] }, { a: '', b: null }],
  [{ missing: ['a.b'] }, { a: { b: 0 } }],
  [{ missing: 'a' }, {}],
  [{ missing: { merge: ['a', ['b', 'c']] } }, { c: 1 }],
  [{ if: [{ missing: ['a'] }, 'missing a', 'ok'] }, {}],
  [{ missing_some: [1, ['a', 'b', 'c']] }, { a: 1 }],
  [{ missing_some: [2, ['a', 'b', 'c']] }, { a: 1 }],
  [{ missing_some: [0, ['a']] }, {}],
  // if
  [{ if: [true, 'yes', 'no'] }],
  [{ if: [false, 'yes', 'no'] }],
  [{ if: [false, 1, false, 2, 3] }],
  [{ if: [false, 1, true, 2, 3] }],
  [{ if: [[], 'a', 'b'] }],
  [{ if: [[0], 'a', 'b'] }],
  [{ if: ['', 'a', 'b'] }],
  [{ if: ['0', 'a', 'b'] }],
  [{ if: [0, 'a'] }],
  [{ if: [] }],
  [{ if: [true] }],
  [{ '?:': [true, 1, 2] }],
  // equality
  [{ '==': [1, 1] }],
  [{ '==': [1, '1'] }],
  [{ '==': [0, false] }],
  [{ '==': [null, 0] }],
  [{ '==': [null, null] }],
  [{ '==': ['2026-01-01', { var: 'd' }] }, { d: '2026-01-01' }],
  [{ '===': [1, '1'] }],
  [{ '===': [1, 1] }],
  [{ '!=': [1, 2] }],
  [{ '!=': ['1', 1] }],
  [{ '!==': ['1', 1] }],
  // negation
  [{ '!': [true] }],
  [{ '!': false }],
  [{ '!': [[]] }],
  [{ '!': { var: 'x' } }, { x: [0] }],
  [{ '!!': ['0'] }],
  [{ '!!': [[]] }],
  [{ '!!': [{}] }],
  [{ '!!': [0] }],
  // and, or
  [{ and: [true, 'a', 3] }],
  [{ and: [true, '', 3] }],
  [{ and: [{ var: 'a' }, { var: 'b' }] }, { a: 1, b: 2 }],
  [{ or: [false, 0, 'a'] }],
  [{ or: [false, 0] }],
  [{ or: [[], null] }],
  // ordering
  [{ '<': [1, 2] }],
  [{ '<': [2, 1] }],
  [{ '<': [1, 2, 3] }],
  [{ '<': [1, 1, 3] }],
  [{ '<=': [1, 1, 3] }],
  [{ '<=': [1, 4, 3] }],
  [{ '>': [2, 1] }],
  [{ '>=': [1, 1] }],
  [{ '>': ['2', 1] }],
  [{ '<': ['2026-01-01', '2026-02-01'] }],
  [{ '>': ['2026-03-01', { var: 'd' }] }, { d: '2026-02-28' }],
  [{ '<': [null, 1] }],
  [{ '<': ['a', 1] }],
  [{ '<=': [null, '2026-01-01'] }],
  [{ '<': [{ var: 'temp' }, 110] }, { temp: 100 }],
  // arithmetic
  [{ max: [1, 2, 3] }],
  [{ min: [1, 2, 3] }],
  [{ max: [1, '3'] }],
  [{ min: [1, null] }],
  [{ '+': [1, 2] }],
  [{ '+': ['3', 4] }],
  [{ '+': [] }],
  [{ '+': '3' }],
  [{ '+': ['1.5', 2] }],
  [{ '+': [{ var: 'a' }, { var: 'b' }] }, { a: 2, b: 40 }],
  [{ '*': [2, 3] }],
  [{ '*': [2, '3', 4] }],
  [{ '*': ['2'] }],
  [{ '-': [5, 2] }],
  [{ '-': [2] }],
  [{ '-': ['5', '2'] }],
  [{ '/': [4, 2] }],
  [{ '/': [1, 4] }],
  [{ '%': [7, 3] }],
  [{ '%': [-7, 3] }],
  // strings and lists
  [{ in: ['Spring', 'Springfield'] }],
  [{ in: ['x', ['a', 'x']] }],
  [{ in: ['z', ['a']] }],
  [{ in: ['a', null] }],
  [{ in: [1, 5] }],
  [{ in: [{ var: 'code' }, ['low', 'medium']] }, { code: 'medium' }],
  [{ cat: ['I love', ' pie'] }],
  [{ cat: ['a', 1, null, true] }],
  [{ cat: 'one' }],
  [{ cat: [[1, 2], 'x'] }],
  [{ substr: ['jsonlogic', 4] }],
  [{ substr: ['jsonlogic', -5] }],
  [{ substr: ['jsonlogic', 1, 3] }],
  [{ substr: ['jsonlogic', 4, -2] }],
  [{ substr: ['jsonlogic', 2, -20] }],
  [{ substr: [12345, 1, 2] }],
  [{ merge: [] }],
  [
    {
      merge: [
        [1, 2],
        [3, 4],
      ],
    },
  ],
  [{ merge: [1, 2, [3, 4]] }],
  [{ merge: [[[1]], 2] }],
  // iterating
  [{ map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] }, integers],
  [{ map: [{ var: 'nothing' }, { var: '' }] }, integers],
  [{ map: [{ var: 'people' }, { var: 'a' }] }, { people: [{ a: 1 }, { a: 2 }, {}] }],
  [{ filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] }, integers],
  [{ filter: ['abc', true] }],
  [{ filter: [{ var: 'integers' }, { '>=': [{ var: '' }, 3] }] }, integers],
  [{ reduce: [{ var: 'integers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, integers],
  [{ reduce: [{ var: 'integers' }, { '*': [{ var: 'current' }, { var: 'accumulator' }] }, 1] }, integers],
  [
    { reduce: [{ var: 'desserts' }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0] },
    { desserts: [{ qty: 1 }, { qty: 2 }] },
  ],
  [{ reduce: [null, { '+': [1, 2] }, 7] }],
  [{ reduce: [[1, 2, 3], { cat: [{ var: 'accumulator' }, { var: 'current' }] }, ''] }],
  [{ all: [[1, 2, 3], { '>': [{ var: '' }, 0] }] }],
  [{ all: [[-1, 2, 3], { '>': [{ var: '' }, 0] }] }],
  [{ all: [[], true] }],
  [{ all: [{ var: 'x' }, true] }, {}],
  [{ some: [[-1, 2], { '>': [{ var: '' }, 0] }] }],
  [{ some: [[], true] }],
  [{ some: [{ var: 'pies' }, { '==': [{ var: 'filling' }, 'apple'] }] }, pies],
  [{ none: [[-3, -2], { '>': [{ var: '' }, 0] }] }],
  [{ none: [[], true] }],
  [{ none: [{ var: 'pies' }, { '==': [{ var: 'filling' }, 'apple'] }] }, pies],
  // compound
  [
    {
      map: [
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        {
          if: [
            { '==': [{ '%': [{ var: '' }, 15] }, 0] },
            'fizzbuzz',
            { '==': [{ '%': [{ var: '' }, 3] }, 0] },
            'fizz',
            { '==': [{ '%': [{ var: '' }, 5] }, 0] },
            'buzz',
            { var: '' },
          ],
        },
      ],
    },
  ],
  [
    { and: [{ '<': [{ var: 'temp' }, 110] }, { '==': [{ var: 'pie.filling' }, 'apple'] }] },
    { temp: 100, pie: { filling: 'apple' } },
  ],
  [{ if: [{ '<': [{ var: 'age' }, 18] }, 'child', 'adult'] }, { age: 17 }],
];

/**
 * Where we deliberately differ from json-logic-js, and why (docs/decisions/0005-rule-interpreter.md).
 * `ours` is what our interpreter gives; 'throws' means it stops the rule with a LogicError.
 */
const differences: { logic: unknown; data?: unknown; ours: unknown; why: string }[] = [
  { logic: { '+': ['a', 1] }, ours: null, why: 'arithmetic that gives NaN gives null ("no answer")' },
  { logic: { '/': [1, 0] }, ours: null, why: 'division by zero gives null, not Infinity' },
  { logic: { max: [] }, ours: null, why: 'the largest of nothing is null, not -Infinity' },
  { logic: { '*': [] }, ours: null, why: 'json-logic-js throws a TypeError' },
  { logic: { and: [] }, ours: null, why: 'json-logic-js gives undefined, which JSON cannot hold' },
  { logic: { var: 'toString' }, data: {}, ours: null, why: 'only own properties of the data are read' },
  { logic: { var: 'constructor' }, data: {}, ours: 'throws', why: 'forbidden path' },
  { logic: { var: '__proto__' }, data: {}, ours: 'throws', why: 'forbidden path' },
  { logic: { var: 'a.prototype' }, data: { a: {} }, ours: 'throws', why: 'forbidden path' },
  { logic: { a: 1, b: 2 }, ours: 'throws', why: 'an object with several keys is an error, not data' },
  { logic: { log: 'x' }, ours: 'throws', why: 'log writes to the console; not provided' },
];

describe('conformance with json-logic-js 2.0.5', () => {
  const interpreter = createInterpreter();
  const ours = (logic: unknown, data: unknown) => interpreter.run(logic, data);

  it('has a corpus of at least 60 expressions', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus.map(([logic, data]) => [JSON.stringify(logic), logic, data ?? {}]))('%s', (_name, logic, data) => {
    expect(ours(logic, data)).toEqual(jsonLogic.apply(logic, data));
  });

  it.each(differences.map((d) => [JSON.stringify(d.logic), d]))('differs on purpose: %s', (_name, d) => {
    const data = d.data ?? {};
    let reference: unknown;
    try {
      reference = jsonLogic.apply(d.logic, data);
    } catch (error) {
      reference = error;
    }
    if (d.ours === 'throws') {
      expect(() => ours(d.logic, data)).toThrow();
    } else {
      expect(ours(d.logic, data)).toEqual(d.ours);
    }
    expect(reference).not.toEqual(d.ours);
  });
});
