import { describe, expect, it } from 'vitest';
import { applyMigration } from './applyMigration';
import type { Migration, MigrationOperation } from './Migration';

const migration = (...operations: MigrationOperation[]): Migration => ({
  name: '2025.1-to-2026.1',
  form: 'test-form',
  from: '2025.1',
  to: '2026.1',
  operations,
});

describe('applyMigration', () => {
  it('renames a field and keeps fields it does not know', async () => {
    const result = await applyMigration(
      { child: { knownAtMatching: 'Summary', agencyOwnField: 'kept' }, extra: 1 },
      migration({ op: 'rename', from: '/child/knownAtMatching', to: '/child/summaryAtMatching' }),
    );
    expect(result.data).toEqual({ child: { summaryAtMatching: 'Summary', agencyOwnField: 'kept' }, extra: 1 });
    expect(result.preserved).toEqual([]);
    expect(result.events).toMatchObject([
      { op: 'rename', from: '/child/knownAtMatching', to: ['/child/summaryAtMatching'] },
    ]);
  });

  it('keeps a renamed or split answer in its place among its neighbours', async () => {
    const renamed = await applyMigration(
      { child: { first: 1, old: 'x', last: 2 } },
      migration({ op: 'rename', from: '/child/old', to: '/child/new' }),
    );
    expect(Object.keys(renamed.data.child as object)).toEqual(['first', 'new', 'last']);
    const split = await applyMigration(
      { a: { first: 1, both: 'x; y', last: 2 } },
      migration({ op: 'split', from: '/a/both', delimiter: ';', to: ['/a/one', '/a/two'] }),
    );
    expect(split.data).toEqual({ a: { first: 1, one: 'x', two: 'y', last: 2 } });
    expect(Object.keys(split.data.a as object)).toEqual(['first', 'one', 'two', 'last']);
  });

  it('moves a field in every row of a list, creating the new group', async () => {
    const result = await applyMigration(
      { network: [{ name: 'A', phone: '1' }, { name: 'B' }, { name: 'C', phone: '3' }] },
      migration({ op: 'move', from: '/network/*/phone', to: '/network/*/contact/phone' }),
    );
    expect(result.data).toEqual({
      network: [{ name: 'A', contact: { phone: '1' } }, { name: 'B' }, { name: 'C', contact: { phone: '3' } }],
    });
    expect(result.events.map((e) => e.to?.[0])).toEqual(['/network/0/contact/phone', '/network/2/contact/phone']);
  });

  it('never overwrites an answer: a move onto a taken place sets the moving answer aside', async () => {
    const result = await applyMigration(
      { a: { old: 'old answer', new: 'already here' } },
      migration({ op: 'rename', from: '/a/old', to: '/a/new' }),
    );
    expect(result.data).toEqual({ a: { new: 'already here' } });
    expect(result.preserved).toEqual([
      {
        from: '/a/old',
        value: 'old answer',
        reason: 'It could not go to /a/new, which already holds an answer.',
        migration: '2025.1-to-2026.1',
      },
    ]);
  });

  describe('split at headings', () => {
    const split = migration({
      op: 'split',
      from: '/adopters/combined',
      headings: { strengths: [], difficulties: ['Difficulties'] },
      to: { strengths: '/adopters/strengths', difficulties: '/adopters/difficulties' },
    });

    it('puts each part in its place', async () => {
      const result = await applyMigration(
        { adopters: { combined: 'Patient and kind.\nDifficulties: tiredness.' } },
        split,
      );
      expect(result.data).toEqual({ adopters: { strengths: 'Patient and kind.', difficulties: 'tiredness.' } });
      expect(result.preserved).toEqual([]);
    });

    it('sets an answer that does not match aside, with the reason', async () => {
      const result = await applyMigration({ adopters: { combined: 'No heading in this text.' } }, split);
      expect(result.data).toEqual({ adopters: {} });
      expect(result.preserved).toEqual([
        {
          from: '/adopters/combined',
          value: 'No heading in this text.',
          reason:
            'The answer does not have the shape the split expects, so it could not be split. Copy it into the new fields by hand.',
          migration: '2025.1-to-2026.1',
        },
      ]);
    });

    it('puts an answer that does not match whole in the place "otherwise" names', async () => {
      const op = { ...(split.operations[0] as object), otherwise: { to: '/adopters/strengths' } } as MigrationOperation;
      const result = await applyMigration({ adopters: { combined: 'No heading.' } }, migration(op));
      expect(result.data).toEqual({ adopters: { strengths: 'No heading.' } });
      expect(result.preserved).toEqual([]);
    });

    it('leaves an empty part out rather than writing empty text', async () => {
      const result = await applyMigration({ adopters: { combined: 'Difficulties: sleep.' } }, split);
      expect(result.data).toEqual({ adopters: { difficulties: 'sleep.' } });
      expect(result.events[0]?.detail).toBe('split; nothing for /adopters/strengths');
    });

    it('sets the whole answer aside when one of its places is taken', async () => {
      const result = await applyMigration(
        { adopters: { combined: 'Kind. Difficulties: sleep.', difficulties: 'typed already' } },
        split,
      );
      expect(result.data).toEqual({ adopters: { difficulties: 'typed already' } });
      expect(result.preserved[0]?.value).toBe('Kind. Difficulties: sleep.');
    });
  });

  it('splits at a delimiter, the last place taking the rest', async () => {
    const result = await applyMigration(
      { person: { name: 'Ada; Lovelace; Byron' } },
      migration({ op: 'split', from: '/person/name', delimiter: ';', to: ['/person/given', '/person/family'] }),
    );
    expect(result.data).toEqual({ person: { given: 'Ada', family: 'Lovelace; Byron' } });
  });

  it('merges answers through a template, leaving absent ones empty', async () => {
    const op: MigrationOperation = {
      op: 'merge',
      from: { strengths: '/a/strengths', difficulties: '/a/difficulties' },
      to: '/a/summary',
      template: '{strengths}\n\nDifficulties: {difficulties}',
    };
    const both = await applyMigration({ a: { strengths: 'Kind.', difficulties: 'Sleep.' } }, migration(op));
    expect(both.data).toEqual({ a: { summary: 'Kind.\n\nDifficulties: Sleep.' } });
    const one = await applyMigration({ a: { strengths: 'Kind.' } }, migration(op));
    expect(one.data).toEqual({ a: { summary: 'Kind.\n\nDifficulties:' } });
    const none = await applyMigration({ a: {} }, migration(op));
    expect(none.data).toEqual({ a: {} });
  });

  it('merges with a separator, and sets a list it cannot join aside', async () => {
    const result = await applyMigration(
      { a: { first: 'One', second: ['x'], third: 3 } },
      migration({ op: 'merge', from: ['/a/first', '/a/second', '/a/third'], to: '/a/all', separator: ' / ' }),
    );
    expect(result.data).toEqual({ a: { all: 'One / 3' } });
    expect(result.preserved).toMatchObject([{ from: '/a/second', value: ['x'] }]);
  });

  describe('remapOptions', () => {
    const op: MigrationOperation = {
      op: 'remapOptions',
      at: '/rows/*/method',
      map: { letter: 'letterbox', phone: 'call', fax: null },
    };

    it('renames codes of a choice and sets a code with no equivalent aside', async () => {
      const result = await applyMigration(
        { rows: [{ method: 'letter' }, { method: 'fax' }, { method: 'visit' }] },
        migration(op),
      );
      expect(result.data).toEqual({ rows: [{ method: 'letterbox' }, {}, { method: 'visit' }] });
      expect(result.preserved).toMatchObject([{ from: '/rows/1/method', value: 'fax' }]);
    });

    it('renames codes of a multi-select, dropping duplicates but never an answer', async () => {
      const multi: MigrationOperation = {
        op: 'remapOptions',
        at: '/needs',
        map: { health: 'wellbeing', emotional: 'wellbeing', legacy: null },
        unmapped: 'preserve',
      };
      const result = await applyMigration(
        { needs: ['health', 'legacy', 'emotional', 'school', 'other'] },
        migration(multi),
      );
      expect(result.data).toEqual({ needs: ['wellbeing'] });
      expect(result.preserved.map((p) => [p.from, p.value])).toEqual([
        ['/needs/1', 'legacy'],
        ['/needs/3', 'school'],
        ['/needs/4', 'other'],
      ]);
    });
  });

  it('gives a new field its default only where there is no answer, in every row', async () => {
    const result = await applyMigration(
      { rows: [{ consent: true }, {}], settings: {} },
      migration(
        { op: 'setDefault', at: '/rows/*/consent', value: false },
        { op: 'setDefault', at: '/newSection/reviewed', value: 'no' },
      ),
    );
    expect(result.data).toEqual({
      rows: [{ consent: true }, { consent: false }],
      settings: {},
      newSection: { reviewed: 'no' },
    });
  });

  it('sets aside answers to a question the form no longer asks, with the reason given', async () => {
    const result = await applyMigration(
      { a: { fax: '0123', keep: 'x' } },
      migration({ op: 'preserve', from: '/a/fax', reason: 'Fax numbers are no longer recorded.' }),
    );
    expect(result.data).toEqual({ a: { keep: 'x' } });
    expect(result.preserved).toMatchObject([
      { from: '/a/fax', value: '0123', reason: 'Fax numbers are no longer recorded.' },
    ]);
  });

  it('sets aside answers to fields the new schema dropped even when no operation names them', async () => {
    const fromSchema = {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { kept: { type: 'string' }, dropped: { type: 'string' } } },
        gone: { type: 'object', properties: { inner: { type: 'string' } } },
      },
    };
    const toSchema = {
      type: 'object',
      properties: { a: { type: 'object', properties: { kept: { type: 'string' } } } },
    };
    const result = await applyMigration(
      { a: { kept: 'k', dropped: 'd', agencyOwn: 'mine' }, gone: { inner: 'i' } },
      migration(),
      { fromSchema, toSchema },
    );
    expect(result.data).toEqual({ a: { kept: 'k', agencyOwn: 'mine' } });
    expect(result.preserved.map((p) => [p.from, p.value])).toEqual([
      ['/a/dropped', 'd'],
      ['/gone', { inner: 'i' }],
    ]);
    expect(result.preserved[0]?.reason).toBe(
      'Version 2026.1 no longer has this field, and migration 2025.1-to-2026.1 gives its answer no new place.',
    );
  });

  it('runs a code operation with a preserve function, and refuses one that was not loaded', async () => {
    const op: MigrationOperation = { op: 'code', module: './hook.mjs', description: 'joins the two names' };
    const result = await applyMigration({ a: { first: 'Ada', last: 'Lovelace', title: 'Countess' } }, migration(op), {
      hooks: {
        './hook.mjs': (data, context) => {
          const a = data.a as Record<string, unknown>;
          context.preserve('/a/title', a.title, 'Titles are not recorded.');
          return { a: { name: `${String(a.first)} ${String(a.last)}` } };
        },
      },
    });
    expect(result.data).toEqual({ a: { name: 'Ada Lovelace' } });
    expect(result.preserved).toMatchObject([{ from: '/a/title', value: 'Countess' }]);
    await expect(applyMigration({}, migration(op))).rejects.toThrow(
      'runs the code module ./hook.mjs, which was not loaded',
    );
  });

  it('does not change the document it was given', async () => {
    const input = { child: { old: 'x' } };
    await applyMigration(input, migration({ op: 'rename', from: '/child/old', to: '/child/new' }));
    expect(input).toEqual({ child: { old: 'x' } });
  });
});
