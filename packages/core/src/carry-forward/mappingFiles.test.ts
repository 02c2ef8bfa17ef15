// Every carry-forward mapping the schemas package publishes, checked against the two forms it joins.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type FormId, forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formatCarryForwardProblem } from './CarryForwardError';
import type { CarryForwardMapping } from './CarryForwardMapping';
import { checkCarryForwardMapping } from './checkCarryForwardMapping';
import { prefill } from './prefill';

const formsDir = join(
  dirname(createRequire(import.meta.url).resolve('@adoption-support/schemas/package.json')),
  'forms',
);
const mappingFiles = readdirSync(formsDir)
  .filter((target) => existsSync(join(formsDir, target, 'carry-forward')))
  .flatMap((target) =>
    readdirSync(join(formsDir, target, 'carry-forward'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${target}/carry-forward/${f}`),
  )
  .sort();
const read = (file: string) => JSON.parse(readFileSync(join(formsDir, file), 'utf8')) as CarryForwardMapping;
const formsOf = (mapping: CarryForwardMapping) => ({
  source: forms[mapping.source.form as FormId],
  target: forms[mapping.target.form as FormId],
});

it('publishes a mapping for each carry-forward the forms need', () => {
  expect(mappingFiles).toEqual([
    'asp-england/carry-forward/asp-review-england.json',
    'asp-review-england/carry-forward/asp-england.json',
    'asp-review-wales/carry-forward/asp-wales.json',
    'asp-wales/carry-forward/asp-review-wales.json',
    'asp-wales/carry-forward/assessment-wales.json',
  ]);
});

describe.each(mappingFiles)('%s', (file) => {
  const mapping = read(file);

  it('lives in its target form’s folder and is named after its source form', () => {
    expect(file).toBe(`${mapping.target.form}/carry-forward/${mapping.source.form}.json`);
  });

  it('names only fields both forms have, pairs them sensibly, and never widens who sees an answer unasked', () => {
    const problems = checkCarryForwardMapping(mapping, formsOf(mapping), file);
    expect(problems.map(formatCarryForwardProblem)).toEqual([]);
  });
});

describe('a broken mapping', () => {
  const file = 'asp-review-england/carry-forward/asp-england.json';
  const broken = () => read(file);

  it('fails the check naming the file, the rule, the pointer and the fix', () => {
    const mapping = broken();
    mapping.rules[0] = { from: '/document/chlid', to: '/reviewDetails/child' };
    const problems = checkCarryForwardMapping(mapping, formsOf(mapping), file).map(formatCarryForwardProblem);
    expect(problems).toEqual([
      'asp-review-england/carry-forward/asp-england.json at /rules/0/from: "/document/chlid" names no field of asp-england: /document has no "chlid". Did you mean "/document/child"? Correct the pointer to a field in asp-england\'s schema.json, or remove the rule.',
    ]);
  });

  it('cannot be used to pre-fill: the error carries the same problems', () => {
    const mapping = broken();
    mapping.rules[3] = {
      form: '/adopters/adoptiveParents/*/person',
      to: '/reviewDetails/prospectiveAdopters/*',
    } as never;
    expect(() =>
      prefill(mapping, { form: 'asp-england', version: forms['asp-england'].manifest.version, data: {} }),
    ).toThrow(
      [
        'The carry-forward mapping asp-review-england/carry-forward/asp-england.json cannot be used:',
        'asp-review-england/carry-forward/asp-england.json at /rules/3/form: "form" is not a rule setting. Use only from, fromTarget, value, take, as, to, map, skipValues, when, where, match, unmatched, allowWider, note.',
        'asp-review-england/carry-forward/asp-england.json at /rules/3: A rule needs exactly one of "from", "fromTarget" and "value". Keep the one that says where the value comes from.',
      ].join('\n'),
    );
  });
});
