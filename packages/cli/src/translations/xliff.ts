import { KitError } from '@adoption-support/core';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { isJsonObject } from '../definition';
import type { TranslationState } from './translationRecord';

/** The XLIFF 2.0 namespace. */
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** The largest translation file read: the kit's largest form exports about 200 KB. */
export const LARGEST_FILE = 2 * 1024 * 1024;

/** One string to translate: its key, the English, the current translation and its state. */
export interface TranslationUnit {
  key: string;
  source: string;
  target?: string;
  state: TranslationState;
  /** Where the string appears (section and field), for the translator. */
  context?: string;
}

/** What an XLIFF file holds: its languages, the form it is for and its units. */
export interface TranslationFile {
  srcLang: string;
  trgLang: string;
  form: string;
  units: TranslationUnit[];
}

/** A translation file the kit cannot read, said in plain English. */
export class TranslationFileError extends KitError {
  override name = 'TranslationFileError';
}

const NOTES: Record<TranslationState, string | undefined> = {
  new: 'New: there is no translation yet.',
  'english-changed': 'The English changed after this was translated: check the translation against the new English.',
  final: undefined,
};

/**
 * Writes an XLIFF 2.0 document: one <file> for the form, one <unit> per key (`name` holds the key),
 * one segment each. State: `final` for a translation of the current English; `initial` for a new
 * string or one whose English changed since (told apart by `subState` and a note).
 */
export function buildXliff(file: TranslationFile): string {
  const units = file.units.map((unit, i) => {
    const notes = [
      ...(unit.context ? [{ '@_category': 'location', '#text': unit.context }] : []),
      ...(NOTES[unit.state] ? [{ '@_category': 'state', '#text': NOTES[unit.state] }] : []),
    ];
    return {
      '@_id': `u${i + 1}`,
      '@_name': unit.key,
      ...(notes.length > 0 ? { notes: { note: notes } } : {}),
      segment: {
        '@_state': unit.state === 'final' ? 'final' : 'initial',
        ...(unit.state === 'final' ? {} : { '@_subState': `asf:${unit.state}` }),
        source: { '#text': unit.source },
        ...(unit.target !== undefined && unit.target !== '' ? { target: { '#text': unit.target } } : {}),
      },
    };
  });
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    processEntities: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NAMESPACE,
      '@_version': '2.0',
      '@_srcLang': file.srcLang,
      '@_trgLang': file.trgLang,
      file: { '@_id': file.form, '@_canResegment': 'no', unit: units },
    },
  }) as string;
}

const ARRAYS = new Set(['file', 'unit', 'segment', 'ignorable', 'note']);

/** The text of an element that holds only text (attributes allowed); `undefined` when it holds markup. */
function textOf(node: unknown): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node;
  if (!isJsonObject(node)) return undefined;
  const children = Object.keys(node).filter((k) => k !== '#text' && !k.startsWith('@_'));
  if (children.length > 0) return undefined;
  return typeof node['#text'] === 'string' ? node['#text'] : '';
}

const attribute = (node: Record<string, unknown>, name: string) =>
  typeof node[`@_${name}`] === 'string' ? (node[`@_${name}`] as string) : undefined;

/**
 * Reads an XLIFF 2.0 document written by {@link buildXliff} and returned by a translator's tool.
 * Throws {@link TranslationFileError}, in plain English, for anything else.
 */
export function parseXliff(text: string): TranslationFile {
  try {
    return parseXliffUnguarded(text);
  } catch (error) {
    if (error instanceof TranslationFileError) throw error;
    // The XML library's own limits (for example on how deep elements nest).
    throw new TranslationFileError(
      `The file could not be read as XLIFF: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

function parseXliffUnguarded(text: string): TranslationFile {
  if (typeof text !== 'string' || text.length > LARGEST_FILE) {
    throw new TranslationFileError('The file is too large to be a translation of one form.');
  }
  if (/<!DOCTYPE/i.test(text)) {
    throw new TranslationFileError('The file declares a DOCTYPE, which an XLIFF file never needs; it was not read.');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new TranslationFileError(
      `The file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const parsed: unknown = parser.parse(text);
  const root = isJsonObject(parsed) ? parsed.xliff : undefined;
  if (!isJsonObject(root) || !String(attribute(root, 'version') ?? '').startsWith('2.')) {
    throw new TranslationFileError('The file is not an XLIFF 2 file (its root must be <xliff version="2.0">).');
  }
  const files = Array.isArray(root.file) ? root.file : [];
  if (files.length !== 1 || !isJsonObject(files[0])) {
    throw new TranslationFileError(`The file must hold exactly one <file> (the form); it holds ${files.length}.`);
  }
  const file = files[0];
  const units: TranslationUnit[] = [];
  for (const unit of Array.isArray(file.unit) ? file.unit : []) {
    if (!isJsonObject(unit)) continue;
    const key = attribute(unit, 'name') ?? attribute(unit, 'id') ?? '';
    const segments = Array.isArray(unit.segment) ? unit.segment : [];
    if (segments.length !== 1 || unit.ignorable !== undefined || !isJsonObject(segments[0])) {
      throw new TranslationFileError(
        `The string "${key}" was split into ${segments.length} segments; each string must stay one segment (the file says canResegment="no").`,
      );
    }
    const segment = segments[0];
    const source = textOf(segment.source);
    const target = textOf(segment.target);
    if (source === undefined || (segment.target !== undefined && target === undefined)) {
      throw new TranslationFileError(
        `The string "${key}" holds markup (tags inside its text); the kit's strings are plain text.`,
      );
    }
    const state = attribute(segment, 'state');
    units.push({
      key,
      source,
      ...(target !== undefined ? { target } : {}),
      state: state === 'final' || state === 'reviewed' || state === 'translated' ? 'final' : 'new',
    });
  }
  return {
    srcLang: attribute(root, 'srcLang') ?? '',
    trgLang: attribute(root, 'trgLang') ?? '',
    form: attribute(file, 'id') ?? '',
    units,
  };
}
