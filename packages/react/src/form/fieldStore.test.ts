import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_RULE_RESULTS } from '../rules/ruleResults';
import { FieldStore, valueAtPath, withValueAtPath } from './fieldStore';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

// The suite's seed and floor of runs (core's testing/hostileJson, which this package's type check
// cannot reach across its root directory); `FUZZ_RUNS` raises the number of runs.
const FUZZ = { seed: 20261206, numRuns: Math.max(1000, Number(process.env.FUZZ_RUNS) || 0) };
/** Keys that collide with `Object.prototype`, as `JSON.parse` keeps them: own data. */
const hostileKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', ...PROTOTYPE_KEYS));
/** JSON documents whose keys include prototype machinery. */
const hostileJson = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value).replaceAll('"a"', '"__proto__"')));
/** `{a:{a:{...}}}`, `depth` levels deep, built without recursion. */
function deepObject(depth: number, leaf: unknown): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
/** An object with own `__proto__`, `constructor` and `prototype` keys, as `JSON.parse` makes them. */
const prototypeKeys = () =>
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{}}');

describe('answers at a JSON Forms path', () => {
  it('are written without touching the document they came from, sharing every untouched branch', () => {
    const before = { a: { b: 'x', c: { d: 1 } }, e: [{ f: 'g' }] };
    const frozen = structuredClone(before);
    const after = withValueAtPath(before, 'a.b', 'y');
    expect(before).toEqual(frozen);
    expect(after).toEqual({ a: { b: 'y', c: { d: 1 } }, e: [{ f: 'g' }] });
    expect(after.e).toBe(before.e);
    expect((after.a as { c: unknown }).c).toBe(before.a.c);
    expect(withValueAtPath(before, 'e.0.f', 'h').e).toEqual([{ f: 'h' }]);
  });

  it('make the containers missing on the way (a list for a row number) and remove a cleared answer', () => {
    expect(withValueAtPath({}, 'rows.0.name', 'Jo')).toEqual({ rows: [{ name: 'Jo' }] });
    const cleared = withValueAtPath({ a: { b: 'x', c: 'y' } }, 'a.b', undefined);
    expect(cleared).toEqual({ a: { c: 'y' } });
    expect(Object.hasOwn(cleared.a as object, 'b')).toBe(false);
  });

  it('keep `__proto__`, `constructor` and `prototype` as own data, and never read them from a prototype', () => {
    const written = withValueAtPath(prototypeKeys(), '__proto__.polluted', false);
    expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
    expect(Object.hasOwn(written, '__proto__')).toBe(true);
    expect(valueAtPath(written, '__proto__.polluted')).toBe(false);
    expect(valueAtPath(written, 'constructor.prototype.polluted')).toBe(true);
    const made = withValueAtPath({}, '__proto__.x', 1);
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(valueAtPath({}, 'constructor')).toBeUndefined();
    expect(valueAtPath({ a: 'text' }, 'a.length')).toBeUndefined();
    for (const key of PROTOTYPE_KEYS) expect(valueAtPath({}, key)).toBeUndefined();
  });

  it('go as deep as the path, in its length only (a 10,000-key path)', () => {
    const path = Array.from({ length: 10_000 }, () => 'a').join('.');
    const deep = withValueAtPath({}, path, 'end');
    expect(valueAtPath(deep, path)).toBe('end');
    expect(valueAtPath(deepObject(10_000, 'leaf'), path)).toBe('leaf');
  });

  it('read back what was written, leave every other answer as it was, for any document and keys', () => {
    const path = fc.array(
      hostileKey.filter((k) => k !== '' && !k.includes('.')),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(hostileJson, path, hostileJson, (document, keys, value) => {
        const data = typeof document === 'object' && document !== null && !Array.isArray(document) ? document : {};
        const record = data as Record<string, unknown>;
        const own = Object.keys(record).map((key) => [key, record[key]] as const);
        const written = withValueAtPath(record, keys.join('.'), value);
        // The document given is left as it was; every other top-level answer is the same value.
        expect(Object.keys(record).map((key) => [key, record[key]])).toEqual(own);
        for (const [key, kept] of own) if (key !== keys[0]) expect(written[key]).toBe(kept);
        expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
        if (value !== undefined) expect(valueAtPath(written, keys.join('.'))).toBe(value);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      FUZZ,
    );
  });
});

describe('the field store', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the fields at, above and below the path typed in, and no other field', () => {
    const store = new FieldStore({ a: { b: 'x' }, c: 'y' });
    const heard: string[] = [];
    for (const path of ['a.b', 'a', '', 'a.b.c', 'c', 'ab']) store.subscribe(path, () => heard.push(path));
    store.onCommit(() => undefined);
    store.set('a.b', 'z', true);
    expect(heard.sort()).toEqual(['', 'a', 'a.b', 'a.b.c']);
    expect(store.valueAt('a.b')).toBe('z');
    expect(store.valueAt('c')).toBe('y');
    // The box typed in already shows the keystroke: it is not told.
    const box = vi.fn();
    store.subscribe('c', box);
    store.set('c', 'yz', true, box);
    expect(box).not.toHaveBeenCalled();
    expect(store.valueAt('c')).toBe('yz');
    store.cancel();
  });

  it('commits once the typist pauses, with the pointers typed in: each keystroke starts the pause again', () => {
    vi.useFakeTimers();
    const store = new FieldStore({}, 150);
    const commit = vi.fn();
    store.onCommit(commit);
    for (const letter of 'Jo') {
      store.set('name', `${store.valueAt('name') ?? ''}${letter}`, true);
      store.set('rows.0.note', letter, true);
      vi.advanceTimersByTime(100);
    }
    expect(commit).not.toHaveBeenCalled();
    expect(store.pending).toBe(true);
    vi.advanceTimersByTime(150);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith({ name: 'Jo', rows: [{ note: 'o' }] }, ['/name', '/rows/0/note'], false);
    expect(store.pending).toBe(false);
  });

  it('commits a choice at once, and what is waiting at once when settled (leaving a box, Continue, Submit)', () => {
    vi.useFakeTimers();
    const store = new FieldStore({}, 150);
    const commit = vi.fn();
    store.onCommit(commit);
    store.set('choice', true, false);
    expect(commit).toHaveBeenLastCalledWith({ choice: true }, ['/choice'], true);
    store.set('name', 'J', true);
    store.settle();
    expect(commit).toHaveBeenLastCalledWith({ choice: true, name: 'J' }, ['/name'], true);
    vi.advanceTimersByTime(1000);
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('commits nothing typed once cancelled (the host gave another document), and keeps that document', () => {
    vi.useFakeTimers();
    const store = new FieldStore({}, 150);
    const commit = vi.fn();
    store.onCommit(commit);
    const heard = vi.fn();
    store.subscribe('name', heard);
    store.set('name', 'xyz', true);
    store.cancel();
    store.replace({ name: 'Sam' });
    expect(heard).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(commit).not.toHaveBeenCalled();
    expect(store.valueAt('name')).toBe('Sam');
    store.replace({ name: 'Ann' }, true);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(store.valueAt('name')).toBe('Ann');
  });

  it('gives each field what the rules say of it, the same object until that changes', () => {
    const store = new FieldStore({});
    const heard = vi.fn();
    const stop = store.subscribeRules(heard);
    const first = store.rulesAt('/a');
    expect(first).toEqual({ required: false, disabled: false, derived: undefined });
    const derived = { pointer: '/a', value: 3, ruleId: 'x.y.z' };
    store.setRules({ ...NO_RULE_RESULTS, required: ['/a'], disabled: ['/b'] }, new Map([['/a', derived]]));
    expect(heard).toHaveBeenCalledTimes(1);
    const second = store.rulesAt('/a');
    expect(second).toEqual({ required: true, disabled: false, derived });
    expect(store.rulesAt('/b/c').disabled).toBe(true);
    store.setRules({ ...NO_RULE_RESULTS, required: ['/a'], disabled: ['/b'] }, new Map([['/a', { ...derived }]]));
    expect(store.rulesAt('/a')).toBe(second);
    stop();
    store.setRules(NO_RULE_RESULTS, new Map());
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
