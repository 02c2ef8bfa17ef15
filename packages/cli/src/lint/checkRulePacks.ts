import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionLoadError, i18nPrefix, runRuleCases, schemaFields, validateRulePack } from '@adoption-support/core';
import { type LoadedFormFolder, readJsonFile } from '@adoption-support/core/node';
import { isJsonObject } from '../definition';
import { explainJsonError } from '../json/explainJsonError';
import type { LintProblem } from './LintProblem';

/** Labels of fields by data path, from the current strings and those of kept older versions. */
export type LabelFinder = (dataPath: readonly string[]) => { label?: string; section?: string; removed: boolean };

/** Data pointers a pack's derive rules write, for the packs after it. */
function derivedTargets(pack: unknown): string[] {
  if (!isJsonObject(pack) || !Array.isArray(pack.rules)) return [];
  return pack.rules
    .filter((r): r is Record<string, unknown> => isJsonObject(r) && r.kind === 'derive' && typeof r.target === 'string')
    .map((r) => r.target as string);
}

/**
 * Rewrites "reads 'data.a.b', which is not in the schema" to name the field by its label, and to say
 * "no longer" when an older version of the form had it.
 */
function nameFields(problem: LintProblem, labels: LabelFinder): void {
  const read = /reads '(data)\.([^']+)', which is not in the schema\./.exec(problem.message);
  const target = /targets '\/([^']+)', which is not in the schema\./.exec(problem.message);
  const path = read ? (read[2] as string).split('.') : target ? (target[1] as string).split('/') : undefined;
  if (!path) return;
  const dataPath = path.map((t) => (/^\d+$/.test(t) ? '*' : t));
  const { label, section, removed } = labels(dataPath);
  if (label) problem.field = label;
  if (section) problem.section = section;
  if (removed) {
    problem.fix = `The field was removed from the form: change the rule so that it no longer ${read ? 'reads' : 'targets'} it (or reads the field that replaced it), or remove the rule.`;
  }
  const verb = read ? 'reads' : 'targets';
  const shown = read ? `data.${read[2]}` : `/${target?.[1]}`;
  const name = label ? `'${label}' (${shown})` : `'${shown}'`;
  problem.message = problem.message.replace(
    /(reads|targets) '[^']+', which is not in the schema\./,
    `${verb} ${name}, which is ${removed ? 'no longer' : 'not'} in the schema.`,
  );
}

/**
 * Checks a form's rule packs with core's rules engine: each pack against the format and the schema
 * (every field a rule reads or targets exists), and each pack's cases file (every case passes, every
 * rule has a case).
 */
export async function checkRulePacks(
  loaded: LoadedFormFolder,
  labels: LabelFinder = (path) => ({
    label: loaded.definition.locales.en?.[`${i18nPrefix(path)}.label`],
    removed: false,
  }),
): Promise<LintProblem[]> {
  const { manifest, rulePacks, schema } = loaded.definition;
  const names = Array.isArray(manifest.rulePacks) ? manifest.rulePacks.map(String) : [];
  if (names.length === 0) return [];
  const form = String(manifest.id);
  const problems: LintProblem[] = [];
  let fields: ReturnType<typeof schemaFields> | undefined;
  try {
    fields = schemaFields(schema);
  } catch {
    fields = undefined; // the schema checks say why
  }
  const derivedBefore: string[] = [];
  const packs = names.map((name) => rulePacks[name]);
  for (const [i, name] of names.entries()) {
    const file = `rules/${name}.json`;
    const found = validateRulePack(packs[i], {
      formId: form,
      file,
      ...(fields ? { schemaFields: fields } : {}),
      derivedBefore: [...derivedBefore],
    });
    for (const p of found) {
      const problem: LintProblem = {
        check: 'rules',
        form,
        file: p.file,
        pointer: p.pointer,
        message: p.message,
        fix: p.fix,
      };
      nameFields(problem, labels);
      problems.push(problem);
    }
    derivedBefore.push(...derivedTargets(packs[i]));
  }
  if (problems.length > 0) return problems; // cases cannot run against a pack with faults
  for (const name of names) {
    const file = `rules/${name}.cases.json`;
    if (!existsSync(join(loaded.folder, file))) {
      problems.push({
        check: 'rule-cases',
        form,
        file,
        pointer: '',
        message: `The rule pack ${name} has no cases file, so nothing shows its rules do what they say.`,
        fix: `Add ${file} with a given -> expected case for each rule (see docs/reference/rule-format.md).`,
      });
      continue;
    }
    let cases: unknown;
    try {
      cases = await readJsonFile(join(loaded.folder, file), form, file);
    } catch (error) {
      if (!(error instanceof DefinitionLoadError)) throw error;
      problems.push({
        check: 'files',
        form,
        file,
        pointer: '',
        ...(error.location.line !== undefined ? { line: error.location.line, column: error.location.column ?? 1 } : {}),
        message: explainJsonError(error.reason),
        fix: error.fix,
      });
      continue;
    }
    let report: ReturnType<typeof runRuleCases>;
    try {
      report = runRuleCases({ packs }, cases);
    } catch (error) {
      problems.push({
        check: 'rule-cases',
        form,
        file,
        pointer: '',
        message: error instanceof Error ? error.message : String(error),
        fix: 'Correct the cases file (see docs/reference/rule-format.md).',
      });
      continue;
    }
    for (const result of report.results.filter((r) => !r.passed)) {
      problems.push({
        check: 'rule-cases',
        form,
        file,
        pointer: result.pointer,
        message: `The case "${result.description}" for rule "${result.rule}" fails: ${result.differences.join(' ')}`,
        fix: 'Correct the rule or the case, whichever is wrong.',
      });
    }
    for (const rule of report.untested) {
      problems.push({
        check: 'rule-cases',
        form,
        file,
        pointer: '/cases',
        message: `The rule "${rule}" has no case.`,
        fix: `Add a case for "${rule}": what it is given, and what it should give.`,
      });
    }
  }
  return problems;
}
