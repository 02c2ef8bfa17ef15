import { describe, expect, it } from 'vitest';
import { compareVersions, parseMigration } from './parseMigration';
import { planMigrations } from './planMigrations';

const valid = {
  form: 'asp-england',
  from: '2025.1',
  to: '2026.1',
  operations: [{ op: 'rename', from: '/child/knownAtMatching', to: '/child/summaryAtMatching' }],
};

describe('parseMigration', () => {
  it('accepts a well-formed migration', () => {
    const { migration, problems } = parseMigration(valid, '2025.1-to-2026.1', 'asp-england');
    expect(problems).toEqual([]);
    expect(migration).toMatchObject({ name: '2025.1-to-2026.1', from: '2025.1', to: '2026.1' });
  });

  it('names each fault with its place in the file', () => {
    const { migration, problems } = parseMigration(
      {
        form: 'asp-wales',
        from: '2025.1',
        to: '2025.2',
        operations: [
          { op: 'rename', from: 'child/name', to: '/child/fullName' },
          { op: 'split', from: '/a/b', headings: { one: [], two: ['Two'] }, to: { one: '/a/one' } },
          { op: 'merge', from: { x: '/a/x', y: '/a/y' }, to: '/a/xy', template: '{x}' },
          { op: 'remapOptions', at: '/a/c', map: { old: 5 } },
          { op: 'split', from: '/a/*/d', delimiter: ',', to: ['/a/*/e', '/a/*/f/*/g'] },
          { op: 'explode' },
        ],
      },
      '2025.1-to-2026.1',
      'asp-england',
    );
    expect(migration).toBeUndefined();
    expect(problems.map((p) => p.pointer)).toEqual([
      '/form',
      '/to',
      '/operations/0/from',
      '/operations/1/to',
      '/operations/2/template',
      '/operations/3/map/old',
      '/operations/4/to/1',
      '/operations/5/op',
    ]);
    expect(problems[3]?.message).toBe('The part "two" has no place in "to", so its text would be lost.');
    expect(problems[4]?.message).toBe('The template leaves out {y}, so that answer would be lost.');
  });

  it('refuses a split by regular expression, saying why and what to use instead', () => {
    const { migration, problems } = parseMigration(
      {
        ...valid,
        operations: [
          { op: 'split', from: '/a/b', pattern: '^(?<one>.*)x(?<two>.*)$', to: { one: '/a/1', two: '/a/2' } },
        ],
      },
      '2025.1-to-2026.1',
      'asp-england',
    );
    expect(migration).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe('/operations/0/pattern');
    expect(problems[0]?.message).toContain('grows exponentially');
    expect(problems[0]?.fix).toContain('"headings"');
  });

  it('refuses headings a split could not keep in order or run quickly', () => {
    const split = (headings: unknown) =>
      parseMigration(
        { ...valid, operations: [{ op: 'split', from: '/a/b', headings, to: { a: '/a/a', b: '/a/b2', 1: '/a/c' } }] },
        '2025.1-to-2026.1',
        'asp-england',
      ).problems.map((p) => p.pointer);
    expect(split({ a: [], b: [] })).toContain('/operations/0/headings/b');
    expect(split({ a: [], b: ['x'.repeat(201)] })).toContain('/operations/0/headings/b');
    expect(split({ a: [], b: ['B'], 1: ['C'] })).toContain('/operations/0/headings/1');
    expect(split({ a: [] })).toContain('/operations/0/headings');
  });

  it('refuses a migration that goes backwards or whose name disagrees with its versions', () => {
    const backwards = parseMigration({ ...valid, from: '2026.1', to: '2025.1' }, '2026.1-to-2025.1', 'asp-england');
    expect(backwards.problems.map((p) => p.message)).toContain(
      'A migration must go forward, but 2025.1 is not newer than 2026.1.',
    );
    const misnamed = parseMigration(valid, 'to-2026', 'asp-england');
    expect(misnamed.problems[0]?.message).toBe('The file name "to-2026.json" does not say which versions it joins.');
  });

  it('orders versions by year, then release number', () => {
    expect(['2026.1', '2025.10', '2025.2'].sort(compareVersions)).toEqual(['2025.2', '2025.10', '2026.1']);
  });
});

describe('planMigrations', () => {
  const step = (from: string, to: string) => ({ name: `${from}-to-${to}`, form: 'f', from, to, operations: [] });
  const all = [step('2024.1', '2025.1'), step('2025.1', '2025.2'), step('2025.2', '2026.1'), step('2025.1', '2026.1')];

  it('finds the shortest chain of migrations', () => {
    expect(planMigrations(all, '2024.1', '2026.1')?.map((m) => m.name)).toEqual([
      '2024.1-to-2025.1',
      '2025.1-to-2026.1',
    ]);
    expect(planMigrations(all, '2025.2', '2026.1')?.map((m) => m.name)).toEqual(['2025.2-to-2026.1']);
    expect(planMigrations(all, '2025.1', '2025.2')?.map((m) => m.name)).toEqual(['2025.1-to-2025.2']);
  });

  it('finds nothing to do between equal versions, and no way backwards or across a gap', () => {
    expect(planMigrations(all, '2026.1', '2026.1')).toEqual([]);
    expect(planMigrations(all, '2026.1', '2025.1')).toBeUndefined();
    expect(planMigrations([step('2024.1', '2025.1')], '2024.1', '2026.1')).toBeUndefined();
  });
});
