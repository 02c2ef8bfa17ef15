import { fillText, type ReaderLocale } from '../i18n/readerText';
import type { InputLimitProblem } from './inputLimits';

/** Why a submission was refused before it could be judged against its form. */
export type SubmissionProblemCode =
  | InputLimitProblem['code']
  | 'not-an-envelope'
  | 'unknown-form'
  | 'unknown-version'
  | 'cannot-migrate'
  | 'cannot-evaluate';

/** A refusal, worded for the person who sent the submission, in English and Welsh. */
export interface SubmissionProblem {
  code: SubmissionProblemCode;
  /** JSON pointer into the submission of the part at fault (`""` for the whole). */
  pointer: string;
  /** The message in the locale asked for. */
  message: string;
  /** The message in each language. */
  messages: Readonly<Record<ReaderLocale, string>>;
}

/** Each refusal's wording: the problem and what to do about it. `{placeholders}` are filled from the details. */
const WORDING: Readonly<Record<string, Readonly<Record<ReaderLocale, string>>>> = {
  'not-json': {
    en: 'The submission holds {found} at "{pointer}", which JSON cannot carry. Send the document as parsed JSON.',
    cy: 'Mae’r cyflwyniad yn cynnwys {found} yn "{pointer}", na all JSON ei gario. Anfonwch y ddogfen fel JSON wedi’i ddosrannu.',
  },
  'too-large': {
    en: 'The submission is larger than the {limit} characters this server accepts. Send one document at a time, and keep files in your document store.',
    cy: 'Mae’r cyflwyniad yn fwy na’r {limit} nod y mae’r gweinydd hwn yn eu derbyn. Anfonwch un ddogfen ar y tro, a chadwch ffeiliau yn eich storfa ddogfennau.',
  },
  'too-deep': {
    en: 'The submission nests more than {limit} levels deep at "{pointer}". No form nests that deep: check the data being sent.',
    cy: 'Mae’r cyflwyniad yn nythu mwy na {limit} lefel o ddyfnder yn "{pointer}". Nid oes unrhyw ffurflen yn nythu mor ddwfn: gwiriwch y data sy’n cael ei anfon.',
  },
  'text-too-long': {
    en: 'The text at "{pointer}" is {length} characters long; this server accepts at most {limit}. Shorten it, or keep long documents in your document store.',
    cy: 'Mae’r testun yn "{pointer}" yn {length} nod o hyd; mae’r gweinydd hwn yn derbyn {limit} ar y mwyaf. Byrhewch ef, neu cadwch ddogfennau hir yn eich storfa ddogfennau.',
  },
  'envelope.object': {
    en: 'The submission must be an object with "form", "version" and "data", as the kit saves it.',
    cy: 'Rhaid i’r cyflwyniad fod yn wrthrych gyda "form", "version" a "data", fel y mae’r pecyn yn ei gadw.',
  },
  'envelope.form': {
    en: 'The submission must name its form in "form", for example "{example}".',
    cy: 'Rhaid i’r cyflwyniad enwi ei ffurflen yn "form", er enghraifft "{example}".',
  },
  'envelope.version': {
    en: 'The submission must give the version of the form it was written against in "version", as text such as "{example}".',
    cy: 'Rhaid i’r cyflwyniad roi’r fersiwn o’r ffurflen y cafodd ei ysgrifennu ar ei chyfer yn "version", fel testun megis "{example}".',
  },
  'envelope.data': {
    en: 'The submission must hold its answers in "data", as an object (it may be empty: {}).',
    cy: 'Rhaid i’r cyflwyniad gadw ei atebion yn "data", fel gwrthrych (gall fod yn wag: {}).',
  },
  'envelope.preserved': {
    en: 'The submission’s "preserved" must be the list the kit wrote there, or left out.',
    cy: 'Rhaid i "preserved" y cyflwyniad fod y rhestr a ysgrifennodd y pecyn yno, neu gael ei adael allan.',
  },
  'unknown-form': {
    en: 'There is no form called "{form}". The forms this server accepts are: {known}.',
    cy: 'Nid oes ffurflen o’r enw "{form}". Y ffurflenni y mae’r gweinydd hwn yn eu derbyn yw: {known}.',
  },
  'unknown-version': {
    en: 'Version "{version}" of {form} is not one this server knows. The current version is {current}; it can bring these older versions up to date: {older}.',
    cy: 'Nid yw fersiwn "{version}" o {form} yn un y mae’r gweinydd hwn yn ei hadnabod. Y fersiwn gyfredol yw {current}; gall ddiweddaru’r fersiynau hŷn hyn: {older}.',
  },
  'cannot-migrate': {
    en: 'The {form} document could not be brought from version {version} to {current}: {reason} Nothing was changed.',
    cy: 'Nid oedd modd dod â’r ddogfen {form} o fersiwn {version} i {current}: {reason} Ni newidiwyd dim.',
  },
  'cannot-evaluate': {
    en: 'The rules of {form} could not be applied to this document: {reason}',
    cy: 'Nid oedd modd cymhwyso rheolau {form} i’r ddogfen hon: {reason}',
  },
};

const NONE: Readonly<Record<ReaderLocale, string>> = { en: 'none', cy: 'dim' };

/** Builds a refusal from its wording key and details, in both languages. */
export function submissionProblem(
  code: SubmissionProblemCode,
  wording: string,
  pointer: string,
  details: Readonly<Record<string, string | number>>,
  locale: ReaderLocale,
): SubmissionProblem {
  const texts = WORDING[wording]!;
  const fill = (l: ReaderLocale) =>
    fillText(texts[l], {
      pointer,
      ...Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v === '' ? NONE[l] : v])),
    });
  const messages = { en: fill('en'), cy: fill('cy') };
  return { code, pointer, message: messages[locale], messages };
}

/** The refusal for an input that broke a size, depth or text limit. */
export function limitProblem(problem: InputLimitProblem, locale: ReaderLocale): SubmissionProblem {
  const { code, pointer, ...details } = problem;
  return submissionProblem(code, code, pointer, details, locale);
}
