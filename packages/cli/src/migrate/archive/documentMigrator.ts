import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  compareVersions,
  DefinitionLoadError,
  type FieldError,
  type FormVersionSet,
  isSavedDocument,
  KitError,
  type MigrationEvent,
  migrateEnvelope,
  planMigrations,
  toFieldErrors,
} from '@adoption-support/core';
import { createAjv, parseJsonText } from '@adoption-support/core/node';
import type { FormDefinition } from '../../definition';
import { type FormHistory, formVersionSet, loadFormHistory } from '../loadFormHistory';
import {
  deeperThan,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  readDocumentText,
  UnreadableDocument,
  writeAtomically,
} from './documentFiles';
import { type FailureReason, failure } from './failureReasons';

/** What happened to one document. */
export interface DocumentOutcome {
  /** The document's path, relative to the folder given (or its name, for one file). */
  file: string;
  /** `migrated`; `current` (already at the target); `failed` (left as it was, see `message`). */
  status: 'migrated' | 'current' | 'failed';
  form?: string;
  from?: string;
  to?: string;
  /** Migrations applied, oldest first. */
  applied: string[];
  events: MigrationEvent[];
  /** Answers set aside by this run: where they were and why (never the answers themselves). */
  preserved: { from: string; reason: string; migration: string }[];
  /** Why the migrated document is not yet complete for the new version. */
  incomplete: FieldError[];
  /** Why the document was not migrated, in a word (see {@link FAILURE_REASONS}). */
  reason?: FailureReason;
  /** Why the document was not migrated, in a sentence. Never shows the document's answers. */
  message?: string;
  /** Where the result was written, relative to the current folder. */
  written?: string;
}

/** What a document migrator needs: plain values only, so a worker thread can be given them. */
export interface DocumentMigratorSettings {
  /** Document names are given relative to this folder. */
  root: string;
  /** The folder holding the form folders (`schemas/forms`). */
  formsDir: string;
  /** The version to bring documents to; default each form's current version. */
  to?: string;
  /** Write results under this folder, keeping the documents' subfolders. */
  outDir?: string;
  /** Overwrite each migrated document. */
  inPlace?: boolean;
  /** Where relative `written` paths are shown from. */
  cwd: string;
}

type Validator = ReturnType<ReturnType<typeof createAjv>['compile']>;
type LoadedForm = { history: FormHistory; versions: FormVersionSet } | { reason: FailureReason; message: string };

const FORM_ID = /^[a-z][a-z0-9-]{0,63}$/;
const VERSION = /^\d{4}\.\d{1,4}$/;

/**
 * Makes the function that migrates one document file: it reads the file, carries the document through
 * its form's migrations, checks it against the new version and writes the result (atomically) to
 * `outDir` or in place. A document that cannot be migrated is never written; its outcome says why.
 * Forms are read once, when their first document comes. The function never throws for a document's
 * content; only a broken forms folder or a failed write stops it.
 */
export function createDocumentMigrator(settings: DocumentMigratorSettings): (path: string) => Promise<DocumentOutcome> {
  const forms = new Map<string, Promise<LoadedForm>>();
  const validators = new Map<string, Validator>();
  const folders = new Set<string>();
  const loadForm = (id: string): Promise<LoadedForm> => {
    let loading = forms.get(id);
    if (!loading) {
      loading = (async (): Promise<LoadedForm> => {
        const folder = join(settings.formsDir, id);
        if (!existsSync(join(folder, 'form.json'))) {
          return failure(
            'unknown-form',
            `There is no form folder for "${id}" in ${relative(settings.cwd, settings.formsDir) || '.'}.`,
          );
        }
        try {
          const history = await loadFormHistory(folder);
          return { history, versions: await formVersionSet(history) };
        } catch (error) {
          if (error instanceof DefinitionLoadError) return failure('form-unreadable', error.message);
          // A code module of the form's migrations that fails to load is the form's fault, not the kit's.
          const kind = error instanceof Error ? error.name : 'unknown error';
          return failure(
            'form-unreadable',
            `The form folder ${id} could not be loaded (${kind}); run adoption-support lint on it.`,
          );
        }
      })();
      forms.set(id, loading);
    }
    return loading;
  };
  const validatorFor = (form: string, version: string, schema: unknown): Validator => {
    const key = `${form}@${version}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = createAjv({ strict: false }).compile(schema as object);
      validators.set(key, validate);
    }
    return validate;
  };

  return async function migrateDocument(path: string): Promise<DocumentOutcome> {
    const file = relative(settings.root, path) || path;
    const outcome: DocumentOutcome = { file, status: 'failed', applied: [], events: [], preserved: [], incomplete: [] };
    // A failed document keeps no trace of a migration that was begun: nothing of it was written.
    const fail = (reason: FailureReason, message: string) =>
      Object.assign(outcome, { applied: [], events: [], preserved: [], incomplete: [] }, failure(reason, message));

    let text: string;
    try {
      text = await readDocumentText(path);
    } catch (error) {
      if (!(error instanceof UnreadableDocument)) throw error;
      return error.code === 'TOO_LARGE'
        ? fail(
            'too-large',
            `It is larger than ${MAX_DOCUMENT_BYTES / 2 ** 20} MB, more than any saved plan; it was not read.`,
          )
        : fail('unreadable', `It cannot be read (${error.code}).`);
    }
    let document: unknown;
    try {
      document = parseJsonText(text, '', file);
    } catch (error) {
      if (!(error instanceof DefinitionLoadError)) throw error;
      const at = error.location.line ? ` (line ${error.location.line}, column ${error.location.column ?? 1})` : '';
      return fail('not-json', `It is not valid JSON${at}.`);
    }
    if (deeperThan(document, MAX_DOCUMENT_DEPTH)) {
      return fail(
        'too-deep',
        `It is nested more than ${MAX_DOCUMENT_DEPTH} levels deep, far deeper than any form's answers.`,
      );
    }
    if (!isSavedDocument(document)) {
      const envelope = document as Record<string, unknown> | null;
      const badPreserved = typeof envelope === 'object' && envelope !== null && 'preserved' in envelope;
      return fail(
        'not-saved-document',
        badPreserved && !Array.isArray(envelope.preserved)
          ? 'Its "preserved" is not a list, so the answers set aside earlier could not be kept.'
          : 'It is not a saved document: it needs "form", "version" and "data".',
      );
    }
    if (!FORM_ID.test(document.form)) {
      return fail('unknown-form', 'Its "form" is not a form id (lower-case letters, digits and hyphens).');
    }
    if (!VERSION.test(document.version)) {
      return fail('unknown-version', `Its "version" is not a version like 2026.1.`);
    }
    outcome.form = document.form;
    outcome.from = document.version;
    const loaded = await loadForm(document.form);
    if ('reason' in loaded) return fail(loaded.reason, loaded.message);
    const { history, versions } = loaded;
    const target = settings.to ?? history.current;
    outcome.to = target;
    const kept = () => [...history.versions.keys()].sort(compareVersions).join(', ');
    if (!history.versions.has(target)) {
      return fail('unknown-version', `${document.form} has no version ${target} (it keeps ${kept()}).`);
    }
    if (compareVersions(document.version, target) > 0) {
      return fail(
        'newer-version',
        `It is already at version ${document.version}, newer than ${target}; documents are never migrated backwards.`,
      );
    }
    const from = document.version;
    if (from !== target && !planMigrations(history.migrations, from, target)) {
      return history.versions.has(from)
        ? fail('no-migration-path', `No migrations lead from version ${from} to ${target} of ${document.form}.`)
        : fail('unknown-version', `${document.form} has no version ${from} (it keeps ${kept()}).`);
    }

    let result: string;
    try {
      if (from === target) {
        outcome.status = 'current';
        result = `${JSON.stringify(document, null, 2)}\n`;
      } else {
        const migrated = await migrateEnvelope(document, versions, target);
        const keptTarget = history.versions.get(target);
        if (keptTarget) {
          const validate = validatorFor(document.form, target, keptTarget.schema);
          if (!validate(migrated.document.data)) {
            const definition = {
              manifest: keptTarget.manifest,
              schema: keptTarget.schema,
              uischema: {},
              locales: { en: keptTarget.english },
              rulePacks: {},
            } as unknown as FormDefinition;
            outcome.incomplete = toFieldErrors(definition, validate.errors);
          }
        }
        result = `${JSON.stringify(migrated.document, null, 2)}\n`;
        outcome.status = 'migrated';
        outcome.applied = migrated.applied;
        outcome.events = migrated.events;
        outcome.preserved = migrated.preserved.map(({ from, reason, migration }) => ({ from, reason, migration }));
      }
    } catch (error) {
      // The engine explains itself in KitError messages (MigrationError is one), which never quote answers.
      if (error instanceof KitError) {
        return fail('migration-failed', error.message);
      }
      // Anything else is a fault in the kit; its message may quote the document, so it is not shown.
      return fail(
        'unexpected-error',
        `The migration stopped on this document (${error instanceof Error ? error.name : 'unknown error'}); it was left as it was. Please report this to the kit's maintainers.`,
      );
    }
    const destination =
      settings.inPlace && outcome.status === 'migrated'
        ? path
        : settings.outDir
          ? join(settings.outDir, relative(settings.root, path))
          : undefined;
    if (destination === undefined) return outcome;
    try {
      await writeAtomically(destination, result, folders);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      return fail(
        'unwritable',
        `Its result could not be written to ${relative(settings.cwd, destination)} (${code}); the document was left as it was.`,
      );
    }
    outcome.written = relative(settings.cwd, destination);
    return outcome;
  };
}
