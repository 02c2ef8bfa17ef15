import { type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapePointerToken, parsePointer } from '../definition/jsonPointer';
import { deepObject, expectKitErrorOrResult, fuzzParameters, hostileJson, hostileString } from '../testing/hostileJson';
import { compileRulePackSource } from './compile/compileRulePackSource';
import { createRuleEngine } from './createRuleEngine';
import type { RuleEngine } from './RuleOutcome';
import { loadCompiledSource, packsOf } from './testing/compiledRules';

const TODAY = '2026-11-22';
const ids = Object.keys(forms) as FormId[];

/** Every pointer in a document (containers and answers), found without recursion. */
function pointersIn(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, string];
    if (at !== '') found.push(at);
    if (node !== null && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) stack.push([inner, `${at}/${escapePointerToken(key)}`]);
    }
  }
  return found;
}

/** Pointers the rules read or target (first item of each list), whether or not the example has them. */
function pointersRulesRead(id: FormId): string[] {
  const text = JSON.stringify(packsOf(forms[id]));
  const reads = [...text.matchAll(/"data\.([A-Za-z0-9_.]+)"/g)].map((m) => `/${(m[1] as string).replaceAll('.', '/')}`);
  const targets = [...text.matchAll(/"target":"([^"]+)"/g)].map((m) => (m[1] as string).replaceAll('*', '0'));
  return [...new Set([...reads, ...targets])];
}

const setValue = fc.oneof(
  fc.constantFrom<unknown>(null, '', 'yes', true, false, 0, 3, '2026-01-05', '2019-08-31', '2024-02-29', [], {}),
  fc
    .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** One edit: where (an index into the candidate pointers) and what (set a value, remove, or copy a list item). */
const edit = fc.record({
  at: fc.nat(),
  fromRules: fc.boolean(),
  action: fc.oneof(
    setValue.map((value) => ({ kind: 'set' as const, value })),
    fc.constant({ kind: 'remove' as const }),
    fc.constant({ kind: 'copy-item' as const }),
  ),
});

/** Applies an edit to a copy of the data; returns the new data and the changed pointer (or none). */
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(data: unknown, e: Edit, ruleReads: string[]) {
  const candidates = e.fromRules ? ruleReads : pointersIn(data);
  if (candidates.length === 0) return undefined;
  const pointer = candidates[e.at % candidates.length] as string;
  const tokens = parsePointer(pointer);
  const next = structuredClone(data) as Record<string, unknown>;
  let parent: Record<string, unknown> = next;
  for (const token of tokens.slice(0, -1)) {
    const inner = Object.hasOwn(parent, token) ? parent[token] : undefined;
    if (inner === undefined) {
      if (e.action.kind !== 'set') return undefined;
      Object.defineProperty(parent, token, { value: {}, enumerable: true, writable: true, configurable: true });
    } else if (inner === null || typeof inner !== 'object') return undefined;
    parent = parent[token] as Record<string, unknown>;
  }
  const last = tokens.at(-1) as string;
  if (e.action.kind === 'set') {
    Object.defineProperty(parent, last, {
      value: e.action.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return { next, changed: pointer };
  }
  if (e.action.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    // Removing a list item moves the items after it: the list itself changed.
    return { next, changed: Array.isArray(parent) ? pointer.slice(0, pointer.lastIndexOf('/')) : pointer };
  }
  const list = parent[last];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  list.push(structuredClone(list[e.at % list.length]));
  return { next, changed: `${pointer}/${list.length - 1}` };
}

function engines(id: FormId): [string, RuleEngine][] {
  const packs = packsOf(forms[id]);
  const compiled = loadCompiledSource(compileRulePackSource(packs));
  return [
    ['interpreted', createRuleEngine({ packs, clock: () => TODAY })],
    ['compiled', createRuleEngine({ packs, clock: () => TODAY, compiled })],
  ];
}

describe('update: re-running only what a change touches gives what a full evaluation gives', () => {
  const all = ids.flatMap((id) =>
    engines(id).map(([mode, engine]) => ({ id, mode, engine, reads: pointersRulesRead(id) })),
  );

  it('over generated edit sequences on every form example, interpreted and compiled', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.constantFrom('valid.full', 'valid.minimal'),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
        (which, example, batches) => {
          const { id, engine, reads } = all[which] as (typeof all)[number];
          const start = formExamples[id][example] ?? formExamples[id]['valid.full'];
          let data = structuredClone(start?.data) as unknown;
          let outcome = engine.evaluate(data);
          for (const batch of batches) {
            const changed: string[] = [];
            for (const e of batch) {
              const applied = apply(data, e, reads);
              if (!applied) continue;
              data = applied.next;
              changed.push(applied.changed);
            }
            outcome = engine.update(outcome, data, changed);
            expect(outcome).toEqual(engine.evaluate(data));
          }
        },
      ),
      fuzzParameters(),
    );
  });

  it('re-runs only the rules that read the change, and those fed by derived values it changes', () => {
    const { engine } = all.find((x) => x.id === 'asp-england' && x.mode === 'compiled') as (typeof all)[number];
    const data = structuredClone(formExamples['asp-england']['valid.full']?.data) as Record<string, unknown>;
    const first = engine.evaluate(data);
    const same = engine.update(first, data, []);
    expect(same).toEqual(first);
    // Nothing changed: every decision is the very one from before.
    same.decisions.forEach((decision, i) => {
      expect(decision).toBe(first.decisions[i]);
    });
    const pointer = pointersRulesRead('asp-england').find((p) => p.includes('ate')) as string;
    const edited = structuredClone(data);
    const tokens = parsePointer(pointer);
    let node = edited as Record<string, unknown>;
    for (const t of tokens.slice(0, -1)) {
      node[t] ??= {};
      node = node[t] as Record<string, unknown>;
    }
    node[tokens.at(-1) as string] = '2020-02-29';
    const next = engine.update(first, edited, [pointer]);
    expect(next).toEqual(engine.evaluate(edited));
    const kept = next.decisions.filter((d, i) => d === first.decisions[i]).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(next.decisions.length);
  });

  it('evaluates in full for an outcome it did not return, and refuses pointers that are not pointers', () => {
    const { engine } = all[0] as (typeof all)[number];
    const data = formExamples[all[0]?.id as FormId]['valid.full']?.data;
    expect(engine.update(structuredClone(engine.evaluate(data)), data, ['/x'])).toEqual(engine.evaluate(data));
    expect(() => engine.update(engine.evaluate(data), data, ['nope'])).toThrow(/not a JSON pointer/);
    expect(() => engine.update(engine.evaluate(data), data, 'x' as never)).toThrow(/list of JSON pointers/);
  });

  it("keeps what update needs out of the outcome's keys, and never reuses another engine's outcome", () => {
    const id = all[0]?.id as FormId;
    const data = formExamples[id]['valid.full']?.data;
    const [one, other] = engines(id).map(([, engine]) => engine) as [RuleEngine, RuleEngine];
    const outcome = one.evaluate(data);
    expect(Object.keys(outcome)).toEqual([
      'derived',
      'hidden',
      'disabled',
      'required',
      'messages',
      'decisions',
      'failed',
    ]);
    expect(Object.keys({ ...outcome })).toEqual(Object.keys(outcome));
    for (const key of Object.getOwnPropertySymbols(outcome)) {
      expect(Object.getOwnPropertyDescriptor(outcome, key)?.enumerable).toBe(false);
    }
    // The same packs in another engine: its update evaluates in full, sharing nothing with this outcome.
    const elsewhere = other.update(outcome, data, []);
    expect(elsewhere).toEqual(outcome);
    expect(elsewhere.decisions.some((decision, i) => decision === outcome.decisions[i])).toBe(false);
    const again = one.update(outcome, data, []);
    expect(again.decisions.every((decision, i) => decision === outcome.decisions[i])).toBe(true);
  });

  it('checks the depth of what changed: data nested too deep there stops the evaluation, as in full', () => {
    const { id, engine } = all[0] as (typeof all)[number];
    const example = formExamples[id]['valid.full']?.data as Record<string, unknown>;
    const earlier = engine.evaluate(example);
    const deep = { ...example, child: deepObject(2_000) };
    const outcome = engine.update(earlier, deep, ['/child']);
    expect(outcome.failed[0]?.stoppedBy).toBe('data');
    expect(outcome).toEqual(engine.evaluate(deep));
  });

  it('returns an outcome or throws a KitError for anything it is given', () => {
    const { id, engine } = all[0] as (typeof all)[number];
    const example = formExamples[id]['valid.full']?.data;
    const earlier = engine.evaluate(example);
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(earlier), hostileJson),
        fc.oneof(fc.constant(example), hostileJson),
        fc.oneof(fc.array(fc.oneof(fc.constantFrom('', '/child', '/supportItems/0'), hostileString)), hostileJson),
        (previous, data, changed) => {
          const { result } = expectKitErrorOrResult(() => engine.update(previous as never, data, changed as never));
          // Equal to a full evaluation whenever the claim about what changed is true: here, when nothing did,
          // or when the earlier outcome is not one the engine returned (it then evaluates in full).
          if (result && (previous !== earlier || data === example)) expect(result).toEqual(engine.evaluate(data));
        },
      ),
      fuzzParameters(),
    );
  });
});
