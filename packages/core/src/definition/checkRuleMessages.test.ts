import { describe, expect, it } from 'vitest';
import { tinyForm } from '../testing/tinyForm';
import { checkRuleMessages } from './checkRuleMessages';

const withPack = () => {
  const form = tinyForm();
  form.rulePacks = {
    ages: {
      id: 'tiny-form.ages',
      rules: [{ id: 'child.age.check', message: 'messages.child.too-young' }],
    },
  };
  return form;
};

describe('checkRuleMessages', () => {
  it('reports a rule message missing from each locale, naming the rule and pointer', () => {
    const problems = checkRuleMessages(withPack());
    expect(problems.map((p) => [p.file, p.pointer])).toEqual([
      ['rules/ages.json', '/rules/0/message'],
      ['rules/ages.json', '/rules/0/message'],
    ]);
    expect(problems[0]?.message).toMatch(/Rule child.age.check speaks the message "messages.child.too-young"/);
  });

  it('accepts messages every locale has', () => {
    const form = withPack();
    for (const strings of Object.values(form.locales)) strings['messages.child.too-young'] = 'x';
    expect(checkRuleMessages(form)).toEqual([]);
  });
});
