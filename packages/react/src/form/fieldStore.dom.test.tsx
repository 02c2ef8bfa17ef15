import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';
import { formModel } from '../definition/formModel';
import { NO_RULE_RESULTS } from '../rules/ruleResults';
import { isTextBox, questions } from '../testing/formFacts';
import type { FormChange } from '../types';
import { controlPointer } from './fieldId';

/** The pointer of every kit control JSON Forms renders, in order: one entry per render of a field. */
const rendered = vi.hoisted(() => [] as string[]);

vi.mock('@jsonforms/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@jsonforms/react')>();
  return {
    ...actual,
    ctxToControlProps: (...args: Parameters<typeof actual.ctxToControlProps>) => {
      const [, own] = args;
      const scope = (own.uischema as { scope?: unknown }).scope;
      if (typeof scope === 'string') rendered.push(controlPointer(own.path, scope));
      return actual.ctxToControlProps(...args);
    },
  };
});

/** For tests of the form's mechanics, independent of what the rule packs say on any given day. */
const withoutRules = () => NO_RULE_RESULTS;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two text boxes of the England plan's first section, from its definition. */
const [typed, sibling] = questions(aspEngland)
  .filter((q) => q.section === 0 && isTextBox(q))
  .map((q) => ({ pointer: q.pointer, name: new RegExp(escapeRegExp(q.label())) }));

describe('a keystroke', () => {
  it('re-renders no other field, before or after the form takes the answer in', async () => {
    if (!typed || !sibling)
      throw new Error('The first section of asp-england has too few text questions for this test.');
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    render(
      <AdoptionSupportForm
        form="asp-england"
        audience="agency"
        data={structuredClone(formExamples['asp-england']['valid.full']!.data)}
        onChange={onChange}
        rules={withoutRules}
      />,
    );
    const box = await screen.findByRole('textbox', { name: typed.name });
    const other = screen.getByRole('textbox', { name: sibling.name });
    const otherValue = (other as HTMLInputElement).value;
    // The section has drawn every field once.
    expect(new Set(rendered).size).toBeGreaterThan(5);
    rendered.length = 0;
    await user.clear(box);
    await user.type(box, 'Jo');
    // Validation, the rules and onChange have run on the word (once the typist paused).
    await waitFor(() => {
      const last = onChange.mock.calls.at(-1)?.[0] as FormChange | undefined;
      expect(JSON.stringify(last?.data)).toContain('"Jo"');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box).toHaveValue('Jo');
    expect(other).toHaveValue(otherValue);
    // No other field rendered: not while typing, nor when the form took the word in. (The box typed
    // in shows its own keystrokes, and does not render for them either.)
    expect(rendered.filter((pointer) => pointer !== typed.pointer)).toEqual([]);
    expect(rendered.length).toBeLessThanOrEqual(3);
  });

  it('is undone when the host gives back the document from before the typing, with the same rules or new ones', async () => {
    if (!typed) throw new Error('The first section of asp-england has no text box.');
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const original = () => structuredClone(formExamples['asp-england']['valid.full']!.data);
    const form = (data: unknown, rules = withoutRules) => (
      <AdoptionSupportForm form="asp-england" audience="agency" data={data} onChange={onChange} rules={rules} />
    );
    const { rerender } = render(form(original()));
    const box = await screen.findByRole('textbox', { name: typed.name });
    const before = (box as HTMLInputElement).value;
    await user.type(box, ' and more');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    // A "discard changes" button: the host passes its saved copy again.
    rerender(form(original()));
    await waitFor(() => expect(box).toHaveValue(before));
    // The same with other rules given at the same time (the form starts again from the host's copy).
    onChange.mockClear();
    await user.type(box, ' again');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    rerender(form(original(), () => NO_RULE_RESULTS));
    await waitFor(() => expect(box).toHaveValue(before));
  });

  it('never stays in a box drawn again for another field, section after section', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={{}} rules={withoutRules} />);
    const sections = [...new Set(questions(aspEngland).map((q) => q.section))];
    for (const [i, section] of sections.entries()) {
      // Text boxes and text areas.
      const boxes = questions(aspEngland).filter(
        (q) => q.section === section && isTextBox({ ...q, options: { ...q.options, multi: false } }),
      );
      if (i > 0) {
        const link = aspEngland.locales.en![`${formModel(aspEngland, 'agency').sections[section]!.i18n}.label`]!;
        await user.click(screen.getByRole('link', { name: link }));
      }
      if (boxes.length === 0) continue;
      const shown = await screen.findAllByRole('textbox', { name: new RegExp(escapeRegExp(boxes[0]!.label())) });
      // A blank form: nothing typed in an earlier section shows here.
      for (const q of boxes) {
        for (const box of screen.queryAllByRole('textbox', { name: new RegExp(escapeRegExp(q.label())) }))
          expect(box, q.pointer).toHaveValue('');
      }
      await user.type(shown[0]!, `typed in ${section}`);
    }
  });
});
