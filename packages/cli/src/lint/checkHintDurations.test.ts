import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFormFolder } from '@adoption-support/core/node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepArray, expectKitErrorOrResult, fuzzParameters, hostileJson } from '../../../core/src/testing/hostileJson';
import { checkHintDurations, ruleDurations } from './checkHintDurations';

const FORM = fileURLToPath(new URL('../../../../schemas/forms/asp-england', import.meta.url));

/** A copy of asp-england (released as it is) with a rule parameter of unit `Weeks` changed. */
function withChangedWeeks() {
  const folder = join(mkdtempSync(join(tmpdir(), 'asf-hints-')), 'asp-england');
  cpSync(FORM, folder, { recursive: true });
  const packs = (JSON.parse(readFileSync(join(folder, 'form.json'), 'utf8')) as { rulePacks: string[] }).rulePacks;
  const file = packs
    .map((pack) => join(folder, 'rules', `${pack}.json`))
    .find((path) => /"\w+Weeks": \d+/.test(readFileSync(path, 'utf8'))) as string;
  const text = readFileSync(file, 'utf8');
  const [param, name, weeks] = /"(\w+Weeks)": (\d+)/.exec(text) as unknown as [string, string, string];
  writeFileSync(file, text.replace(param, `"${name}": ${Number(weeks) + 3}`));
  return { folder, weeks: Number(weeks) };
}

describe('checkHintDurations', () => {
  it('warns about a hint that still states the length of time a changed rule used', async () => {
    const { folder, weeks } = withChangedWeeks();
    const loaded = await loadFormFolder(folder);
    const hints = Object.entries(loaded.definition.locales.en ?? {}).filter(
      ([key, text]) => key.endsWith('.description') && text.includes(`${weeks} weeks`),
    );
    expect(hints.length).toBeGreaterThan(0);
    const warnings = await checkHintDurations(loaded);
    expect(warnings.map((w) => w.pointer).sort()).toEqual(hints.map(([key]) => `/${key}`).sort());
    expect(warnings[0]?.message).toBe(
      `The hint says "${weeks} weeks", a length of time the form's rules used when it was last released but no longer use.`,
    );
  });

  it('says nothing about the published form, whose rules are as released', async () => {
    expect(await checkHintDurations(await loadFormFolder(FORM))).toEqual([]);
  });

  it('counts weeks as days and years as months, from parameters and from the logic', () => {
    expect(
      [...ruleDurations({ params: { reviewWeeks: 4, adultYears: 1, observationWorkingDays: 10 } })].sort(),
    ).toEqual(['10 working day', '12 month', '28 day'].sort());
    expect([...ruleDurations({ logic: { date_add: [{ var: 'data.a' }, 6, 'months'] } })]).toEqual(['6 month']);
  });

  it('reads any JSON as a rule pack without throwing, however deep', () => {
    fc.assert(
      fc.property(hostileJson, (pack) => {
        expectKitErrorOrResult(() => ruleDurations(pack));
      }),
      fuzzParameters(),
    );
    expect(ruleDurations(deepArray(10_000)).size).toBe(0);
  });
});
