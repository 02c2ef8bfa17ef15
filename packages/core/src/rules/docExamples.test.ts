import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRuleCases } from './runRuleCases';
import { reviewsPack } from './testing/reviewsPack';
import { validateRulePack } from './validateRulePack';

// The examples in docs/reference/rule-format.md are what policy leads copy: they must stay valid.
const doc = readFileSync(new URL('../../../../docs/reference/rule-format.md', import.meta.url), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) => {
  try {
    return [JSON.parse(m[1] as string)];
  } catch {
    return []; // a fragment, not a whole file
  }
});

describe('docs/reference/rule-format.md examples', () => {
  it('the example pack passes the checks', () => {
    const pack = jsonBlocks.find((b) => Array.isArray(b.rules));
    expect(pack).toBeDefined();
    expect(validateRulePack(pack, { formId: 'asp-england' })).toEqual([]);
  });

  it('the example cases pass against the same rules', () => {
    const cases = jsonBlocks.find((b) => Array.isArray(b.cases));
    const report = runRuleCases([reviewsPack()], cases);
    expect(report.results.flatMap((r) => r.differences)).toEqual([]);
    expect(report.passed).toBe(3);
  });
});
