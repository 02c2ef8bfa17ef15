import { forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { KitError, KitInputError } from '../errors';
import { formVersions } from './formVersions';
import { MigrationError } from './MigrationError';
import { migrateEnvelope, migrateEnvelopeSync } from './migrateEnvelope';

const definition = forms['asp-england'];
const versions = formVersions(definition);
const [oldest] = versions.migrations;
if (!oldest) throw new Error('asp-england ships a migration');
const OLD = oldest.from;
const CURRENT = definition.manifest.version;
/** What a call threw (undefined when it returned). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
const saved = (data: unknown, extra: Record<string, unknown> = {}) => ({
  form: 'asp-england',
  version: OLD,
  data,
  ...extra,
});

describe('migrateEnvelope with the published definition (no file system)', () => {
  it('brings an old plan to the current version, in the same way sync and async', async () => {
    const document = saved({ child: { knownAtMatching: 'Lively toddler.' }, adopters: {} });
    const result = await migrateEnvelope(document as never, versions);
    expect(result.document.version).toBe(CURRENT);
    expect(result.applied).toEqual(versions.migrations.map((m) => m.name));
    expect(migrateEnvelopeSync(document as never, versions)).toEqual(result);
    expect(document.data).toEqual({ child: { knownAtMatching: 'Lively toddler.' }, adopters: {} });
  });

  it('keeps own __proto__ keys as own data when their object is rebuilt, whatever their value', async () => {
    const data = JSON.parse(
      '{"child":{"__proto__":{"polluted":true},"knownAtMatching":"x","constructor":"c"},' +
        '"adopters":{"__proto__":"kept text","strengthsAndVulnerabilities":"Kind. Vulnerabilities: tired.","prototype":[1]}}',
    );
    const { document } = await migrateEnvelope(saved(data) as never, versions);
    const child = document.data.child as Record<string, unknown>;
    const adopters = document.data.adopters as Record<string, unknown>;
    expect(Object.getPrototypeOf(child)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(adopters)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(child, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getOwnPropertyDescriptor(adopters, '__proto__')?.value).toBe('kept text');
    expect(Object.keys(child)).toEqual(['__proto__', 'summaryAtMatching', 'constructor']);
    expect(adopters.prototype).toEqual([1]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a "preserved" that is not a list, rather than spreading it letter by letter', async () => {
    const error = await migrateEnvelope(saved({}, { preserved: 'abc' }) as never, versions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitInputError);
    expect((error as KitInputError).details).toMatchObject({ function: 'migrateEnvelope', pointer: '/preserved' });
  });

  it('keeps earlier "preserved" entries and fields of the envelope it does not know', async () => {
    const earlier = [{ from: '/x', value: 1, reason: 'r', migration: 'm' }];
    const { document } = await migrateEnvelope(
      saved(
        { adopters: { strengthsAndVulnerabilities: 'no headings' } },
        { preserved: earlier, savedBy: 'portal' },
      ) as never,
      versions,
    );
    expect(document.savedBy).toBe('portal');
    expect(document.preserved?.slice(0, 1)).toEqual(earlier);
    expect(document.preserved?.[1]?.value).toBe('no headings');
  });

  it('says which argument is wrong, where, and what to do', () => {
    const cases: [unknown, string][] = [
      [null, ''],
      [{ form: 'asp-wales', version: OLD, data: {} }, '/form'],
      [{ form: 'asp-england', version: 'old', data: {} }, '/version'],
      [{ form: 'asp-england', version: OLD, data: [] }, '/data'],
      [{ form: 'asp-england', version: OLD, data: { toString: 1 }, preserved: { length: 2 } }, '/preserved'],
    ];
    for (const [document, pointer] of cases) {
      const caught = thrown(() => migrateEnvelopeSync(document as never, versions));
      expect(caught).toBeInstanceOf(KitInputError);
      expect((caught as KitInputError).details.pointer).toBe(pointer);
      expect((caught as KitInputError).details.fix).not.toBe('');
    }
  });

  it('refuses data nested deeper than the limit, naming the place', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(() => migrateEnvelopeSync(saved(deep) as never, versions)).toThrow(KitInputError);
    const error = thrown(() => migrateEnvelopeSync(saved({ a: { b: { c: 1 } } }) as never, versions, { maxDepth: 2 }));
    expect(error).toBeInstanceOf(KitInputError);
    expect((error as KitInputError).details.pointer).toBe('/data/a/b');
  });

  it('throws a MigrationError, a KitError, when no chain leads there or the plan is newer', () => {
    expect(() => migrateEnvelopeSync(saved({}) as never, versions, '2001.1')).toThrow(MigrationError);
    expect(() => migrateEnvelopeSync({ form: 'asp-england', version: '9999.1', data: {} }, versions)).toThrow(
      /never migrated backwards/,
    );
    expect(new MigrationError('x')).toBeInstanceOf(KitError);
  });

  it('runs code operations with the hooks given, and the sync form refuses one that returns a promise', async () => {
    const withCode = {
      ...versions,
      migrations: [
        {
          name: `${OLD}-to-${CURRENT}`,
          form: 'asp-england',
          from: OLD,
          to: CURRENT,
          operations: [{ op: 'code' as const, module: './m.mjs' }],
        },
      ],
    };
    const hooks = { './m.mjs': async (data: Record<string, unknown>) => ({ ...data, added: true }) };
    const result = await migrateEnvelope(saved({}) as never, { ...withCode, hooks });
    expect(result.document.data.added).toBe(true);
    expect(() => migrateEnvelopeSync(saved({}) as never, { ...withCode, hooks })).toThrow(/asynchronously/);
    await expect(migrateEnvelope(saved({}) as never, withCode)).rejects.toThrow(MigrationError);
    const failing = {
      './m.mjs': () => {
        throw new TypeError('boom');
      },
    };
    await expect(migrateEnvelope(saved({}) as never, { ...withCode, hooks: failing })).rejects.toThrow(MigrationError);
  });
});

describe('formVersions', () => {
  it('builds the versions from the definition alone: every kept schema and every migration', () => {
    expect(versions.form).toBe('asp-england');
    expect(versions.current).toBe(CURRENT);
    expect([...versions.schemas.keys()].sort()).toEqual(
      [CURRENT, ...Object.keys(definition.history?.versions ?? {})].sort(),
    );
    expect(versions.migrations.map((m) => m.name)).toEqual(definition.history?.migrations.map((m) => m.name));
  });

  it('refuses a definition whose migration has a fault, pointing into it', () => {
    const broken = {
      ...definition,
      history: {
        versions: {},
        migrations: [
          {
            name: `${OLD}-to-${CURRENT}`,
            content: {
              form: 'asp-england',
              from: OLD,
              to: CURRENT,
              operations: [{ op: 'split', from: '/a', pattern: '^(a+)+$', to: {} }],
            },
          },
        ],
      },
    };
    const error = thrown(() => formVersions(broken));
    expect(error).toBeInstanceOf(KitInputError);
    expect((error as KitInputError).details.pointer).toBe('/history/migrations/0/content/operations/0/pattern');
  });

  it('gives a form that never changed just its current version', () => {
    const definition = forms['asp-england'];
    // The form as it would be had it never changed: no kept versions, no migrations.
    const plain = formVersions({ ...definition, history: { versions: {}, migrations: [] } });
    expect([...plain.schemas.keys()]).toEqual([definition.manifest.version]);
    expect(plain.migrations).toEqual([]);
  });
});
