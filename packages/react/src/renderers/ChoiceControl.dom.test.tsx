// A group of radios is one Tab stop, answered or not (roving tabindex).
import { type FormDefinitionData, type FormId, forms } from '@adoption-support/schemas';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';
import { formModel } from '../definition/formModel';
import { documentWith, isRadios, type Question, questions } from '../testing/formFacts';

/** The radio question in the smallest section of any form that has one, so the test draws little. */
function radioQuestion(): { definition: FormDefinitionData; question: Question } {
  const found = Object.values(forms).flatMap((definition) => {
    const sizes = formModel(definition, 'agency').sections.map((s) => s.controls.length);
    return questions(definition)
      .filter(isRadios)
      .map((question) => ({ definition, question, size: sizes[question.section] ?? 0 }));
  });
  found.sort((a, b) => a.size - b.size);
  if (!found[0]) throw new Error('No form has a question answered with radios.');
  return found[0];
}

describe('radios', { timeout: 60_000 }, () => {
  const { definition, question } = radioQuestion();
  const codes = question.schema.enum as unknown[];
  const radiosOf = async () =>
    within(await screen.findByRole('radiogroup', { name: new RegExp(question.label().slice(0, 30)) })).getAllByRole(
      'radio',
    );

  it('put only the first radio of an unanswered group in the Tab order', async () => {
    render(
      <AdoptionSupportForm
        form={definition.manifest.id as FormId}
        audience="agency"
        mode="edit"
        data={{}}
        initialSection={question.section}
      />,
    );
    const radios = await radiosOf();
    expect(radios.length).toBe(codes.length);
    expect(radios.map((r) => r.tabIndex)).toEqual(radios.map((_, i) => (i === 0 ? 0 : -1)));
  });

  it('put only the chosen radio in the Tab order once the group is answered', async () => {
    const chosen = codes.length - 1;
    render(
      <AdoptionSupportForm
        form={definition.manifest.id as FormId}
        audience="agency"
        mode="edit"
        data={documentWith(question.dataPath, codes[chosen])}
        initialSection={question.section}
      />,
    );
    const radios = await radiosOf();
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual(radios.map((_, i) => i === chosen));
    expect(radios.map((r) => r.tabIndex)).toEqual(radios.map((_, i) => (i === chosen ? 0 : -1)));
  });
});
