import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { forms } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import fc from 'fast-check';
import { compileRulePackSource } from '../rules/compile/compileRulePackSource';
import { loadCompiledSource } from '../rules/testing/compiledRules';
import { hostileJson, hostileString, withHostilePart } from './hostileJson';

/**
 * Argument builders for every public function of `@adoption-support/core` and its Node entry: each
 * argument is either a well-formed value taken from a published form, a hostile JSON value, or the
 * well-formed value with one hostile part, so a call gets past its first checks often enough to meet
 * the hostile value deep inside.
 */

const formsDir = join(
  dirname(createRequire(import.meta.url).resolve('@adoption-support/schemas/package.json')),
  'forms',
);
const readForm = (...path: string[]): unknown => JSON.parse(readFileSync(join(formsDir, ...path), 'utf8'));

const england = forms['asp-england'];
const review = forms['asp-review-england'];
const plan = formExamples['asp-england']['valid.full'] as { data: Record<string, unknown> };
const reviewDoc = formExamples['asp-review-england']['valid.full'];
const packs = Object.values(england.rulePacks);
const reviewIntoPlan = readForm('asp-england', 'carry-forward', 'asp-review-england.json') as Record<string, unknown>;
const planIntoReview = readForm('asp-review-england', 'carry-forward', 'asp-england.json') as Record<string, unknown>;
const reviewCases = readForm('asp-england', 'rules', 'reviews.cases.json');
const englandPacks = england.manifest.rulePacks.map((name) => england.rulePacks[name]);
const englandRules = loadCompiledSource(compileRulePackSource(englandPacks));

/** A well-formed value, a hostile one, or (for an object) the value with one hostile part. */
export function arg(valid: unknown, parts: readonly string[] = []): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [fc.constant(valid), hostileJson];
  if (parts.length > 0) choices.push(withHostilePart(valid as Record<string, unknown>, parts));
  return fc.oneof(...choices);
}

/**
 * For functions that compile a whole schema (about 0.1 s each time): the real definition one run in
 * twenty, so that a thousand runs stay quick while the hostile ones still reach the compiler.
 */
const rarelyValid = (valid: Record<string, unknown>, parts: readonly string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 19, arbitrary: fc.oneof(hostileJson, withHostilePart(valid, parts)) },
  );

/** A date argument: a real date, a hostile string or any hostile value. */
const date = fc.oneof(fc.constant('2026-03-27'), hostileString, hostileJson);
const count = fc.oneof(fc.integer({ min: -1000, max: 1000 }), hostileJson);
const args = (...parts: fc.Arbitrary<unknown>[]) => fc.tuple(...parts) as fc.Arbitrary<unknown[]>;

const definition = arg(england, ['manifest', 'schema', 'uischema', 'locales', 'rulePacks']);
const document = arg(plan.data, Object.keys(plan.data));
const planEnvelope = arg(plan, ['form', 'version', 'data']);
const reviewEnvelope = arg(reviewDoc, ['form', 'version', 'data']);
const mapping = (valid: Record<string, unknown>) => arg(valid, Object.keys(valid));
const pointers = fc.oneof(fc.constant(['/supportItems/0', '/child']), fc.array(hostileString), hostileJson);
const schemaErrors = fc.oneof(
  fc.constant([{ instancePath: '/child', keyword: 'required', params: { missingProperty: 'name' } }]),
  fc.array(fc.record({ instancePath: hostileJson, keyword: hostileJson, params: hostileJson })),
  hostileJson,
);
const engineOptions = arg({ packs }, ['packs', 'clock', 'bankHolidays', 'maxOperations', 'leapDayBirthday']);

/** Builders for the functions of the main entry, by export name. */
export const coreEntries: Record<string, fc.Arbitrary<unknown[]>> = {
  redact: args(definition, document, fc.oneof(fc.constant('birthFamily'), hostileJson), arg({})),
  addDays: args(date, count),
  addMonths: args(date, count),
  addToDate: args(date, count, fc.oneof(fc.constant('days'), hostileJson)),
  addWeeks: args(date, count),
  addWorkingDays: args(date, count, fc.oneof(fc.constant(undefined), hostileJson)),
  addYears: args(date, count),
  ageOn: args(date, date, arg({ leapDayBirthday: 'feb-28' })),
  birthdayIn: args(date, count, hostileJson),
  compareIsoDates: args(date, date),
  compulsorySchoolAgeDate: args(date),
  countWorkingDays: args(date, date, hostileJson),
  dayOfWeek: args(date),
  daysInMonth: args(count, count),
  diffDates: args(date, date, fc.oneof(fc.constant('months'), hostileJson)),
  diffDays: args(date, date),
  diffMonths: args(date, date),
  diffWeeks: args(date, date),
  diffYears: args(date, date),
  englandAndWalesBankHolidays: args(fc.oneof(fc.integer({ min: 1980, max: 2110 }), hostileJson)),
  formatIsoDate: args(arg({ year: 2026, month: 3, day: 27 }, ['year', 'month', 'day'])),
  fromDayNumber: args(count),
  isDateUnit: args(hostileJson),
  isIsoDate: args(date),
  isLeapYear: args(count),
  isSchoolMilestone: args(hostileJson),
  isWorkingDay: args(date, hostileJson),
  parseIsoDate: args(date),
  receptionStart: args(date),
  requireBankHolidayYears: args(date, date),
  schoolMilestone: args(date, fc.oneof(fc.constant('receptionStart'), hostileJson), hostileJson),
  termAfterBirthday: args(date, count),
  toDayNumber: args(date),
  applyReview: args(planEnvelope, reviewEnvelope, mapping(reviewIntoPlan), arg({ draft: true })),
  checkCarryForwardMapping: args(
    mapping(reviewIntoPlan),
    arg({ source: review, target: england }, ['source', 'target']),
    hostileJson,
  ),
  formatCarryForwardProblem: args(arg({ file: 'a.json', pointer: '/rules', message: 'm', fix: 'f' }, ['pointer'])),
  mappingFile: args(mapping(reviewIntoPlan)),
  mappingShapeProblems: args(mapping(planIntoReview), fc.oneof(fc.constant(undefined), hostileJson)),
  prefill: args(mapping(planIntoReview), planEnvelope, arg({ existing: reviewDoc }, ['existing'])),
  checkAnnotations: args(definition),
  checkDefinition: args(definition, hostileJson),
  checkLocales: args(definition),
  formStringKeys: args(definition),
  checkManifest: args(definition, hostileJson),
  checkRuleMessages: args(definition),
  checkUiSchema: args(definition),
  formatProblem: args(
    arg({ check: 'manifest', form: 'f', file: 'form.json', pointer: '', message: 'm', fix: 'f' }, ['pointer', 'form']),
  ),
  didYouMean: args(hostileString, fc.oneof(fc.array(hostileString), hostileJson)),
  probablyMeant: args(hostileString, fc.oneof(fc.array(hostileString), hostileJson)),
  getAtPointer: args(document, fc.oneof(hostileString, fc.array(hostileString), hostileJson)),
  parsePointer: args(fc.oneof(hostileString, hostileJson)),
  toPointer: args(fc.oneof(fc.array(hostileString), hostileJson)),
  i18nPrefix: args(fc.oneof(fc.array(hostileString), hostileJson)),
  schemaFields: args(arg(england.schema, ['properties', '$defs', 'type'])),
  walkUiSchema: args(hostileJson, arg(england.uischema, ['elements', 'type']), arg(england.schema, ['properties'])),
  applyHiddenData: args(definition, document, pointers),
  fieldAtPath: args(arg(england.schema, ['properties', '$defs']), fc.oneof(fc.array(hostileString), hostileJson)),
  fieldAtPattern: args(arg(england.schema, ['properties', '$defs']), fc.oneof(fc.array(hostileString), hostileJson)),
  restoreHiddenData: args(
    document,
    fc.oneof(fc.array(fc.record({ pointer: hostileString, previous: hostileJson })), hostileJson),
  ),
  createRuleEngine: args(engineOptions),
  compiledRuleEngine: args(
    definition,
    fc.oneof(fc.constant(englandRules), hostileJson),
    fc.oneof(fc.constant(undefined), arg({ clock: () => '2026-03-01', maxOperations: 500 }, ['maxOperations'])),
  ),
  formatRuleCasesReport: args(
    arg({ pack: 'p', passed: 1, failed: 0, results: [], untested: [] }, ['results', 'untested']),
  ),
  formatRuleProblem: args(
    arg({ check: 'rules', form: 'f', file: 'rules/a.json', pointer: '', message: 'm', fix: 'f' }, ['pointer', 'rule']),
  ),
  runRuleCases: args(fc.oneof(fc.constant(packs), engineOptions), arg(reviewCases, ['cases', 'pack'])),
  ukToday: args(hostileJson),
  validateRulePack: args(arg(packs[0], ['rules', 'id', 'form']), arg({ formId: 'asp-england' }, ['formId', 'file'])),
  toFieldErrors: args(definition, schemaErrors, arg({ locale: 'cy' }, ['locale', 'overrides'])),
  isAnswerGiven: args(hostileJson),
  isMissingAnswerError: args(
    arg({ pointer: '/child/legalName', keyword: 'minLength' }, ['pointer', 'keyword']),
    document,
  ),
  tooDeepAt: args(document, count),
};

/** The engine of a published form, for `evaluate` on hostile data. */
export const englandEngineOptions = { packs };

/** Entry points that must reject hostile input with their own checks, never with the last line of defence. */
export const strictEntries = [
  'applyHiddenData',
  'restoreHiddenData',
  'prefill',
  'applyReview',
  'validateRulePack',
  'createRuleEngine',
  'redact',
  'toFieldErrors',
  'isMissingAnswerError',
];

/**
 * Functions of the main entry whose own folders test them more closely (migrations, submissions,
 * reader text): here each gets hostile values in every argument, up to its declared arity.
 */
export const otherCoreFunctions = [
  'fillText',
  'formatDate',
  'inSentence',
  'readerValues',
  'toReaderLocale',
  'applyMigration',
  'applyMigrationSync',
  'compareVersions',
  'formVersions',
  'isSavedDocument',
  'migrateEnvelope',
  'migrateEnvelopeSync',
  'parseMigration',
  'planMigrations',
  'judgeSubmission',
  'shareCopy',
];

/** Hostile values for every argument of a function of `arity` arguments (at least one). */
export const anyArguments = (arity: number): fc.Arbitrary<unknown[]> =>
  fc.array(hostileJson, { minLength: Math.max(1, arity), maxLength: Math.max(1, arity) });

/** Builders for the Node entry's functions that take values (the others read files by path). */
export const nodeEntries: Record<string, fc.Arbitrary<unknown[]>> = {
  compileFormSchema: args(
    rarelyValid(england as unknown as Record<string, unknown>, ['manifest', 'schema', 'locales']),
  ),
  normaliseErrors: args(schemaErrors),
  createAjv: args(arg({ strict: false })),
  lineAndColumn: args(fc.oneof(hostileString, hostileJson), count),
  parseJsonText: args(fc.oneof(hostileString, hostileJson), hostileJson, hostileJson),
  standaloneValidatorSource: args(
    rarelyValid(england as unknown as Record<string, unknown>, ['manifest', 'schema', 'locales']),
  ),
  checkExamples: args(definition, arg(formExamples['asp-england']), hostileJson),
  checkLoadedForm: args(hostileJson),
  compileRulePackSource: args(
    fc.oneof(fc.constant(englandPacks), arg(englandPacks[0], ['rules', 'id']), hostileJson),
    fc.oneof(fc.constant(undefined), arg({ header: 'asp-england' }, ['header'])),
  ),
};

/** Node functions whose arguments are file or folder paths: their tests use real folders. */
export const pathFunctions = ['checkFormFolder', 'listFormFolders', 'loadFormFolder', 'readJsonFile'];
