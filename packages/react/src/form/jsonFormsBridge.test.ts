import { describe, expect, it } from 'vitest';
import type { UiNode } from '../definition/formModel';
import { withHideRules } from './jsonFormsBridge';

type Condition = { validate: (context: { path: string | undefined; fullData: unknown }) => boolean };
type WithRule = { rule?: { effect: string; condition: Condition }; elements?: WithRule[] };

const group: UiNode = {
  type: 'Group',
  i18n: 'child.health',
  elements: [
    { type: 'Control', scope: '#/properties/health/properties/needs' },
    {
      type: 'HorizontalLayout',
      elements: [{ type: 'Control', scope: '#/properties/health/properties/detail' }],
    },
  ],
};

/** Whether JSON Forms would hide the element at `path` (its rule's condition holds). */
const hides = (node: WithRule, path?: string) =>
  node.rule?.effect === 'HIDE' && node.rule.condition.validate({ path, fullData: {} }) === true;

describe('hiding what the rule packs hide', () => {
  it('hides a group, heading and all, only when every question in it is hidden', () => {
    let hidden = new Set<string>();
    const ui = withHideRules(group, (pointer) => hidden.has(pointer)) as unknown as WithRule;
    expect(hides(ui)).toBe(false);
    hidden = new Set(['/child/health/needs']);
    expect(hides(ui, 'child')).toBe(false);
    hidden = new Set(['/child/health/needs', '/child/health/detail']);
    expect(hides(ui, 'child')).toBe(true);
    // The questions keep their own rules.
    expect(hides(ui.elements![0]!, 'child')).toBe(true);
  });

  it('leaves a group with no questions of its own alone', () => {
    const ui = withHideRules({ type: 'Group', elements: [{ type: 'Label', text: 'Note' }] }, () => true) as WithRule;
    expect(ui.rule).toBeUndefined();
  });
});
