import { aspEngland, aspWales } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';
import { formWith, questions } from '../testing/formFacts';
import { chromeStrings } from './chromeStrings';
import { fillText, kitStrings, labelPackGaps } from './kitStrings';

describe('the strings of a form', () => {
  it('take the label pack first, then the form, then the component’s own words', () => {
    const { definition, found } = formWith('Welsh and two questions', (d) => {
      const asked = questions(d);
      return d.locales.cy && asked.length >= 2 ? asked : undefined;
    });
    const [licensed, own] = found.map((q) => `${q.key}.label`) as [string, string];
    const strings = kitStrings(definition, 'cy', {
      cy: { [licensed]: 'Rhanbarth (trwydded)', 'kit.action.submit': 'Anfon' },
    });
    expect(strings.get(licensed)).toBe('Rhanbarth (trwydded)');
    expect(strings.get(own)).toBe(definition.locales.cy![own]);
    expect(strings.get(own)).toEqual(expect.any(String));
    expect(strings.get('kit.action.submit')).toBe('Anfon');
    expect(strings.get('kit.action.continue')).toBe('Cadw a pharhau');
    expect(strings.get('no.such.key')).toBeUndefined();
  });

  it('fall back to the form’s English wording for a form without Welsh, with Welsh buttons around it', () => {
    const strings = kitStrings(aspEngland, 'cy');
    expect(strings.get('form.title')).toBe(aspEngland.locales.en!['form.title']);
    expect(strings.get('kit.errorSummary.title')).toBe('Mae problem wedi codi');
  });

  it('have every screen word in both languages', () => {
    expect(Object.keys(chromeStrings.cy).sort()).toEqual(Object.keys(chromeStrings.en).sort());
    for (const [key, text] of Object.entries(chromeStrings.cy)) {
      const placeholders = (t: string) => (t.match(/\{[A-Za-z]+\}/g) ?? []).map((p) => p.toLowerCase()).sort();
      expect(placeholders(text), key).toEqual(placeholders(chromeStrings.en[key]!));
    }
  });
});

describe('what a label pack leaves unworded', () => {
  it('lists the form’s keys a pack for a language the form lacks does not give', () => {
    const english = aspEngland.locales.en!;
    const gaps = labelPackGaps(aspEngland, { cy: { 'form.title': 'Cynllun cymorth mabwysiadu (Lloegr)' } }, 'cy');
    expect(gaps).not.toContain('form.title');
    expect(gaps).toContain(`${questions(aspEngland)[0]!.key}.label`);
    expect(gaps).toHaveLength(Object.keys(english).length - 1);
    const whole = Object.fromEntries(Object.keys(english).map((key) => [key, `CY ${key}`]));
    expect(labelPackGaps(aspEngland, { cy: whole }, 'cy')).toEqual([]);
  });

  it('is empty for a language the form has, pack or none', () => {
    expect(labelPackGaps(aspWales, undefined, 'cy')).toEqual([]);
    expect(labelPackGaps(aspEngland, undefined, 'en')).toEqual([]);
  });
});

describe('filling placeholders', () => {
  it('writes a label as in a sentence, or with a capital when spelt with one', () => {
    expect(fillText('Enter {label}', { label: 'Date of the plan' })).toBe('Enter date of the plan');
    // A possessive stays as it is: it may start a name (core's toFieldErrors does the same).
    expect(fillText('Enter {label}', { label: "Child's legal name" })).toBe("Enter Child's legal name");
    expect(fillText('{Label} must include a year', { label: 'date of birth' })).toBe(
      'Date of birth must include a year',
    );
    expect(fillText('Add a row to {label}', { label: 'GP practice' })).toBe('Add a row to GP practice');
  });

  it('leaves other values as they are and unknown placeholders in place', () => {
    expect(fillText('Sent to {name} on {date}', { name: 'Kerry Harrow', date: '2 March 2026' })).toBe(
      'Sent to Kerry Harrow on 2 March 2026',
    );
    expect(fillText('{count} errors {missing}', { count: 3 })).toBe('3 errors {missing}');
  });
});
