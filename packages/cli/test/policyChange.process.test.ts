// A policy lead's change from start to finish, on a copy of the forms: a new required question with
// Welsh and a follow-up rule, a rename, an option removed, a deadline changed and a reader
// restriction, through `rename`, `lint` and `release`. The form checks then pass with no code change.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFormFolder, listFormFolders } from '@adoption-support/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, eachObject, editForm, readForm, schemaNode } from './support/policyEdits';
import {
  carryForwardFiles,
  deadlineRule,
  dotted,
  editDeadline,
  freeName,
  mentions,
  optionTarget,
  pointer,
  questionTarget,
  renameTarget,
  restrictionTarget,
  rulePacks,
  valueAt,
  valuesAt,
} from './support/policyTargets';

const FORMS = fileURLToPath(new URL('../../../schemas/forms/', import.meta.url));
/** The form the change is made to. */
const FORM = 'asp-wales';
let root: string;
let forms: string;
let wales: string;
let before: { version: string };
let released: { version: string };
/** What the change renames, removes, moves and restricts: chosen from the copy's definitions. */
let rename: { from: string[]; to: string[] };
let option: { path: string[]; removed: string; instead: string };
/** Files that named the renamed field before the rename, relative to the form folder. */
let naming: string[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-change-'));
  forms = join(root, 'forms');
  cpSync(FORMS, forms, { recursive: true });
  wales = join(forms, FORM);
  before = { version: String(readForm(wales, 'form.json').version) };
  rename = renameTarget(forms, FORM);
  option = optionTarget(forms, FORM);
  naming = filesNaming(rename.from);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The form's own files and the carry-forward mappings that name a data path (as a path, a pointer or a key). */
function filesNaming(path: string[]): string[] {
  const own = ['schema.json', 'uischema.json', 'i18n/en.json', 'i18n/cy.json'];
  const packs = rulePacks(wales).flatMap((p) => [`rules/${p.name}.json`, `rules/${p.name}.cases.json`]);
  const examples = readdirSync(join(wales, 'examples')).map((f) => `examples/${f}`);
  const named = [...own, ...packs].filter((file) => {
    if (!existsSync(join(wales, file))) return false;
    const text = readFileSync(join(wales, file), 'utf8');
    return mentions(path).test(text) || text.includes(`"${dotted(path)}.`);
  });
  const held = examples.filter((file) => valueAt(readForm(wales, file).data, path) !== undefined);
  const mapped = carryForwardFiles(forms, FORM).filter((f) => mentions(path).test(f.text));
  return [...named, ...held, ...mapped.map((f) => f.file)];
}

describe('a policy change released with release and rename', () => {
  it('rename moves the field in every file that names it, and lint then asks for a release', async () => {
    const [from, to] = [dotted(rename.from), dotted(rename.to)];
    const oldKeys = Object.keys(readForm(wales, 'i18n/en.json')).filter((k) => k.startsWith(`${from}.`));
    const oldValues = new Map(
      naming.filter((f) => f.startsWith('examples/')).map((f) => [f, valueAt(readForm(wales, f).data, rename.from)]),
    );
    const required = (schemaNode(readForm(wales, 'schema.json'), rename.from.slice(0, -1)).required ?? []) as string[];
    expect(
      naming.some((f) => f.startsWith('rules/')),
      'a rule pack reads the renamed field',
    ).toBe(true);
    expect(
      naming.some((f) => f.includes('carry-forward/')),
      'a carry-forward mapping names it',
    ).toBe(true);
    const renamed = await cli(['rename', `forms/${FORM}`, from, to], root);
    expect(renamed.code).toBe(0);
    for (const file of naming) expect(renamed.out).toContain(file);
    for (const file of naming.filter((f) => !f.startsWith('examples/') && !f.startsWith('i18n/'))) {
      const text = readFileSync(join(wales, file), 'utf8');
      expect(text, file).not.toMatch(mentions(rename.from));
      expect(text, file).toMatch(mentions(rename.to));
    }
    for (const [file, value] of oldValues) {
      const data = readForm(wales, file).data;
      expect(valueAt(data, rename.from), file).toBeUndefined();
      expect(valueAt(data, rename.to), file).toEqual(value);
    }
    for (const locale of ['en', 'cy']) {
      const strings = readForm(wales, `i18n/${locale}.json`);
      for (const key of oldKeys) {
        expect(strings[key], key).toBeUndefined();
        expect(strings[to + key.slice(from.length)], key).toEqual(expect.any(String));
      }
    }
    const parent = schemaNode(readForm(wales, 'schema.json'), rename.to.slice(0, -1));
    if (required.includes(rename.from.at(-1) as string)) expect(parent.required).toContain(rename.to.at(-1));
    const lint = await cli(['lint', `forms/${FORM}`], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`Version ${before.version} was released, and what it means has changed since`);
    expect(lint.out).toContain(`${pointer(rename.to)} (was ${pointer(rename.from)})`);
    expect(lint.out).toContain(`run adoption-support release forms/${FORM}`);
  });

  it('the rest of the change is made by hand: lint names each change to the released meaning', async () => {
    const { removed, instead } = option;
    const question = questionTarget(wales);
    const reader = restrictionTarget(forms, FORM);
    const deadline = deadlineRule(wales);
    const q = (name: string) => `${question.section}.${name}`;
    // A new required question, in English and Welsh, with a follow-up shown when the answer is no.
    editForm(wales, 'schema.json', (schema) => {
      const section = schemaNode(schema, [question.section]);
      Object.assign(section.properties as object, {
        [question.agreed]: { type: 'boolean' },
        [question.details]: { type: 'string', minLength: 1, maxLength: 2000, 'x-hidden-data': 'clear' },
      });
      (section.required as string[]).push(question.agreed);
      // An option removed.
      const field = schemaNode(schema, option.path) as { enum: string[] };
      field.enum = field.enum.filter((code) => code !== removed);
      // A reader restriction: one reader no longer sees the field.
      Object.assign(schemaNode(schema, reader.path), { 'x-audience': reader.keep });
    });
    const wording = {
      en: ['Have the adopters agreed how letters will be written?', 'Say what is still to agree'],
      cy: [
        'A yw’r mabwysiadwyr wedi cytuno sut y caiff llythyrau eu hysgrifennu?',
        'Dywedwch beth sydd i’w gytuno o hyd',
      ],
    };
    for (const [locale, [label, followUp]] of Object.entries(wording)) {
      editForm(wales, `i18n/${locale}.json`, (strings) => {
        strings[`${q(question.agreed)}.label`] = label;
        strings[`${q(question.details)}.label`] = followUp;
        delete strings[`${option.path.filter((t) => t !== '*').join('.')}.${removed}`];
      });
    }
    editForm(wales, 'uischema.json', (ui) => {
      let done = false;
      eachObject(ui, (node, parent) => {
        if (done || !parent || node.scope !== question.after) return;
        done = true;
        const scope = (name: string) => `#/properties/${question.section}/properties/${name}`;
        parent.splice(
          parent.indexOf(node) + 1,
          0,
          { type: 'Control', scope: scope(question.agreed) },
          { type: 'Control', scope: scope(question.details) },
        );
      });
    });
    const packs = rulePacks(wales);
    const follow = packs.find((p) => p.cases.length > 0 && p.rules.some((r) => r.kind === 'show')) ?? packs[0];
    if (!follow) throw new Error(`The scripted policy change needs a rule pack in ${FORM}, and it has none.`);
    const id = freeName('letter-plan.details.shown', (name) => packs.some((p) => p.rules.some((r) => r.id === name)));
    const target = `/${question.section}/${question.details}`;
    editForm(wales, `rules/${follow.name}.json`, (pack) => {
      (pack.rules as unknown[]).push({
        id,
        description: 'Ask what is still to agree only when the letter plan is not agreed.',
        source: 'Policy change for this test',
        kind: 'show',
        target,
        logic: { '===': [{ var: `data.${q(question.agreed)}` }, false] },
      });
    });
    editForm(wales, `rules/${follow.name}.cases.json`, (cases) => {
      const given = (agreed: boolean) => ({ [question.section]: { [question.agreed]: agreed } });
      (cases.cases as unknown[]).push(
        {
          rule: id,
          description: 'Not agreed: asked what is still to agree.',
          given: given(false),
          expect: { hidden: [] },
        },
        { rule: id, description: 'Agreed: not asked.', given: given(true), expect: { hidden: [target] } },
      );
    });
    editDeadline(wales, deadline);
    // The examples answer the new question and no longer use the removed option.
    for (const file of readdirSync(join(wales, 'examples'))) {
      editForm(wales, `examples/${file}`, (example) => {
        const section = (example.data as Json)[question.section] as Json | undefined;
        if (section) section[question.agreed] = true;
        const [field, ...up] = [...option.path].reverse();
        for (const row of valuesAt(example.data, up.reverse()) as Json[])
          if (row && row[field as string] === removed) row[field as string] = instead;
      });
    }
    const lint = await cli(['lint', `forms/${FORM}`], root);
    expect(lint.code).toBe(1);
    const problem = lint.out;
    expect(problem).toContain(`Options removed: ${removed}`);
    expect(problem).toContain(`New question "${wording.en[0]}"`);
    const step = deadline.unit === 'weeks' ? 2 : 14;
    expect(problem).toContain(`Rule ${deadline.id}: ${deadline.param} ${deadline.amount} → ${deadline.amount + step}.`);
    expect(problem).toContain(`no longer seen by ${reader.lost}`);
    // Nothing else is wrong: one problem asks for the release, and any other (a form released before
    // has a migration into the version being changed) is one the release resolves.
    const problems = problem
      .split(/^(?= {2}- )/m)
      .slice(1)
      .filter((block) => !block.startsWith('  - Warning'));
    expect(
      problems.filter((block) => block.includes('was released, and what it means has changed')),
      problem,
    ).toHaveLength(1);
    for (const block of problems) expect(block).toContain(`run adoption-support release forms/${FORM}`);
    // A form never released before has no migration into this version: then that is the only problem.
    if (!existsSync(join(wales, 'migrations'))) expect(problems, problem).toHaveLength(1);
  });

  it('release without a terminal stops at the removed option and names the option that answers it', async () => {
    const run = await cli(['release', `forms/${FORM}`], root);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`--removed-option ${pointer(option.path)}:${option.removed}=`);
    expect(readForm(wales, 'form.json').version).toBe(before.version);
  });

  it('release keeps the released version, raises the version and writes the migration, mappings and change log', async () => {
    const { removed, instead } = option;
    const year = Number(before.version.split('.')[0]) + 1;
    const result = await cli(
      [
        'release',
        `forms/${FORM}`,
        '--date',
        `${year}-01-15`,
        '--removed-option',
        `${dotted(option.path)}:${removed}=${instead}`,
      ],
      root,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    released = { version: String(readForm(wales, 'form.json').version) };
    expect(released.version).toBe(`${year}.1`);
    expect(existsSync(join(wales, 'versions', before.version, 'schema.json'))).toBe(true);
    const migration = readForm(wales, `migrations/${before.version}-to-${released.version}.json`);
    expect(migration.operations).toEqual([
      { op: 'rename', from: pointer(rename.from), to: pointer(rename.to) },
      { op: 'remapOptions', at: pointer(option.path), map: { [removed]: instead } },
    ]);
    const mappings = carryForwardFiles(forms, FORM).map(({ file }) => ({ file, ...readForm(wales, file) }));
    expect(mappings.length, `carry-forward mappings that read or write ${FORM}`).toBeGreaterThan(0);
    for (const { file, source, target } of mappings as { file: string; source: Json; target: Json }[]) {
      if (source.form === FORM) expect(source.versions, file).toEqual([released.version]);
      if (target.form === FORM) expect(target.version, file).toBe(released.version);
    }
    const readme = readFileSync(join(wales, 'README.md'), 'utf8');
    const entry = readme.split('\n').find((line) => line.includes(released.version));
    expect(entry).toMatch(/^[|-] /);
    expect(entry).toContain(`now lives at ${pointer(rename.to)} (was ${pointer(rename.from)})`);
    const record = readForm(wales, 'released.json') as { releases: { version: string }[]; pending: unknown[] };
    expect(record.releases.map((r) => r.version)).toContain(released.version);
    expect(record.pending).toEqual([]);
  });

  it('lint and the form checks pass on every form, with no code change', async () => {
    const lint = await cli(['lint', 'forms'], root);
    const folders = await listFormFolders(forms);
    expect(lint.out).toContain(`Checked ${folders.length} forms: no problems.`);
    expect(lint.code).toBe(0);
    for (const folder of folders) {
      expect(await checkFormFolder(folder), folder).toEqual([]);
    }
  });
  it('lint refuses a released version whose saved plans would be lost: an option unmapped, a mapping on the old version', async () => {
    const { removed } = option;
    const name = `${before.version}-to-${released.version}`;
    editForm(wales, `migrations/${name}.json`, (migration) => {
      migration.operations = (migration.operations as { op: string }[]).filter((op) => op.op !== 'remapOptions');
    });
    const reading = carryForwardFiles(forms, FORM).find(
      ({ file }) => (readForm(wales, file).source as Json | undefined)?.form === FORM,
    );
    if (!reading) throw new Error(`The scripted policy change needs a carry-forward mapping that reads ${FORM}.`);
    editForm(wales, reading.file, (mapping) => {
      (mapping.source as Json).versions = [before.version];
    });
    const lint = await cli(['lint', `forms/${FORM}`], root);
    expect(lint.code).toBe(1);
    const label = readForm(wales, 'i18n/en.json')[`${option.path.filter((t) => t !== '*').join('.')}.label`];
    expect(lint.out).toContain(
      `Saved plans of version ${before.version} may hold ${removed} in "${label}", which is no longer an option, and no migration says what they become.`,
    );
    expect(lint.out).toContain(`but the form is now at version ${released.version}`);
  });
});

describe('released versions are immutable, wording is not', () => {
  const review = () => join(root, 'forms', 'asp-review-wales');

  it('a wording-only change needs no release', async () => {
    editForm(review(), 'i18n/en.json', (strings) => {
      const key = Object.keys(strings).find((k) => k.endsWith('.label')) as string;
      strings[key] = `${String(strings[key])} (reworded)`;
    });
    const lint = await cli(['lint', 'forms/asp-review-wales'], root);
    expect(lint.out).not.toContain('was released');
    const release = await cli(['release', 'forms/asp-review-wales'], root);
    expect(release.out).toContain('Nothing to release');
    expect(release.code).toBe(0);
  });

  it('a field renamed by hand in a released form, without a new version, fails lint naming the field', async () => {
    const version = String(readForm(review(), 'form.json').version);
    let renamed = '';
    editForm(review(), 'schema.json', (schema) => {
      const section = Object.values(schema.properties as Record<string, Json>)[0] as Json;
      const props = section.properties as Record<string, unknown>;
      const [name, node] = Object.entries(props).at(-1) as [string, unknown];
      delete props[name];
      renamed = `${name}Renamed`;
      props[renamed] = node;
    });
    const lint = await cli(['lint', 'forms/asp-review-wales'], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`Version ${version} was released, and what it means has changed since`);
    expect(lint.out).toContain(renamed);
    expect(lint.out).toContain('Fix: Keep your change and run adoption-support release forms/asp-review-wales');
  });
  it('a question removed from a form with migrations is sent to release, and a kept version cannot change', async () => {
    const england = join(root, 'forms', 'asp-england');
    const manifest = readForm(england, 'form.json') as { version: string; migrations: string[] };
    const last = `migrations/${manifest.migrations.at(-1)}.json`;
    // A question a migration wrote into (the latest such migration: some only raise the version).
    const written = [...manifest.migrations]
      .reverse()
      .flatMap((name) => readForm(england, `migrations/${name}.json`).operations as { to?: unknown }[])
      .find((op) => typeof op.to === 'string');
    const [section, field] = String(written?.to).split('/').slice(1) as [string, string];
    editForm(england, 'schema.json', (schema) => {
      const node = schemaNode(schema, [section]);
      delete (node.properties as Json)[field];
      node.required = ((node.required as string[]) ?? []).filter((name) => name !== field);
    });
    // A kept version is released too: an edit of its meaning is refused.
    const kept = String(manifest.migrations[0]).split('-to-')[0] as string;
    editForm(england, `versions/${kept}/form.json`, (form) => {
      form.audiences = (form.audiences as string[]).slice(0, -1);
    });
    const lint = await cli(['lint', 'forms/asp-england'], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`Version ${manifest.version} was released, and what it means has changed since`);
    expect(lint.out).toContain(`Version ${kept} was released, and what it kept in versions/${kept}/ has changed since`);
    // The migration released into this version is not to be touched, and what it shows against the
    // unreleased change is the change lint already lists: it is neither named nor sent for an edit.
    expect(lint.out).toContain('is no longer asked; saved answers to it are kept aside.');
    expect(lint.out).not.toContain(last);
  });
  it('a version raised by hand, skipping release, fails lint and says to put it back and release', async () => {
    const folder = join(root, 'forms', 'assessment-wales');
    const version = String(readForm(folder, 'form.json').version);
    const [year, number] = version.split('.').map(Number) as [number, number];
    editForm(folder, 'form.json', (form) => {
      form.version = `${year}.${number + 1}`;
    });
    const lint = await cli(['lint', 'forms/assessment-wales'], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(
      `Version ${year}.${number + 1} has not been released: released.json records ${version} as the latest release.`,
    );
    expect(lint.out).toContain(
      `Fix: Set "version" back to "${version}" in form.json, then run adoption-support release forms/assessment-wales`,
    );
  });
});

type Json = Record<string, unknown>;
