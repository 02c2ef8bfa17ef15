import type { FormDefinitionData } from '@adoption-support/schemas';
import { englishLabel } from '../definition/englishLabel';
import { parsePointer } from '../definition/jsonPointer';
import { ANY_ITEM, i18nPrefix, schemaFields } from '../definition/schemaFields';
import { KitError } from '../errors';
import { applyHiddenData, type ClearedValue } from '../hidden-data/applyHiddenData';
import { fillText, type ReaderLocale, readerValues } from '../i18n/readerText';
import type { SavedDocument } from '../migrate/index';
import type { RuleFailure, RuleOutcome } from '../rules/RuleOutcome';
import { type FormSectionRef, isMissingAnswerError, sectionOfAnswer } from '../validation/missingAnswers';
import { type FieldError, toFieldErrors } from '../validation/toFieldErrors';
import { checkJudgeOptions, type JudgeOptions } from './judgeOptions';
import { formLocale, type MigrationNotes, openSubmission } from './openSubmission';
import { ruleEngineFor } from './ruleEngineFor';
import { type SubmissionProblem, submissionProblem } from './submissionProblems';

/** A rule's message about one answer, worded for a person. */
export interface JudgedRuleMessage {
  ruleId: string;
  packId: string;
  kind: 'validate' | 'require';
  /** JSON pointer of the answer in the document's data. */
  pointer: string;
  /** The field's label in the chosen language ('' when the pointer names no field). */
  field: string;
  /** The message, e.g. "The first review must be within 4 weeks of the placement". */
  message: string;
  /** The rule's legal or practice source, e.g. "AAR 2005 reg 36(3)". */
  source: string;
}

/** An answer the document still needs at its stage: the form's schema or a `require` rule asks for it. */
export interface MissingAnswer {
  /** JSON pointer of the answer in the document's data (where it would be). */
  pointer: string;
  /** The field's label in the form's language (for a whole group left out, the group's heading). */
  field: string;
  /** The section of the form that shows it; `null` when no section does. */
  section: FormSectionRef | null;
  /** What to do, e.g. "Enter the date of the matching panel". */
  message: string;
  /** What asks for it: the form's schema, or a `require` rule (its id, pack and legal source). */
  requiredBy: { kind: 'schema' } | { kind: 'rule'; ruleId: string; packId: string; source: string };
}

/** A submission judged against its form: the result a server stores or returns to the portal. */
export interface JudgedSubmission {
  status: 'judged';
  /**
   * Complete for this stage: no schema error, no rule message and no rule that could not run.
   * `valid` is `savable` with nothing `missing`.
   */
  valid: boolean;
  /**
   * Valid to save as a draft: every answer given is well formed. Nothing wrong but answers left out
   * (`missing`): no schema error about a given answer, no `validate` rule message, no rule that
   * could not run.
   */
  savable: boolean;
  /** The answers this stage still needs, in the order of `errors`, then of `ruleMessages`. One per pointer. */
  missing: MissingAnswer[];
  form: string;
  /** The form's current version: the document's version after any migration. */
  version: string;
  /** The document at the current version, with answers the rules hid cleared as their fields say. */
  document: SavedDocument;
  /** Schema errors, labelled and worded for people, one per field. */
  errors: FieldError[];
  /** What the statutory rules say is wrong or missing. */
  ruleMessages: JudgedRuleMessage[];
  /**
   * Rules that could not run on this data (an answer of the wrong kind where a rule needs a date, a
   * value past the rule's limits). Each says which rule, where and why. The schema errors usually name
   * the answer at fault too.
   */
  ruleFailures: RuleFailure[];
  /** Values the rules worked out (due dates, deadlines), by pointer: beside the data, never in it. */
  derived: Record<string, unknown>;
  /** Answers taken out because a rule hid their field and its policy is `clear`. */
  cleared: ClearedValue[];
  /** What bringing the document up to date did (nothing when it was already current). */
  migration: MigrationNotes;
  /** The language the messages are in. */
  locale: ReaderLocale;
}

/** A submission refused before it could be judged: not an envelope, too large, an unknown form or version. */
export interface RefusedJudgement {
  status: 'refused';
  valid: false;
  savable: false;
  problem: SubmissionProblem;
}

/** Every answer {@link judgeSubmission} can give. */
export type Judgement = JudgedSubmission | RefusedJudgement;

/** The label of the field at a data pointer, from the form's strings (rows and positions ignored). */
function fieldLabel(definition: FormDefinitionData, pointer: string, locale: ReaderLocale): string {
  const tokens = parsePointer(pointer).map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t));
  const key = labelKeys(definition).get(tokens.join('/'));
  const strings = definition.locales[locale] ?? {};
  const worded = key !== undefined && Object.hasOwn(strings, key) ? strings[key] : undefined;
  return worded ?? englishLabel(definition, tokens) ?? '';
}

const labelKeyCache = new WeakMap<object, Map<string, string>>();
function labelKeys(definition: FormDefinitionData): Map<string, string> {
  let keys = labelKeyCache.get(definition.schema);
  if (!keys) {
    keys = new Map(
      schemaFields(definition.schema).map((f) => [f.dataPath.join('/'), `${i18nPrefix(f.dataPath)}.label`]),
    );
    labelKeyCache.set(definition.schema, keys);
  }
  return keys;
}

function wordRuleMessages(
  definition: FormDefinitionData,
  outcome: RuleOutcome,
  locale: ReaderLocale,
  overrides: Readonly<Record<string, string>>,
): JudgedRuleMessage[] {
  const strings = definition.locales[locale] ?? {};
  const english = definition.locales.en ?? {};
  const text = (key: string) => [overrides, strings, english].find((layer) => Object.hasOwn(layer, key))?.[key] ?? key;
  return outcome.messages.map((m) => {
    const field = fieldLabel(definition, m.pointer, locale);
    return {
      ruleId: m.ruleId,
      packId: m.packId,
      kind: m.kind,
      pointer: m.pointer,
      field,
      message: fillText(text(m.messageKey), { label: field, ...readerValues(m.values, locale) }),
      source: m.source,
    };
  });
}

/**
 * Splits what is wrong into answers still to give at this stage (schema errors about an answer left
 * out, `require` rule messages) and problems with answers given (every other error and message).
 */
function stageNeeds(
  definition: FormDefinitionData,
  data: unknown,
  errors: readonly FieldError[],
  ruleMessages: readonly JudgedRuleMessage[],
  strings: readonly Readonly<Record<string, string>>[],
): { missing: MissingAnswer[]; malformed: number } {
  const missing = new Map<string, MissingAnswer>();
  let malformed = 0;
  const add = (entry: Omit<MissingAnswer, 'section'>) => {
    if (missing.has(entry.pointer)) return;
    missing.set(entry.pointer, { ...entry, section: sectionOfAnswer(definition, entry.pointer, strings) });
  };
  for (const error of errors) {
    if (!isMissingAnswerError(error, data)) malformed += 1;
    else add({ pointer: error.pointer, field: error.field, message: error.message, requiredBy: { kind: 'schema' } });
  }
  for (const m of ruleMessages) {
    if (m.kind !== 'require') malformed += 1;
    else {
      const requiredBy = { kind: 'rule' as const, ruleId: m.ruleId, packId: m.packId, source: m.source };
      add({ pointer: m.pointer, field: m.field, message: m.message, requiredBy });
    }
  }
  return { missing: [...missing.values()], malformed };
}

/**
 * Judges a submission from a portal as the form in the browser would: the server's one call. Takes
 * untrusted parsed JSON, checks its size and shape, finds its form by the form's own id, migrates an
 * older version, runs the statutory rules, clears answers the rules hid (as each field's policy says)
 * and validates with the form's precompiled validator.
 *
 * Never throws on the submission: every input gives a {@link Judgement}. Only bad `options` (a
 * programmer's mistake) throw a {@link KitInputError}.
 */
export async function judgeSubmission(input: unknown, options: JudgeOptions): Promise<Judgement> {
  const checked = checkJudgeOptions('judgeSubmission', options);
  const opened = await openSubmission(input, checked);
  if (!opened.ok) return { status: 'refused', valid: false, savable: false, problem: opened.problem };
  const { definition, document, migration } = opened;
  const locale = formLocale(definition, checked.locale);
  const overrides = checked.overrides ?? {};
  const form = definition.manifest.id;
  // Made (and its packs checked) outside the guard: a broken pack is the server's mistake, not the data's.
  const engine = ruleEngineFor(definition, checked);
  let outcome: RuleOutcome;
  try {
    outcome = engine.evaluate(document.data);
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    const problem = submissionProblem(
      'cannot-evaluate',
      'cannot-evaluate',
      '/data',
      { form, reason: error.message },
      locale,
    );
    return { status: 'refused', valid: false, savable: false, problem };
  }
  const { data, cleared } = applyHiddenData(definition, document.data, outcome.hidden);
  const validate = checked.validators[form]!;
  validate(data);
  const errors = toFieldErrors(definition, validate.errors, { locale, overrides });
  const ruleMessages = wordRuleMessages(definition, outcome, locale, overrides);
  const layers = [overrides, definition.locales[locale] ?? {}, definition.locales.en ?? {}];
  const { missing, malformed } = stageNeeds(definition, data, errors, ruleMessages, layers);
  return {
    status: 'judged',
    valid: errors.length === 0 && ruleMessages.length === 0 && outcome.failed.length === 0,
    // A rule stopped by the data (a text too long, a list too long) could not check a given answer.
    savable: malformed === 0 && outcome.failed.length === 0,
    missing,
    form,
    version: definition.manifest.version,
    document: { ...document, data },
    errors,
    ruleMessages,
    ruleFailures: outcome.failed,
    derived: outcome.derived,
    cleared,
    migration,
    locale,
  };
}
