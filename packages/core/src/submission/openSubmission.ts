import type { FormDefinitionData } from '@adoption-support/schemas';
import { KitError } from '../errors';
import type { ReaderLocale } from '../i18n/readerText';
import {
  compareVersions,
  type FormVersionSet,
  formVersions,
  type MigrationEvent,
  type MigrationHook,
  migrateEnvelope,
  type PreservedValue,
  type SavedDocument,
} from '../migrate/index';
import { checkInputLimits } from './inputLimits';
import type { CheckedOptions } from './judgeOptions';
import { limitProblem, type SubmissionProblem, submissionProblem } from './submissionProblems';

/** What bringing an older document up to date did: which migrations ran, and what each did. */
export interface MigrationNotes {
  /** The version the document was written against. */
  from: string;
  /** The version it was brought to (the form's current version). */
  to: string;
  /** The migrations applied, oldest first; empty when the document was already current. */
  applied: string[];
  /** What each step did, in plain English, without the answers themselves. */
  events: MigrationEvent[];
  /** Answers this migration set aside because the new version has no place for them. */
  preserved: PreservedValue[];
}

/** A submission opened: its form, and the document at the form's current version. */
export interface OpenedSubmission {
  ok: true;
  definition: FormDefinitionData;
  document: SavedDocument;
  migration: MigrationNotes;
}

/** A submission refused before judging. */
export interface RefusedSubmission {
  ok: false;
  problem: SubmissionProblem;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (value: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(value, key) ? value[key] : undefined;

const versionCache = new WeakMap<object, FormVersionSet>();

/** A form's versions and parsed migrations, read from its definition once (per set of hooks). */
function versionsOf(definition: FormDefinitionData, hooks: Readonly<Record<string, MigrationHook>> | undefined) {
  if (hooks) return formVersions(definition, { hooks });
  let versions = versionCache.get(definition);
  if (!versions) {
    versions = formVersions(definition);
    versionCache.set(definition, versions);
  }
  return versions;
}

/**
 * Checks an untrusted submission against the limits and the envelope shape, finds its form by the
 * form's own id (never an inherited key) and brings it to the form's current version. Never throws
 * on the submission: every problem becomes a refusal with a message.
 */
export async function openSubmission(
  input: unknown,
  options: CheckedOptions,
): Promise<OpenedSubmission | RefusedSubmission> {
  const { locale, forms } = options;
  const refuse = (
    code: SubmissionProblem['code'],
    wording: string,
    pointer: string,
    details: Record<string, string | number> = {},
  ): RefusedSubmission => ({ ok: false, problem: submissionProblem(code, wording, pointer, details, locale) });

  const overLimit = checkInputLimits(input, options.limits);
  if (overLimit) return { ok: false, problem: limitProblem(overLimit, locale) };
  const ids = Object.keys(forms);
  const example = { example: ids[0] ?? 'asp-england' };
  if (!isObject(input)) return refuse('not-an-envelope', 'envelope.object', '');
  const form = own(input, 'form');
  if (typeof form !== 'string' || form === '') return refuse('not-an-envelope', 'envelope.form', '/form', example);
  const definition = Object.hasOwn(forms, form) ? forms[form] : undefined;
  if (!definition) return refuse('unknown-form', 'unknown-form', '/form', { form, known: ids.join(', ') });
  const current = definition.manifest.version;
  const version = own(input, 'version');
  if (typeof version !== 'string' || version === '') {
    return refuse('not-an-envelope', 'envelope.version', '/version', { example: current });
  }
  if (!isObject(own(input, 'data'))) return refuse('not-an-envelope', 'envelope.data', '/data');
  const preserved = own(input, 'preserved');
  if (preserved !== undefined && !Array.isArray(preserved)) {
    return refuse('not-an-envelope', 'envelope.preserved', '/preserved');
  }
  const document = input as SavedDocument;
  const unchanged: MigrationNotes = { from: version, to: current, applied: [], events: [], preserved: [] };
  if (version === current) return { ok: true, definition, document, migration: unchanged };

  const versions = versionsOf(definition, options.hooks as Readonly<Record<string, MigrationHook>> | undefined);
  const older = [...versions.schemas.keys()].filter((v) => v !== current).sort(compareVersions);
  if (!older.includes(version)) {
    return refuse('unknown-version', 'unknown-version', '/version', {
      form,
      version,
      current,
      older: older.join(', '),
    });
  }
  try {
    const migrated = await migrateEnvelope(document, versions);
    return {
      ok: true,
      definition,
      document: migrated.document,
      migration: { ...unchanged, applied: migrated.applied, events: migrated.events, preserved: migrated.preserved },
    };
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    return refuse('cannot-migrate', 'cannot-migrate', '', { form, version, current, reason: error.message });
  }
}

/** The locale to word a form's messages in: the one asked for when the form has it, else its default. */
export function formLocale(definition: FormDefinitionData, locale: ReaderLocale): ReaderLocale {
  return Object.hasOwn(definition.locales, locale) ? locale : definition.manifest.defaultLocale === 'cy' ? 'cy' : 'en';
}
