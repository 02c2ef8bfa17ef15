import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { LoadedFormFolder } from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import type { LintProblem } from './LintProblem';

/** Where a termbase sits, relative to a folder of forms: `schemas/shared/termbase.json` for `schemas/forms`. */
export const TERMBASE_FILE = join('shared', 'termbase.json');

/** One concept and the words the forms use for it, per language. */
export interface Term {
  concept: string;
  /** The forms it applies to, by their form.json `jurisdiction`; every form when absent. */
  jurisdictions?: string[];
  /** The term in each language (`en`, `cy`). For an abbreviation, what it stands for. */
  words: Record<string, string>;
  /** Words that must not be used for the concept, per language. */
  forbidden: Record<string, string[]>;
  /** Every string whose key ends with this is the term itself, exactly (an option of a list). */
  keySuffix?: string;
  /** An abbreviation each form spells out (with `words`) in the label or hint of the first field that uses it. */
  abbreviation?: string;
}

/** A termbase read from JSON, with what could not be read in it. */
export interface Termbase {
  terms: Term[];
  problems: { pointer: string; message: string }[];
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

function perLanguage<T>(value: unknown, read: (v: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isJsonObject(value)) return out;
  for (const [language, item] of Object.entries(value)) {
    const read_ = read(item);
    if (read_ !== undefined && /^[a-z]{2}$/.test(language)) out[language] = read_;
  }
  return out;
}

/** Reads a termbase's JSON: entries it cannot use are listed in `problems`, not thrown. */
export function readTermbase(json: unknown): Termbase {
  const termbase: Termbase = { terms: [], problems: [] };
  if (!isJsonObject(json) || !Array.isArray(json.terms)) {
    termbase.problems.push({ pointer: '', message: 'The termbase has no "terms" list.' });
    return termbase;
  }
  json.terms.forEach((entry, i) => {
    if (!isJsonObject(entry) || typeof entry.concept !== 'string' || entry.concept.trim() === '') {
      termbase.problems.push({ pointer: `/terms/${i}`, message: `Term ${i + 1} does not name its concept.` });
      return;
    }
    const words = perLanguage(entry, (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined));
    const term: Term = {
      concept: entry.concept,
      words,
      forbidden: perLanguage(entry.forbidden, (v) => texts(v)),
    };
    if (Array.isArray(entry.jurisdictions)) term.jurisdictions = texts(entry.jurisdictions);
    if (typeof entry.keySuffix === 'string' && entry.keySuffix !== '') term.keySuffix = entry.keySuffix;
    if (typeof entry.abbreviation === 'string' && entry.abbreviation !== '') term.abbreviation = entry.abbreviation;
    termbase.terms.push(term);
  });
  return termbase;
}

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where `phrase` first occurs in `text` as whole words (letters either side do not count), or -1. */
export function findWords(text: string, phrase: string, ignoreCase = true): number {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const needle = ignoreCase ? phrase.toLowerCase() : phrase;
  if (needle === '') return -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isLetter(haystack[at - 1]) && !isLetter(haystack[at + needle.length])) return at;
  }
  return -1;
}

const pointerOf = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * What in a form's strings goes against the termbase: a forbidden variant, an option worded otherwise
 * than its term, an abbreviation not spelt out where the form first uses it. `termbaseFile` is how the
 * fixes name the termbase.
 */
export function termProblems(
  definition: Pick<LoadedFormFolder['definition'], 'manifest' | 'locales'>,
  termbase: Termbase,
  termbaseFile: string,
): LintProblem[] {
  const form = String(definition.manifest.id);
  const jurisdiction = definition.manifest.jurisdiction;
  const problems: LintProblem[] = [];
  const report = (language: string, key: string, message: string, fix: string) =>
    problems.push({ check: 'terms', form, file: `i18n/${language}.json`, pointer: pointerOf(key), message, fix });
  for (const term of termbase.terms) {
    if (term.jurisdictions && !term.jurisdictions.includes(String(jurisdiction))) continue;
    for (const [language, strings] of Object.entries(definition.locales)) {
      const word = term.words[language];
      const entries = Object.entries(strings ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
      for (const [key, text] of entries) {
        for (const variant of term.forbidden[language] ?? []) {
          if (findWords(text, variant) < 0) continue;
          report(
            language,
            key,
            `"${key}" says "${variant}", a variant the termbase does not allow for ${term.concept}.`,
            word
              ? `Write "${word}" instead, as every form does (${termbaseFile}).`
              : `Use the term in ${termbaseFile}.`,
          );
        }
        if (term.keySuffix && word && key.endsWith(term.keySuffix) && text !== word) {
          report(
            language,
            key,
            `"${key}" is "${text}", but ${term.concept} is worded "${word}" in every form.`,
            `Write "${word}" (${termbaseFile}); explain it in the field's hint if readers need more.`,
          );
        }
      }
      if (term.abbreviation && word) {
        const first = entries.find(([, text]) => findWords(text, term.abbreviation as string, false) >= 0);
        // The field (or section) that first uses it: its label or its hint may spell it out.
        const stem = first?.[0].replace(/\.[^.]*$/, '.');
        const spelt = entries.some(([key, text]) => stem && key.startsWith(stem) && findWords(text, word) >= 0);
        if (first && !spelt) {
          report(
            language,
            first[0],
            `"${first[0]}" is where the form first uses "${term.abbreviation}", and it does not say what it stands for.`,
            `Spell it out here: "${word} (${term.abbreviation})" (${termbaseFile}).`,
          );
        }
      }
    }
  }
  return problems;
}

/** The termbase for a form folder: `shared/termbase.json` beside its folder of forms (`schemas/forms`), if there is one. */
export function findTermbase(folder: string): string | undefined {
  const candidate = join(dirname(dirname(folder)), TERMBASE_FILE);
  return existsSync(candidate) ? candidate : undefined;
}

/** Checks a loaded form against the termbase beside its folder of forms; none found, nothing to check. */
export async function checkTermbase(loaded: LoadedFormFolder): Promise<LintProblem[]> {
  const path = findTermbase(loaded.folder);
  if (!path) return [];
  const file = relative(loaded.folder, path);
  const form = String(loaded.definition.manifest.id);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        check: 'terms',
        form,
        file,
        pointer: '',
        message: `The termbase cannot be read: ${reason}.`,
        fix: 'Make it valid JSON.',
      },
    ];
  }
  const termbase = readTermbase(json);
  const unreadable = termbase.problems.map((p) => ({
    check: 'terms',
    form,
    file,
    pointer: p.pointer,
    message: p.message,
    fix: 'Give each term a "concept" and its words, as the other terms have.',
  }));
  return [...unreadable, ...termProblems(loaded.definition, termbase, file)];
}
