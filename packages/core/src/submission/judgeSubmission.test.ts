import { type FormDefinitionData, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import { toPointer } from '../definition/jsonPointer';
import { ANY_ITEM, schemaFields } from '../definition/schemaFields';
import { KitInputError } from '../errors';
import { formVersions } from '../migrate/index';
import { deepArray, deepObject, tenMegabytes } from '../testing/hostileJson';
import type { JudgeOptions } from './judgeOptions';
import { judgeSubmission } from './judgeSubmission';

// The precompiled validators a server imports (generated source in the schemas package).
const options: JudgeOptions = { forms, validators, clock: () => '2026-12-01' };
const entries = Object.entries(forms) as [string, FormDefinitionData][];
const [firstId, first] = entries[0]!;
const current = (id: string) => forms[id as keyof typeof forms].manifest.version;
const envelope = (id: string, data: unknown = {}) => ({ form: id, version: current(id), data });

async function refusal(input: unknown, extra: Partial<JudgeOptions> = {}) {
  const result = await judgeSubmission(input, { ...options, ...extra });
  if (result.status !== 'refused') throw new Error(`Expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`);
  expect(result.valid).toBe(false);
  expect(result.problem.message).toBe(result.problem.messages.en);
  expect(result.problem.messages.cy).not.toBe(result.problem.messages.en);
  return result.problem;
}

describe('judgeSubmission refuses what is not a submission, with a message and never a throw', () => {
  it.each([
    ['null', null],
    ['a list', [envelope(firstId)]],
    ['text', 'asp-england'],
    ['a number', 42],
  ])('a body that is %s', async (_, body) => {
    const problem = await refusal(body);
    expect(problem.code).toBe('not-an-envelope');
    expect(problem.message).toContain('"form", "version" and "data"');
  });

  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty'])(
    'the form "%s", an inherited key',
    async (form) => {
      const problem = await refusal(JSON.parse(`{"form":${JSON.stringify(form)},"version":"1","data":{}}`));
      expect(problem).toMatchObject({ code: 'unknown-form', pointer: '/form' });
      for (const id of Object.keys(forms)) expect(problem.message).toContain(id);
    },
  );

  it('a missing form, version or data names the part and what it should be', async () => {
    expect(await refusal({ version: current(firstId), data: {} })).toMatchObject({ pointer: '/form' });
    const noVersion = await refusal({ form: firstId, data: {} });
    expect(noVersion.pointer).toBe('/version');
    expect(noVersion.message).toContain(current(firstId));
    const nullData = await refusal({ form: firstId, version: current(firstId), data: null });
    expect(nullData).toMatchObject({ code: 'not-an-envelope', pointer: '/data' });
    expect(nullData.message).toMatch(/answers in "data", as an object/);
  });

  it('a "preserved" that is not a list is refused, not spread letter by letter', async () => {
    const problem = await refusal({ ...envelope(firstId), preserved: 'abc' });
    expect(problem).toMatchObject({ code: 'not-an-envelope', pointer: '/preserved' });
  });

  it('a version the form never had names the current one and the versions it can migrate', async () => {
    const problem = await refusal({ ...envelope(firstId), version: '1999.1' });
    expect(problem).toMatchObject({ code: 'unknown-version', pointer: '/version' });
    expect(problem.message).toContain(`current version is ${current(firstId)}`);
  });

  it('10,000-level nesting is refused as too deep, at the place it goes too deep', async () => {
    const deep = await refusal(envelope(firstId, { notes: deepArray(10_000) }));
    expect(deep.code).toBe('too-deep');
    expect(deep.pointer.startsWith('/data/notes/0/0')).toBe(true);
    expect((await refusal(deepObject(10_000))).code).toBe('too-deep');
  });

  it('a 10 MB answer is refused as too long, and each limit can be set', async () => {
    const long = await refusal(envelope(firstId, { child: { dateOfBirth: tenMegabytes() } }));
    expect(long).toMatchObject({ code: 'text-too-long', pointer: '/data/child/dateOfBirth' });
    const small = await refusal(formExamples[firstId as 'asp-england']['valid.full'], { limits: { maxSize: 500 } });
    expect(small.code).toBe('too-large');
    expect(small.message).toContain('500');
  });

  it('values JSON cannot carry are refused', async () => {
    const problem = await refusal(envelope(firstId, { when: new Date(0), n: Number.NaN }));
    expect(problem.code).toBe('not-json');
  });
});

describe('judgeSubmission judges every form as the form does', () => {
  it('with limits raised, a 10 MB date a rule reads is judged: a wrong date, and the rules it stopped', async () => {
    const big = { maxSize: 20_000_000, maxTextLength: 20_000_000 };
    // A date the form's rules read (a top-level path, no rows), found in the packs themselves.
    const logic = JSON.stringify(first.manifest.rulePacks.map((name) => first.rulePacks[name]));
    const dates = schemaFields(first.schema).filter(
      (f) => f.schema.format === 'date' && !f.dataPath.includes(ANY_ITEM),
    );
    const read = dates.filter((f) => logic.includes(`"data.${f.dataPath.join('.')}"`));
    expect(read.length).toBeGreaterThan(0);
    let stopped = 0;
    for (const date of read) {
      let data: unknown = tenMegabytes();
      for (const token of [...date.dataPath].reverse()) data = { [token]: data };
      const result = await judgeSubmission(envelope(firstId, data), { ...options, limits: big });
      if (result.status !== 'judged') throw new Error(result.problem.message);
      expect(result.valid).toBe(false);
      expect(result.errors.map((e) => e.pointer)).toContain(toPointer(date.dataPath));
      for (const failure of result.ruleFailures) expect(failure.message).toMatch(/^Rule "/);
      stopped += result.ruleFailures.length;
    }
    // Some rule could not work with a 10 MB "date": it is listed, not thrown.
    expect(stopped).toBeGreaterThan(0);
  }, 60_000);

  for (const [id] of entries) {
    const examples = Object.entries(formExamples[id as keyof typeof formExamples]);
    it.each(examples.filter(([name]) => name.startsWith('valid.')))(
      `${id}: %s has no schema error`,
      async (_, example) => {
        const result = await judgeSubmission(example, options);
        expect(result.status).toBe('judged');
        if (result.status === 'judged') {
          expect(result.errors).toEqual([]);
          expect(result.version).toBe(current(id));
          expect(result.migration.applied).toEqual([]);
        }
      },
    );
    it.each(examples.filter(([name]) => name.startsWith('invalid.')))(
      `${id}: %s gives its expected errors, labelled`,
      async (_, example) => {
        const result = await judgeSubmission(example, options);
        if (result.status !== 'judged') throw new Error(result.problem.message);
        expect(result.valid).toBe(false);
        for (const expected of example.expect ?? []) {
          const found = result.errors.find((e) => e.pointer === expected.pointer);
          expect(found, expected.pointer).toBeDefined();
          expect(found!.message).not.toMatch(/[{}]|required property|allowed values|must NOT|should /);
        }
      },
    );
  }

  it('words rule messages in the form’s language, with dates written out and the rule’s source', async () => {
    const wales = entries.filter(([, d]) => d.manifest.locales.includes('cy'));
    let checked = 0;
    let today = '';
    // One clock for every case, so one engine per form serves them all.
    const clock = () => today;
    for (const [id, definition] of wales) {
      for (const pack of definition.manifest.rulePacks) {
        const cases = await import(`../../../../schemas/forms/${id}/rules/${pack}.cases.json`);
        for (const c of cases.default.cases as {
          given?: unknown;
          today?: string;
          expect: { messages?: unknown[] };
        }[]) {
          const wanted = (c.expect.messages ?? []) as { pointer: string; messageKey: string }[];
          if (wanted.length === 0) continue;
          today = c.today ?? '2026-12-01';
          const result = await judgeSubmission(envelope(id, c.given ?? {}), { ...options, locale: 'cy', clock });
          if (result.status !== 'judged') throw new Error(result.problem.message);
          expect(result.locale).toBe('cy');
          for (const w of wanted) {
            const found = result.ruleMessages.find((m) => m.pointer === w.pointer);
            expect(found, `${id} ${w.messageKey}`).toBeDefined();
            const welsh = definition.locales.cy?.[w.messageKey];
            if (welsh) expect(found!.message.slice(0, 6)).toBe(welsh.slice(0, 6));
            expect(found!.message).not.toMatch(/\{[A-Za-z]+\}|\d{4}-\d{2}-\d{2}/);
            expect(found!.source).not.toBe('');
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  }, 60_000);

  it('an England form asked for Welsh answers in English, its only language', async () => {
    const england = entries.find(([, d]) => !d.manifest.locales.includes('cy'))!;
    const result = await judgeSubmission(envelope(england[0]), { ...options, locale: 'cy' });
    expect(result.status === 'judged' && result.locale).toBe('en');
  });

  it('keeps fields it does not know and own "__proto__" keys as data', async () => {
    const input = JSON.parse(
      `{"form":"${firstId}","version":"${current(firstId)}","data":{"__proto__":{"x":1},"agencyRef":"A1"},"savedBy":"portal"}`,
    );
    const result = await judgeSubmission(input, options);
    if (result.status !== 'judged') throw new Error(result.problem.message);
    expect(Object.getPrototypeOf(result.document.data)).toBe(Object.prototype);
    expect(Object.hasOwn(result.document.data, '__proto__')).toBe(true);
    expect(result.document.data.agencyRef).toBe('A1');
    expect(result.document.savedBy).toBe('portal');
  });
});

describe('judgeSubmission brings older versions up to date', () => {
  const withHistory = entries.filter(([, d]) => formVersions(d).schemas.size > 1);

  it('at least one form keeps an older version to test with', () => {
    expect(withHistory.length).toBeGreaterThan(0);
  });

  it.each(withHistory)('%s: an older version is migrated, then judged, with notes', async (id, definition) => {
    const versions = formVersions(definition);
    const older = [...versions.schemas.keys()].filter((v) => v !== current(id));
    for (const version of older) {
      const result = await judgeSubmission({ form: id, version, data: {} }, options);
      if (result.status !== 'judged') throw new Error(result.problem.message);
      expect(result.version).toBe(current(id));
      expect(result.document.version).toBe(current(id));
      expect(result.migration).toMatchObject({ from: version, to: current(id) });
      expect(result.migration.applied.length).toBeGreaterThan(0);
    }
  });
});

describe('judgeSubmission throws only for the server’s own mistakes', () => {
  it.each([
    ['no options', undefined, ''],
    ['no forms', { validators }, '/forms'],
    ['no validators', { forms }, '/validators'],
    [
      'a form without a validator',
      { forms, validators: { ...validators, [firstId]: undefined } },
      `/validators/${firstId}`,
    ],
    ['a limit that is not a number', { forms, validators, limits: { maxDepth: '9' } }, '/limits/maxDepth'],
    ['an unknown locale', { forms, validators, locale: 'fr' }, '/locale'],
    ['a depth the kit cannot work to', { forms, validators, limits: { maxDepth: 10_000 } }, '/limits/maxDepth'],
  ])('%s', async (_, bad, pointer) => {
    const error = await judgeSubmission(envelope(firstId), bad as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitInputError);
    expect((error as KitInputError).details).toMatchObject({ function: 'judgeSubmission', pointer });
    expect((error as KitInputError).details.fix).not.toBe('');
  });
});
