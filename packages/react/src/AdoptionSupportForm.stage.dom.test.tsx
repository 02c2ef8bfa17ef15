// The task list says, per section, "complete for this stage", "needed at this stage" or "has problems".
import { type FormDefinitionData, type FormId, forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { chromeStrings } from './i18n/chromeStrings';
import { NO_RULE_RESULTS, type RuleResults } from './rules/ruleResults';
import { documentWith, formWith, isTextBox, type Question, requiredQuestions, valueAt } from './testing/formFacts';

const withoutRules = () => NO_RULE_RESULTS;
const en = chromeStrings.en;

/** A form whose first section asks for a text box and a date (and so more than one answer). */
function firstSectionAsking(locale: 'en' | 'cy') {
  const { definition, found } = formWith(`a ${locale} form whose first section asks for a text and a date`, (d) => {
    if (!d.manifest.locales.includes(locale)) return undefined;
    const asked = requiredQuestions(d).filter((q) => q.section === 0);
    const text = asked.find(isTextBox);
    const date = asked.find((q) => q.schema.format === 'date');
    return text && date ? { text, date } : undefined;
  });
  return { id: definition.manifest.id as FormId, definition, ...found };
}

/** Each section's status, as the task list gives it to screen readers (the link's description). */
async function statuses(navLabel = en['kit.sections.navLabel']!): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: navLabel });
  return within(nav)
    .getAllByRole('link')
    .map((link) => {
      const id = link.getAttribute('aria-describedby');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
}

/** Two answers in the same data. */
const both = (a: Question, av: unknown, b: Question, bv: unknown) => {
  const data = documentWith(a.dataPath, av);
  const group = valueAt(data, b.dataPath.slice(0, -1)) as Record<string, unknown> | undefined;
  if (group) group[b.dataPath.at(-1)!] = bv;
  else Object.assign(data, documentWith(b.dataPath, bv));
  return data;
};

/** The form with one answer given in its first section, and no rules. */
const renderStarted = (id: FormId, text: Question) =>
  render(
    <AdoptionSupportForm
      form={id}
      audience="agency"
      data={documentWith(text.dataPath, 'Given')}
      rules={withoutRules}
    />,
  );

describe('the task list, by stage', () => {
  it('a started section with answers still to give is "Needed at this stage"; an untouched one "Not started"', async () => {
    const { id, text } = firstSectionAsking('en');
    renderStarted(id, text);
    const [first, ...rest] = await statuses();
    expect(first).toBe(en['kit.status.needed']);
    expect(rest).toContain(en['kit.status.notStarted']);
    expect(rest).not.toContain(en['kit.status.errors']);
  });

  it('answers still needed stay "Needed at this stage" after Save and continue; a wrong answer "Has problems"', async () => {
    const user = userEvent.setup();
    const { id, text, date } = firstSectionAsking('en');
    const { unmount } = renderStarted(id, text);
    await user.click(await screen.findByRole('button', { name: en['kit.action.continue'] }));
    await screen.findByRole('alert');
    expect((await statuses())[0]).toBe(en['kit.status.needed']);
    unmount();
    const wrong = both(text, 'Given', date, '2026-13-45');
    render(<AdoptionSupportForm form={id} audience="agency" data={wrong} rules={withoutRules} />);
    // Not shown before the section's errors are: the reader has not been told what is wrong yet.
    expect((await statuses())[0]).not.toBe(en['kit.status.errors']);
    await user.click(await screen.findByRole('button', { name: en['kit.action.continue'] }));
    await screen.findByRole('alert');
    expect((await statuses())[0]).toBe(en['kit.status.errors']);
  });

  it('a full document’s sections are "Complete" (or not started where it has no answers)', async () => {
    const data = structuredClone(formExamples['asp-england']['valid.full']!.data);
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={data} rules={withoutRules} />);
    const shown = await statuses();
    expect(shown).toContain(en['kit.status.completed']);
    for (const status of shown) expect([en['kit.status.completed'], en['kit.status.notStarted']]).toContain(status);
  });

  it.each([
    ['require', en['kit.status.needed']],
    ['validate', en['kit.status.errors']],
  ] as const)('a %s rule’s message, once shown, makes the section "%s"', async (kind, expected) => {
    const user = userEvent.setup();
    const definition: FormDefinitionData = forms['asp-england'];
    const data = structuredClone(formExamples['asp-england']['valid.full']!.data);
    const question = requiredQuestions(definition).find((q) => q.section === 0 && isTextBox(q))!;
    const rules = (): RuleResults => ({
      ...NO_RULE_RESULTS,
      messages: [{ ruleId: 'test.rule', pointer: question.pointer, messageKey: 'test.message', kind }],
    });
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={data} rules={rules} />);
    await user.click(await screen.findByRole('button', { name: en['kit.action.continue'] }));
    await screen.findByRole('alert');
    expect((await statuses())[0]).toBe(expected);
  });

  it('in Welsh, in the kit’s own words', async () => {
    const { id, text } = firstSectionAsking('cy');
    const cy = chromeStrings.cy;
    render(
      <AdoptionSupportForm
        form={id}
        audience="agency"
        locale="cy"
        data={documentWith(text.dataPath, 'Wedi rhoi')}
        rules={withoutRules}
      />,
    );
    const [first, ...rest] = await statuses(cy['kit.sections.navLabel']);
    expect(first).toBe(cy['kit.status.needed']);
    expect(cy['kit.status.needed']).not.toBe(en['kit.status.needed']);
    expect(rest).toContain(cy['kit.status.notStarted']);
  });
});
