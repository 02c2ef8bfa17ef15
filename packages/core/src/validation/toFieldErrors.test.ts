import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../node/createAjv';
import { tinyForm } from '../testing/tinyForm';
import { toFieldErrors } from './toFieldErrors';

const form = tinyForm();
const validate = createAjv().compile(form.schema);
const errorsFor = (data: unknown, locale?: string) => {
  validate(data);
  return toFieldErrors(form, validate.errors, { locale });
};

describe('toFieldErrors', () => {
  it('says what to do, with the field label and the pointer of the missing field', () => {
    expect(errorsFor({ child: { dateOfBirth: '2020-01-01' } })).toEqual([
      { pointer: '/child/name', field: 'Name', message: 'Enter name', keyword: 'required' },
    ]);
  });

  it('asks for a real date, and to select from a list, never with raw validator wording', () => {
    const messages = errorsFor({ child: { name: 'Sam', dateOfBirth: '2023-02-29', stage: 'adopted' } }).map(
      (e) => e.message,
    );
    expect(messages).toEqual(['Date of birth must be a real date, like 27 3 2026', 'Select stage from the list']);
    expect(messages.join()).not.toMatch(/must match|must be equal|must have required/);
  });

  it('points into list rows by position and labels them by the row field', () => {
    const [error] = errorsFor({ child: { name: 'Sam', dateOfBirth: '2020-01-01', helpers: [{ name: 'A' }, {}] } });
    expect(error).toMatchObject({
      pointer: '/child/helpers/1/name',
      field: 'Helper name',
      message: 'Enter helper name',
    });
  });

  it('speaks Welsh with the Welsh label', () => {
    expect(errorsFor({ child: { dateOfBirth: '2020-01-01' } }, 'cy')[0]?.message).toBe('Rhowch enw');
  });

  it('uses a form’s own wording for a field when it has one, and agency overrides above that', () => {
    const custom = tinyForm();
    (custom.locales.en as Record<string, string>)['child.name.error.required'] = "Enter the child's name";
    validate({ child: {} });
    expect(toFieldErrors(custom, validate.errors)[0]?.message).toBe("Enter the child's name");
    const overridden = toFieldErrors(custom, validate.errors, { overrides: { 'child.name.label': 'Forename' } });
    expect(overridden[0]).toMatchObject({ field: 'Forename', message: "Enter the child's name" });
  });

  it('gives one message per field', () => {
    const errors = errorsFor({ child: { name: 'Sam', dateOfBirth: 7 } });
    expect(errors.filter((e) => e.pointer === '/child/dateOfBirth')).toHaveLength(1);
  });

  it('asks for a number when a number box holds words, and for yes or no when a yes-or-no holds text', () => {
    const assessment = forms['assessment-wales'];
    const validateAssessment = createAjv().compile(assessment.schema);
    const data = structuredClone(formExamples['assessment-wales']['valid.full']!.data) as {
      analysis: { financialSupport: Record<string, unknown> };
    };
    data.analysis.financialSupport.proposedAmount = 'about forty pounds';
    validateAssessment(data);
    const [amount] = toFieldErrors(assessment, validateAssessment.errors, {});
    expect(amount).toMatchObject({
      pointer: '/analysis/financialSupport/proposedAmount',
      message: 'Proposed amount (£) must be a number',
      keyword: 'type',
    });
    expect(toFieldErrors(assessment, validateAssessment.errors, { locale: 'cy' })[0]?.message).toMatch(
      /^Rhaid i .+ fod yn rhif$/,
    );

    const review = forms['asp-review-england'];
    const validateReview = createAjv().compile(review.schema);
    validateReview(formExamples['asp-review-england']['invalid.child-seen-alone-as-text']!.data);
    const [seenAlone] = toFieldErrors(review, validateReview.errors, {});
    expect(seenAlone?.pointer).toBe('/visits/sinceLastReview/1/childSeenAlone');
    expect(seenAlone?.message).toMatch(/^Select yes or no for /);
  });
});
