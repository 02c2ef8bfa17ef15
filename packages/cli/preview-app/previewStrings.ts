import type { FormMode, ReaderAudience } from '@adoption-support/react';

/** The preview's own words (its chrome around the form), by key. */
export interface PreviewStrings {
  previewOf: string;
  version: string;
  updates: string;
  lastUpdated: string;
  language: string;
  reader: string;
  example: string;
  view: string;
  emptyForm: string;
  modes: Record<FormMode, string>;
  readers: Record<ReaderAudience, string>;
  oneProblem: string;
  manyProblems: string;
  at: string;
  section: string;
  field: string;
  fix: string;
  cannotDraw: string;
  cannotDrawYet: string;
  fixAndSave: string;
  unreachable: string;
  loading: string;
  submitted: string;
}

const en: PreviewStrings = {
  previewOf: 'Form preview',
  version: 'version',
  updates: 'Updates by itself when you save a file',
  lastUpdated: 'last updated {time}',
  language: 'Language',
  reader: 'Reader',
  example: 'Example',
  view: 'View',
  emptyForm: '(empty form)',
  modes: { edit: 'Fill in', check: 'Check answers', print: 'Print', view: 'Read only' },
  readers: {
    agency: 'Agency (sees everything)',
    professionals: 'Professionals',
    panel: 'Panel',
    adopters: 'Adopters',
    child: 'Child',
    birthFamily: 'Birth family (the first relative offered support)',
  },
  oneProblem: '1 problem found by adoption-support lint',
  manyProblems: '{count} problems found by adoption-support lint',
  at: 'at',
  section: 'section',
  field: 'field',
  fix: 'Fix:',
  cannotDraw: 'The form could not be drawn',
  cannotDrawYet: 'The form cannot be drawn until the problems above are fixed. Save a file and this page updates.',
  fixAndSave: 'Fix the problems listed above and save: the page updates by itself.',
  unreachable: 'The preview server cannot be reached ({error}). Is it still running?',
  loading: 'Loading the form…',
  submitted: 'Submit worked: the answers are complete for this reader.',
};

const cy: PreviewStrings = {
  previewOf: 'Rhagolwg o’r ffurflen',
  version: 'fersiwn',
  updates: 'Mae’n diweddaru ohono’i hun pan fyddwch yn cadw ffeil',
  lastUpdated: 'diweddarwyd ddiwethaf am {time}',
  language: 'Iaith',
  reader: 'Darllenydd',
  example: 'Enghraifft',
  view: 'Golwg',
  emptyForm: '(ffurflen wag)',
  modes: { edit: 'Llenwi', check: 'Gwirio atebion', print: 'Argraffu', view: 'Darllen yn unig' },
  readers: {
    agency: 'Asiantaeth (yn gweld popeth)',
    professionals: 'Gweithwyr proffesiynol',
    panel: 'Panel',
    adopters: 'Mabwysiadwyr',
    child: 'Plentyn',
    birthFamily: 'Teulu geni (y perthynas cyntaf a gynigir cymorth)',
  },
  oneProblem: 'Canfu adoption-support lint 1 broblem',
  manyProblems: 'Canfu adoption-support lint {count} o broblemau',
  at: 'yn',
  section: 'adran',
  field: 'maes',
  fix: 'Trwsio:',
  cannotDraw: 'Nid oedd modd dangos y ffurflen',
  cannotDrawYet:
    'Nid oes modd dangos y ffurflen nes bod y problemau uchod wedi’u trwsio. Cadwch ffeil ac mae’r dudalen hon yn diweddaru.',
  fixAndSave: 'Trwsiwch y problemau uchod a chadw: mae’r dudalen yn diweddaru ohoni’i hun.',
  unreachable: 'Nid oes modd cyrraedd gweinydd y rhagolwg ({error}). Ydy e’n dal i redeg?',
  loading: 'Wrthi’n llwytho’r ffurflen…',
  submitted: 'Llwyddodd Cyflwyno: mae’r atebion yn gyflawn i’r darllenydd hwn.',
};

/** The preview's own words in `locale` (English for any language it does not have). */
export const previewStrings = (locale: string): PreviewStrings => (locale === 'cy' ? cy : en);

/** `text` with each `{name}` replaced by its value. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
