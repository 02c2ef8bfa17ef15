import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  checkCarryForwardMapping,
  DefinitionLoadError,
  KitError,
  migrateEnvelope,
  planMigrations,
} from '@adoption-support/core';
import {
  createAjv,
  type LoadedFormFolder,
  loadFormFolder,
  normaliseErrors,
  readJsonFile,
} from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import { diffForms } from '../diff/diffForms';
import { loadFormSnapshot } from '../diff/loadFormSnapshot';
import { type FormHistory, formVersionSet } from '../migrate/loadFormHistory';
import { mappingsOf } from '../release/carryForwardFiles';
import type { LintProblem } from './LintProblem';

type Definition = LoadedFormFolder['definition'];

/**
 * What saved plans and the forms around this one rely on: every carry-forward mapping that reads or
 * writes the form checks against both forms' current versions; no option that saved plans of a kept
 * version may hold is gone without a migration mapping it; and every valid example of every kept
 * version migrates to the current version and then fits it (an answer a new required question needs
 * may be missing: a migration leaves it empty for a person to fill in).
 */
export async function checkSavedPlans(
  folder: string,
  history: FormHistory,
  definition: Definition,
): Promise<LintProblem[]> {
  return [
    ...(await checkMappings(folder, history.form, definition)),
    ...(await checkRemovedOptions(folder, history)),
    ...(await dryRunKeptExamples(history, definition)),
  ];
}

async function checkMappings(folder: string, form: string, definition: Definition): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  const others = new Map<string, Definition | undefined>();
  const load = async (id: string) => {
    if (id === form) return definition;
    if (!others.has(id)) {
      const dir = join(dirname(folder), id);
      others.set(
        id,
        existsSync(join(dir, 'form.json'))
          ? await loadFormFolder(dir).then(
              (l) => l.definition,
              () => undefined,
            )
          : undefined,
      );
    }
    return others.get(id);
  };
  for (const file of await mappingsOf(folder, form)) {
    const m = file.mapping;
    const sourceId = isJsonObject(m.source) ? String(m.source.form) : '';
    const targetId = isJsonObject(m.target) ? String(m.target.form) : '';
    const other = await load(file.side === 'target' ? sourceId : targetId);
    if (!other) continue; // the other form is not beside this one: nothing to check it against
    const source = file.side === 'target' ? other : definition;
    const target = file.side === 'target' ? definition : other;
    const shownFile = file.side === 'target' ? file.shown.slice(file.shown.indexOf('/') + 1) : `../${file.shown}`;
    for (const p of checkCarryForwardMapping(m, { source, target }, file.shown)) {
      // A mapping in another form's folder is that form's to keep, except where it names this form's version.
      if (file.side === 'source' && p.pointer !== '/source/versions') continue;
      problems.push({
        check: 'carry-forward',
        form,
        file: shownFile,
        pointer: p.pointer,
        message: p.message,
        fix: p.fix,
      });
    }
  }
  return problems;
}

async function checkRemovedOptions(folder: string, history: FormHistory): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  let current: Awaited<ReturnType<typeof loadFormSnapshot>>;
  try {
    current = await loadFormSnapshot(folder);
  } catch (error) {
    if (error instanceof KitError) return problems;
    throw error;
  }
  for (const kept of history.versions.values()) {
    if (kept.folder === '') continue;
    const chain = planMigrations(history.migrations, kept.version, history.current);
    if (!chain) continue; // checkHistory reports the missing chain
    const diff = diffForms(await loadFormSnapshot(join(folder, kept.folder)), current, chain);
    for (const c of diff.changes.filter((c) => c.kind === 'options-removed')) {
      const codes = /^Options removed: (.*?)\. Saved/.exec(c.detail)?.[1] ?? '';
      problems.push({
        check: 'migrations',
        form: history.form,
        file: 'schema.json',
        pointer: c.pointer,
        ...(c.field ? { field: c.field } : {}),
        message: `Saved plans of version ${kept.version} may hold ${codes} in ${c.field ? `"${c.field}"` : c.pointer}, which is no longer an option, and no migration says what they become.`,
        fix: `Add a "remapOptions" operation for ${c.pointer} to the migration from ${kept.version} (map each old code to a new one, or to null to keep the answer aside).`,
      });
    }
  }
  return problems;
}

async function dryRunKeptExamples(history: FormHistory, definition: Definition): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  let validate: ReturnType<ReturnType<typeof createAjv>['compile']>;
  let versions: Awaited<ReturnType<typeof formVersionSet>>;
  try {
    validate = createAjv().compile(definition.schema);
    versions = await formVersionSet(history);
  } catch {
    return problems; // the schema and migration checks say why
  }
  for (const kept of history.versions.values()) {
    if (kept.folder === '' || !planMigrations(history.migrations, kept.version, history.current)) continue;
    const dir = join(history.folder, kept.folder, 'examples');
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).filter((f) => f.startsWith('valid.') && f.endsWith('.json')).sort()) {
      const file = `${kept.folder}/examples/${name}`;
      const add = (pointer: string, message: string, fix: string) =>
        problems.push({ check: 'migrations', form: history.form, file, pointer, message, fix });
      let migrated: Awaited<ReturnType<typeof migrateEnvelope>>;
      try {
        const example = await readJsonFile(join(dir, name), history.form, file);
        migrated = await migrateEnvelope(example as never, versions);
      } catch (error) {
        if (error instanceof DefinitionLoadError) continue; // the kept-version checks report it
        if (!(error instanceof KitError)) throw error;
        add(
          '',
          `This example of version ${kept.version} cannot be migrated to ${history.current}: ${error.message}`,
          'Correct the migrations so that every saved plan of that version can be brought across.',
        );
        continue;
      }
      if (validate(migrated.document.data)) continue;
      for (const e of normaliseErrors(validate.errors)) {
        if (e.error === 'required') continue; // a new required question: left empty for a person to answer
        add(
          `/data${e.pointer}`,
          `Migrated to ${history.current}, this example of version ${kept.version} does not fit the form: ${e.message}.`,
          `Add the step the migration lacks (a rename, a remapOptions, a preserve) so that saved plans of ${kept.version} fit ${history.current}.`,
        );
      }
    }
  }
  return problems;
}
