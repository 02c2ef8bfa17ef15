// "Valid to save" apart from "complete for this stage": judgeSubmission's `savable` and `missing`.
import { type FormDefinitionData, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
import { describe, expect, it } from 'vitest';
import { getAtPointer, toPointer } from '../definition/jsonPointer';
import { schemaFields } from '../definition/schemaFields';
import type { StandaloneValidator } from '../validation/toFieldErrors';
import type { JudgeOptions } from './judgeOptions';
import { type JudgedSubmission, judgeSubmission } from './judgeSubmission';

const options: JudgeOptions = { forms, validators, clock: () => '2026-12-01' };
const entries = Object.entries(forms) as [string, FormDefinitionData][];
const current = (id: string) => forms[id as keyof typeof forms].manifest.version;
const envelope = (id: string, data: unknown) => ({ form: id, version: current(id), data });
/** A validator of the test's own for one form. */
const withValidator = (id: string, validate: StandaloneValidator): Partial<JudgeOptions> => ({
  validators: { ...validators, [id]: validate },
});

async function judged(input: unknown, extra: Partial<JudgeOptions> = {}): Promise<JudgedSubmission> {
  const result = await judgeSubmission(input, { ...options, ...extra });
  if (result.status !== 'judged') throw new Error(result.problem.message);
  return result;
}

/** The headings of a form's sections (its top-level Categories) in one language. */
const sectionLabels = (definition: FormDefinitionData, locale: string) =>
  (definition.uischema.elements as { i18n: string }[]).map((c) => definition.locales[locale]?.[`${c.i18n}.label`]);

/** Top-level text answers of the full example that the schema requires, found from the schema. */
function requiredTexts(definition: FormDefinitionData, data: Record<string, unknown>) {
  return schemaFields(definition.schema).filter((f) => {
    const parent = f.dataPath.slice(0, -1);
    if (parent.length !== 1) return false;
    const properties = definition.schema.properties as Record<string, unknown> | undefined;
    const holder = properties?.[parent[0]!] as { required?: string[] } | undefined;
    return (
      f.schema.type === 'string' &&
      holder?.required?.includes(f.dataPath.at(-1)!) === true &&
      typeof getAtPointer(data, f.dataPath) === 'string'
    );
  });
}

describe('judgeSubmission tells "valid to save" apart from "complete for this stage"', () => {
  it.each(entries)('%s: an empty draft can be saved, and says what its stage still needs', async (id, definition) => {
    const result = await judged(envelope(id, {}));
    expect(result.valid).toBe(false);
    expect(result.savable).toBe(true);
    expect(result.missing.length).toBeGreaterThan(0);
    // Every schema error and every rule message of an empty draft is about an answer not yet given.
    expect(result.missing.map((m) => m.pointer)).toEqual([
      ...new Set([...result.errors, ...result.ruleMessages].map((e) => e.pointer)),
    ]);
    const headings = sectionLabels(definition, 'en');
    for (const m of result.missing) {
      expect(m.field, m.pointer).not.toBe('');
      expect(headings).toContain(m.section?.label);
    }
  });

  it.each(entries)('%s: a required answer taken out is missing, labelled, in its section', async (id, definition) => {
    const full = formExamples[id as keyof typeof formExamples]['valid.full']!;
    const data = structuredClone(full.data) as Record<string, unknown>;
    const before = await judged(envelope(id, data));
    const [field] = requiredTexts(definition, data);
    if (!field) throw new Error(`${id}: no required top-level text answer in valid.full`);
    const group = data[field.dataPath[0]!] as Record<string, unknown>;
    delete group[field.dataPath[1]!];
    const after = await judged(envelope(id, data));
    const pointer = toPointer(field.dataPath);
    const found = after.missing.find((m) => m.pointer === pointer);
    expect(found).toMatchObject({
      field: definition.locales.en?.[`${field.dataPath.join('.')}.label`],
      requiredBy: { kind: 'schema' },
    });
    expect(sectionLabels(definition, 'en')).toContain(found?.section?.label);
    expect(found?.message).toBe(after.errors.find((e) => e.pointer === pointer)?.message);
    expect(after.valid).toBe(false);
    expect(after.savable).toBe(before.savable);
  });

  it.each(entries)('%s: an answer given in the wrong form cannot be saved and is not "missing"', async (id) => {
    const full = formExamples[id as keyof typeof formExamples]['valid.full']!;
    const data = structuredClone(full.data) as Record<string, unknown>;
    const date = schemaFields(forms[id as keyof typeof forms].schema).find(
      (f) => f.schema.format === 'date' && typeof getAtPointer(data, f.dataPath) === 'string',
    );
    if (!date) throw new Error(`${id}: no date answered in valid.full`);
    let holder = data as Record<string, unknown>;
    for (const token of date.dataPath.slice(0, -1)) holder = holder[/^\*$/.test(token) ? '0' : token] as never;
    holder[date.dataPath.at(-1)!] = 'the 31st of next month';
    const result = await judged(envelope(id, data));
    expect(result.savable).toBe(false);
    expect(result.valid).toBe(false);
    expect(result.missing.map((m) => m.pointer)).not.toContain(
      result.errors.find((e) => e.keyword === 'format')?.pointer,
    );
  });

  it('a Welsh form names what is missing, and its section, in Welsh', async () => {
    const [id, definition] = entries.find(([, d]) => d.manifest.locales.includes('cy'))!;
    const result = await judged(envelope(id, {}), { locale: 'cy' });
    const headings = sectionLabels(definition, 'cy');
    expect(result.missing.length).toBeGreaterThan(0);
    for (const m of result.missing) expect(headings).toContain(m.section?.label);
    expect(headings).not.toEqual(sectionLabels(definition, 'en'));
  });

  it('a require rule’s message is missing (with the rule and its source); a validate rule’s stops the save', async () => {
    let today = '';
    const clock = () => today;
    const seen = { require: 0, validate: 0 };
    for (const [id, definition] of entries) {
      for (const pack of definition.manifest.rulePacks) {
        const cases = await import(`../../../../schemas/forms/${id}/rules/${pack}.cases.json`);
        for (const c of cases.default.cases as { given?: unknown; today?: string }[]) {
          today = c.today ?? '2026-12-01';
          const result = await judged(envelope(id, c.given ?? {}), { clock });
          for (const m of result.ruleMessages) {
            seen[m.kind] += 1;
            if (m.kind === 'validate') expect(result.savable).toBe(false);
            else {
              const found = result.missing.find((x) => x.pointer === m.pointer);
              expect(found, `${id} ${m.ruleId}`).toBeDefined();
              if (found?.requiredBy.kind === 'rule') {
                expect(found.requiredBy).toMatchObject({ ruleId: m.ruleId, source: m.source });
              }
            }
          }
          expect(result.valid).toBe(result.savable && result.missing.length === 0);
        }
      }
    }
    expect(seen.require).toBeGreaterThan(10);
    expect(seen.validate).toBeGreaterThan(10);
  }, 60_000);

  it('a condition’s summary error ("must match then") is neither a problem nor a field', async () => {
    const [id] = entries[0]!;
    const validate = ((data: unknown) => {
      validate.errors = [
        { instancePath: '/document', keyword: 'required', params: { missingProperty: 'admDecisionDate' } },
        { instancePath: '/document', keyword: 'if', params: { failingKeyword: 'then' } },
      ];
      return data === null;
    }) as StandaloneValidator;
    const result = await judged(envelope(id, { document: {} }), withValidator(id, validate));
    expect(result.errors.map((e) => e.pointer)).toEqual(['/document/admDecisionDate']);
    expect(result.savable).toBe(true);
    expect(result.missing.map((m) => m.pointer)).toContain('/document/admDecisionDate');
  });

  it('an own "__proto__" answer given in the wrong form is a problem, not a missing answer', async () => {
    const [id] = entries[0]!;
    const validate = (() => {
      validate.errors = [{ instancePath: '/__proto__', keyword: 'type', params: { type: 'object' } }];
      return false;
    }) as StandaloneValidator;
    const input = JSON.parse(`{"form":"${id}","version":"${current(id)}","data":{"__proto__":"x"}}`);
    const result = await judged(input, withValidator(id, validate));
    expect(result.savable).toBe(false);
    expect(result.missing.map((m) => m.pointer)).not.toContain('/__proto__');
  });
});
