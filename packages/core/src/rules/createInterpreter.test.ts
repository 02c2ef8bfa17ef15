import jsonLogic from 'json-logic-js';
import { describe, expect, it, vi } from 'vitest';
import { createInterpreter } from './createInterpreter';
import { LogicError } from './LogicError';

const errorOf = (work: () => unknown): LogicError => {
  try {
    work();
  } catch (error) {
    if (error instanceof LogicError) return error;
    throw error;
  }
  throw new Error('expected a LogicError');
};

describe('createInterpreter: variable paths never leave the data', () => {
  const interpreter = createInterpreter();

  it.each([
    [{ var: '__proto__' }],
    [{ var: 'data.constructor' }],
    [{ var: 'data.constructor.prototype' }],
    [{ var: { cat: ['__pro', 'to__'] } }],
    [{ var: { cat: ['data.', 'constr', 'uctor'] } }],
    [{ missing: [{ cat: ['__pro', 'to__'] }] }],
    [{ missing_some: [1, [{ cat: ['proto', 'type'] }]] }],
    [{ map: [[{}], { var: { cat: ['__pro', 'to__'] } }] }],
  ])('refuses %j at run time', (logic) => {
    const error = errorOf(() => interpreter.run(logic, { data: {} }));
    expect(error.kind).toBe('path');
    expect(error.message).toMatch(/reaches "(__proto__|constructor|prototype)", which no rule may read/);
  });

  it('reads only own properties: inherited ones and functions are not found', () => {
    const data = Object.create({ inherited: 'secret' });
    data.own = 1;
    expect(interpreter.run({ var: 'inherited' }, data)).toBeNull();
    expect(interpreter.run({ var: 'toString' }, {})).toBeNull();
    expect(interpreter.run({ var: ['hasOwnProperty', 'fallback'] }, {})).toBe('fallback');
    expect(interpreter.run({ var: 'own' }, data)).toBe(1);
  });

  it('reads own keys that look dangerous only when they are data (JSON.parse creates them)', () => {
    const parsed = JSON.parse('{"proto": {"x": 1}}');
    expect(interpreter.run({ var: 'proto.x' }, parsed)).toBe(1);
  });
});

describe('createInterpreter: evaluation is bounded', () => {
  it('stops a loop inside a loop that does too much work', () => {
    const interpreter = createInterpreter({ limits: { maxOperations: 10_000 } });
    const rows = Array.from({ length: 300 }, (_, i) => i);
    const logic = { map: [{ var: 'rows' }, { map: [{ var: '' }, 1] }] };
    expect(interpreter.run({ map: [[1, 2], { '+': [{ var: '' }, 1] }] }, {})).toEqual([2, 3]);
    expect(errorOf(() => interpreter.run(logic, { rows: rows.map(() => rows) })).kind).toBe('operations');
  });

  it('stops values that double in size', () => {
    const interpreter = createInterpreter();
    const doubling = { reduce: [{ var: 'xs' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    const error = errorOf(() => interpreter.run(doubling, { xs: Array.from({ length: 64 }, () => 0) }));
    expect(['array', 'operations']).toContain(error.kind);
    const text = { reduce: [{ var: 'xs' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] };
    expect(['string', 'operations']).toContain(
      errorOf(() => interpreter.run(text, { xs: Array.from({ length: 64 }, () => 0) })).kind,
    );
  });

  it('refuses to iterate a list longer than the limit', () => {
    const interpreter = createInterpreter({ limits: { maxArrayLength: 100 } });
    expect(errorOf(() => interpreter.run({ some: [{ var: 'xs' }, true] }, { xs: Array(101).fill(1) })).kind).toBe(
      'array',
    );
  });

  it('refuses logic nested too deeply or too large, before running it', () => {
    const interpreter = createInterpreter();
    let deep: unknown = { var: 'x' };
    for (let i = 0; i < 10_000; i++) deep = { '!': [deep] };
    expect(errorOf(() => interpreter.run(deep, {})).kind).toBe('depth');
    expect(errorOf(() => interpreter.run({ '+': Array(6000).fill(1) }, {})).kind).toBe('size');
  });

  it('gives each run a fresh budget', () => {
    const interpreter = createInterpreter({ limits: { maxOperations: 50 } });
    for (let i = 0; i < 10; i++) expect(interpreter.run({ '+': [1, { var: 'a' }] }, { a: i })).toBe(i + 1);
  });
});

describe('createInterpreter: operators belong to one instance, and nothing is compiled', () => {
  it('does not register anything on json-logic-js or any global registry', () => {
    createInterpreter();
    expect(() => jsonLogic.apply({ date_add: ['2026-01-01', 1, 'days'] })).toThrow('Unrecognized operation date_add');
  });

  it('gives each instance its own bank holidays and clock', () => {
    const a = createInterpreter({ bankHolidays: [], clock: () => '2026-01-01' });
    const b = createInterpreter({ bankHolidays: ['2026-01-02'], clock: () => '2026-06-01' });
    const logic = { working_days_add: ['2026-01-01', 1] };
    expect(a.run(logic, {})).toBe('2026-01-02');
    expect(b.run(logic, {})).toBe('2026-01-05');
    expect(a.run({ today: [] }, {})).toBe('2026-01-01');
    expect(b.run({ today: [] }, {})).toBe('2026-06-01');
    expect(b.run({ today: [] }, {}, { today: '2027-01-01' })).toBe('2027-01-01');
  });

  it('never calls eval or Function while evaluating (strict Content-Security-Policy)', () => {
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const functionSpy = vi.spyOn(globalThis, 'Function');
    try {
      const interpreter = createInterpreter();
      const logic = {
        if: [
          { some: [{ var: 'items' }, { '>': [{ var: 'n' }, 1] }] },
          {
            date_add: [
              { var: 'date' },
              { reduce: [{ var: 'items' }, { '+': [{ var: 'current.n' }, { var: 'accumulator' }] }, 0] },
              'days',
            ],
          },
          null,
        ],
      };
      for (let i = 0; i < 20; i++) interpreter.run(logic, { items: [{ n: 1 }, { n: 2 }], date: '2026-01-01' });
      expect(interpreter.run(logic, { items: [{ n: 1 }, { n: 2 }], date: '2026-01-01' })).toBe('2026-01-04');
      expect(evalSpy).not.toHaveBeenCalled();
      expect(functionSpy).not.toHaveBeenCalled();
    } finally {
      evalSpy.mockRestore();
      functionSpy.mockRestore();
    }
  });

  it('refuses unknown operators and objects with several keys', () => {
    const interpreter = createInterpreter();
    expect(errorOf(() => interpreter.run({ log: 'x' }, {})).kind).toBe('operator');
    expect(errorOf(() => interpreter.run(JSON.parse('{"__proto__": [1]}'), {})).kind).toBe('operator');
    expect(errorOf(() => interpreter.run({ constructor: [] }, {})).kind).toBe('operator');
    expect(errorOf(() => interpreter.run({ a: 1, b: 2 }, {})).kind).toBe('operator');
  });
});
