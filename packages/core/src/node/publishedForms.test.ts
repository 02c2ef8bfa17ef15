// The data-driven checks over every form folder the schemas package publishes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnnotations } from '../definition/checkAnnotations';
import { checkLocales } from '../definition/checkLocales';
import { checkManifest } from '../definition/checkManifest';
import { checkRuleMessages } from '../definition/checkRuleMessages';
import { checkUiSchema } from '../definition/checkUiSchema';
import { type DefinitionProblem, formatProblem } from '../definition/DefinitionProblem';
import { schemaFields } from '../definition/schemaFields';
import { createRuleEngine } from '../rules/createRuleEngine';
import type { RulePack } from '../rules/RulePack';
import { formatRuleProblem } from '../rules/RuleProblem';
import { formatRuleCasesReport, runRuleCases } from '../rules/runRuleCases';
import { validateRulePack } from '../rules/validateRulePack';
import { checkExamples } from './checkExamples';
import { compileFormSchema } from './checkSchema';
import { listFormFolders, loadFormFolder } from './loadFormFolder';
import { readJsonFile } from './readJsonFile';

const schemasRoot = dirname(createRequire(import.meta.url).resolve('@adoption-support/schemas/package.json'));
const folders = await listFormFolders(join(schemasRoot, 'forms'));
const expectNoProblems = (problems: DefinitionProblem[]) =>
  expect(problems.map(formatProblem), problems.map(formatProblem).join('\n')).toEqual([]);

it('publishes the five forms', () => {
  expect(folders.map((f) => f.split('/').at(-1))).toEqual([
    'asp-england',
    'asp-review-england',
    'asp-review-wales',
    'asp-wales',
    'assessment-wales',
  ]);
});

describe.each(folders.map((folder) => [folder.split('/').at(-1) ?? folder, folder]))('%s', (name, folder) => {
  const loaded = loadFormFolder(folder);

  it('has a manifest naming the form, its version and locales', async () => {
    expectNoProblems(checkManifest((await loaded).definition, name));
  });

  it('has a schema that compiles under ajv strict mode', async () => {
    expectNoProblems(compileFormSchema((await loaded).definition).problems);
  });

  it('has examples that pass or fail as their names say', async () => {
    const { definition, examples } = await loaded;
    const { validate } = compileFormSchema(definition);
    expect(validate).toBeDefined();
    if (validate) expectNoProblems(checkExamples(definition, examples, validate));
  });

  it('has a UI schema whose scopes resolve and which reaches every field', async () => {
    expectNoProblems(checkUiSchema((await loaded).definition));
  });

  it('has every string key in every locale', async () => {
    expectNoProblems(checkLocales((await loaded).definition));
  });

  it('gives every field an audience and a hidden-data policy', async () => {
    expectNoProblems(checkAnnotations((await loaded).definition));
  });

  it('has rule packs that read only fields the schema has, with messages in every locale', async () => {
    const { definition } = await loaded;
    const fields = schemaFields(definition.schema);
    const derivedBefore: string[] = [];
    const problems: string[] = [];
    for (const name of definition.manifest.rulePacks) {
      const pack = definition.rulePacks[name];
      problems.push(
        ...validateRulePack(pack, { formId: definition.manifest.id, schemaFields: fields, derivedBefore }).map(
          formatRuleProblem,
        ),
      );
      for (const rule of (pack as RulePack).rules ?? []) if (rule.kind === 'derive') derivedBefore.push(rule.target);
    }
    problems.push(...checkRuleMessages(definition).map(formatProblem));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has a case for every rule, and every case passes', async () => {
    const { definition } = await loaded;
    expect(definition.manifest.rulePacks, 'form.json lists no rule packs').not.toEqual([]);
    const engine = createRuleEngine({
      packs: definition.manifest.rulePacks.map((n) => definition.rulePacks[n]) as RulePack[],
    });
    for (const name of definition.manifest.rulePacks) {
      const cases = await readJsonFile(join(folder, 'rules', `${name}.cases.json`), name, `rules/${name}.cases.json`);
      const report = runRuleCases(engine, cases);
      expect(report.failed, formatRuleCasesReport(report)).toBe(0);
      expect(report.untested, `rules with no case in rules/${name}.cases.json`).toEqual([]);
    }
  });
});
