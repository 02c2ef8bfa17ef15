import { type FormDefinitionData, forms } from '@adoption-support/schemas';
import { describe, expect, it } from 'vitest';

/**
 * A rule's `source` and its message reach readers (judged submissions, the form's messages, the
 * policy guide). An open question about a regulation belongs in the form's README under "Open
 * questions", never in those strings.
 */
const UNFINISHED =
  /\b(?:to be (?:checked|confirmed|verified|decided|agreed)|still to (?:check|confirm|verify)|not (?:yet )?retrieved|(?:check|verify|confirm) (?:the|this|that) (?:text|wording|regulation|paragraph)|todo|fixme|tbc|tbd|xxx)\b|\?\?|\*verify\*/i;

interface ReaderString {
  form: string;
  rule: string;
  where: string;
  text: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every reader-visible string of every rule of a form: its source, and its message in each locale. */
function readerStrings(definition: FormDefinitionData): ReaderString[] {
  const found: ReaderString[] = [];
  const form = definition.manifest.id;
  for (const pack of Object.values(definition.rulePacks)) {
    const rules = isRecord(pack) && Array.isArray(pack.rules) ? pack.rules : [];
    for (const rule of rules) {
      if (!isRecord(rule)) continue;
      const id = String(rule.id);
      if (typeof rule.source === 'string') found.push({ form, rule: id, where: 'source', text: rule.source });
      if (typeof rule.message !== 'string') continue;
      for (const [locale, strings] of Object.entries(definition.locales)) {
        const text = strings[rule.message];
        if (text !== undefined) found.push({ form, rule: id, where: `message (${locale})`, text });
      }
    }
  }
  return found;
}

const definitions = Object.values(forms) as FormDefinitionData[];

describe('rules never show readers an unfinished note', () => {
  it('recognises the notes it looks for, and leaves plain instructions alone', () => {
    for (const note of [
      'ASSR 2005 reg 7 (3 years after the order; text to be checked)',
      'AAR 2005 reg 31 (the exact wording of the regulation is to be checked)',
      'AAR 2005 reg 36 (TODO: paragraph)',
      'W reg 12 (not retrieved)',
      'reg 9 (TBC)',
    ]) {
      expect(note).toMatch(UNFINISHED);
    }
    for (const fine of [
      'AAR 2005 reg 36(1) and (3) (timing of reviews; domain reference B2)',
      'Agency practice (inferred)',
      'Check the date of visit {visit}: the first visit was due by {dueDate}',
    ]) {
      expect(fine).not.toMatch(UNFINISHED);
    }
  });

  it('reads rules with a source and a message from every form', () => {
    expect(definitions.length).toBeGreaterThan(0);
    for (const definition of definitions) {
      if (definition.manifest.rulePacks.length === 0) continue;
      const strings = readerStrings(definition);
      expect(
        strings.some((s) => s.where === 'source'),
        definition.manifest.id,
      ).toBe(true);
      expect(
        strings.some((s) => s.where.startsWith('message')),
        definition.manifest.id,
      ).toBe(true);
    }
  });

  it.each(definitions.map((d) => [d.manifest.id, d] as const))(
    '%s: no rule source or message carries an open question',
    (_, definition) => {
      const unfinished = readerStrings(definition).filter((s) => UNFINISHED.test(s.text));
      expect(unfinished.map((s) => `${s.rule} ${s.where}: ${s.text}`)).toEqual([]);
    },
  );
});
