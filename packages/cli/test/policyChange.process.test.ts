// A policy lead's change from start to finish, on a copy of the forms: a new required question with
// Welsh and a follow-up rule, a rename, an option removed, a deadline changed and a reader
// restriction, through `rename`, `lint` and `release`. The form checks then pass with no code change.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFormFolder, listFormFolders } from '@adoption-support/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeeks, cli, eachObject, editForm, readForm, schemaNode } from './support/policyEdits';

const FORMS = fileURLToPath(new URL('../../../schemas/forms/', import.meta.url));
let root: string;
let wales: string;
let before: { version: string };
let released: { version: string };

const OPTION_FIELD = ['lifeJourney', 'tasks', '*', 'activity'];
const RENAME = { from: 'child.placementDate', to: 'child.dateOfPlacement' };
const DEADLINE_RULE = 'settling-in.letter.due-date';
const OVERDUE_RULE = 'settling-in.letter.overdue';

interface Case {
  rule: string;
  today?: string;
  given: { child?: { dateOfPlacement?: string } };
  expect: { derived: Record<string, unknown>; messages?: { values?: { dueDate?: string } }[] };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-change-'));
  cpSync(FORMS, join(root, 'forms'), { recursive: true });
  wales = join(root, 'forms', 'asp-wales');
  before = { version: String(readForm(wales, 'form.json').version) };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The option the change removes, and the one saved plans' answers become: read from the released definition. */
let chosen: { removed: string; instead: string } | undefined;
const options = () => {
  if (!chosen) {
    const node = schemaNode(readForm(wales, 'schema.json'), OPTION_FIELD) as { enum: string[] };
    chosen = { removed: node.enum[2] as string, instead: node.enum[4] as string };
  }
  return chosen;
};

describe('a policy change released with release and rename', () => {
  it('rename moves the field in every file that names it, and lint then asks for a release', async () => {
    const renamed = await cli(['rename', 'forms/asp-wales', RENAME.from, RENAME.to], root);
    expect(renamed.code).toBe(0);
    for (const file of ['schema.json', 'uischema.json', 'i18n/en.json', 'i18n/cy.json', 'examples/valid.full.json'])
      expect(renamed.out).toContain(file);
    expect(renamed.out).toContain('../asp-review-wales/carry-forward/asp-wales.json');
    options();
    const files = ['schema.json', 'uischema.json', 'rules/keeping-in-touch.json', 'rules/keeping-in-touch.cases.json'];
    for (const file of files) {
      const text = readFileSync(join(wales, file), 'utf8');
      expect(text, file).not.toMatch(/child[./]placementDate/);
      expect(text, file).toMatch(/dateOfPlacement/);
    }
    for (const locale of ['en', 'cy']) {
      const strings = readForm(wales, `i18n/${locale}.json`);
      expect(strings['child.placementDate.label']).toBeUndefined();
      expect(strings['child.dateOfPlacement.label']).toEqual(expect.any(String));
    }
    const schema = readForm(wales, 'schema.json');
    expect(schemaNode(schema, ['child']).required).toContain('dateOfPlacement');
    expect(readFileSync(join(root, 'forms/asp-review-wales/carry-forward/asp-wales.json'), 'utf8')).not.toMatch(
      /\/child\/placementDate/,
    );
    const lint = await cli(['lint', 'forms/asp-wales'], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(`Version ${before.version} was released, and what it means has changed since`);
    expect(lint.out).toContain('/child/dateOfPlacement (was /child/placementDate)');
    expect(lint.out).toContain('run adoption-support release forms/asp-wales');
  });

  it('the rest of the change is made by hand: lint names each change to the released meaning', async () => {
    const { removed, instead } = options();
    // A new required question, in English and Welsh, with a follow-up shown when the answer is no.
    editForm(wales, 'schema.json', (schema) => {
      const section = schemaNode(schema, ['keepingInTouch']);
      Object.assign(section.properties as object, {
        letterPlanAgreed: { type: 'boolean' },
        letterPlanDetails: { type: 'string', minLength: 1, maxLength: 2000, 'x-hidden-data': 'clear' },
      });
      (section.required as string[]).push('letterPlanAgreed');
      // An option removed.
      const field = schemaNode(schema, OPTION_FIELD) as { enum: string[] };
      field.enum = field.enum.filter((code) => code !== removed);
      // A reader restriction: the child no longer sees the summary.
      Object.assign(schemaNode(schema, ['keepingInTouch', 'summary']), {
        'x-audience': ['professionals', 'panel', 'adopters'],
      });
    });
    const wording = {
      en: ['Have the adopters agreed how letters will be written?', 'Say what is still to agree'],
      cy: [
        'A yw’r mabwysiadwyr wedi cytuno sut y caiff llythyrau eu hysgrifennu?',
        'Dywedwch beth sydd i’w gytuno o hyd',
      ],
    };
    for (const [locale, [question, followUp]] of Object.entries(wording)) {
      editForm(wales, `i18n/${locale}.json`, (strings) => {
        strings['keepingInTouch.letterPlanAgreed.label'] = question;
        strings['keepingInTouch.letterPlanDetails.label'] = followUp;
        delete strings[`lifeJourney.tasks.activity.${removed}`];
      });
    }
    editForm(wales, 'uischema.json', (ui) => {
      eachObject(ui, (node, parent) => {
        if (parent && node.scope === '#/properties/keepingInTouch/properties/contactAgreementToFollow') {
          parent.splice(
            parent.indexOf(node) + 1,
            0,
            { type: 'Control', scope: '#/properties/keepingInTouch/properties/letterPlanAgreed' },
            { type: 'Control', scope: '#/properties/keepingInTouch/properties/letterPlanDetails' },
          );
        }
      });
    });
    editForm(wales, 'rules/follow-ups.json', (pack) => {
      (pack.rules as unknown[]).push({
        id: 'letter-plan.details.shown',
        description: 'Ask what is still to agree only when the letter plan is not agreed.',
        source: 'Policy change for this test',
        kind: 'show',
        target: '/keepingInTouch/letterPlanDetails',
        logic: { '===': [{ var: 'data.keepingInTouch.letterPlanAgreed' }, false] },
      });
    });
    editForm(wales, 'rules/follow-ups.cases.json', (cases) => {
      (cases.cases as unknown[]).push(
        {
          rule: 'letter-plan.details.shown',
          description: 'Not agreed: asked what is still to agree.',
          given: { keepingInTouch: { letterPlanAgreed: false } },
          expect: { hidden: [] },
        },
        {
          rule: 'letter-plan.details.shown',
          description: 'Agreed: not asked.',
          given: { keepingInTouch: { letterPlanAgreed: true } },
          expect: { hidden: ['/keepingInTouch/letterPlanDetails'] },
        },
      );
    });
    // A deadline changed in a rule's parameters, and the cases that state it.
    let weeks = 0;
    editForm(wales, 'rules/keeping-in-touch.json', (pack) => {
      for (const rule of pack.rules as { id: string; params: Record<string, number> }[]) {
        if (rule.id !== DEADLINE_RULE) continue;
        weeks = (rule.params.letterWithinWeeks as number) + 2;
        rule.params.letterWithinWeeks = weeks;
      }
    });
    editForm(wales, 'rules/keeping-in-touch.cases.json', (pack) => {
      for (const c of pack.cases as Case[]) {
        const placed = c.given.child?.dateOfPlacement;
        if (c.rule === DEADLINE_RULE && placed)
          c.expect.derived['/keepingInTouch/settlingInLetterDueDate'] = addWeeks(placed, weeks);
        // The overdue check's cases move with the deadline: the same days, two weeks later.
        if (c.rule === OVERDUE_RULE && c.today) {
          c.today = addWeeks(c.today, 2);
          for (const m of c.expect.messages ?? [])
            if (m.values?.dueDate) m.values.dueDate = addWeeks(m.values.dueDate, 2);
        }
      }
    });
    // The examples answer the new question and no longer use the removed option.
    for (const file of ['valid.full.json', 'valid.minimal.json', ...invalidExamples()]) {
      editForm(wales, `examples/${file}`, (example) => {
        const data = example.data as Json;
        if (data.keepingInTouch) (data.keepingInTouch as Json).letterPlanAgreed = true;
        eachObject(data, (node) => {
          if (node.activity === removed) node.activity = instead;
        });
      });
    }
    const lint = await cli(['lint', 'forms/asp-wales'], root);
    expect(lint.code).toBe(1);
    const problem = lint.out;
    expect(problem).toContain(`Options removed: ${removed}`);
    expect(problem).toContain('New question "Have the adopters agreed how letters will be written?"');
    expect(problem).toContain(`Rule ${DEADLINE_RULE}: letterWithinWeeks ${weeks - 2} → ${weeks}.`);
    expect(problem).toContain('no longer seen by child');
    expect(problem.match(/^ {2}- (?!Warning)/gm)).toHaveLength(1);
  });

  it('release without a terminal stops at the removed option and names the option that answers it', async () => {
    const run = await cli(['release', 'forms/asp-wales'], root);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`--removed-option /lifeJourney/tasks/*/activity:${options().removed}=`);
    expect(readForm(wales, 'form.json').version).toBe(before.version);
  });

  it('release keeps the released version, raises the version and writes the migration, mappings and change log', async () => {
    const { removed, instead } = options();
    const year = Number(before.version.split('.')[0]) + 1;
    const result = await cli(
      [
        'release',
        'forms/asp-wales',
        '--date',
        `${year}-01-15`,
        '--removed-option',
        `lifeJourney.tasks.*.activity:${removed}=${instead}`,
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
      { op: 'rename', from: '/child/placementDate', to: '/child/dateOfPlacement' },
      { op: 'remapOptions', at: '/lifeJourney/tasks/*/activity', map: { [removed]: instead } },
    ]);
    expect(readForm(root, 'forms/asp-review-wales/carry-forward/asp-wales.json').source).toEqual({
      form: 'asp-wales',
      versions: [released.version],
    });
    expect((readForm(wales, 'carry-forward/assessment-wales.json').target as Json).version).toBe(released.version);
    const readme = readFileSync(join(wales, 'README.md'), 'utf8');
    const entry = readme.split('\n').find((line) => line.includes(released.version));
    expect(entry).toMatch(/^[|-] .*now lives at \/child\/dateOfPlacement \(was \/child\/placementDate\)/);
    const record = readForm(wales, 'released.json') as { releases: { version: string }[]; pending: unknown[] };
    expect(record.releases.map((r) => r.version)).toContain(released.version);
    expect(record.pending).toEqual([]);
  });

  it('lint and the form checks pass on every form, with no code change', async () => {
    const lint = await cli(['lint', 'forms'], root);
    expect(lint.out).toContain('Checked 5 forms: no problems.');
    expect(lint.code).toBe(0);
    for (const folder of await listFormFolders(join(root, 'forms'))) {
      expect(await checkFormFolder(folder), folder).toEqual([]);
    }
  });
  it('lint refuses a released version whose saved plans would be lost: an option unmapped, a mapping on the old version', async () => {
    const { removed } = options();
    const name = `${before.version}-to-${released.version}`;
    editForm(wales, `migrations/${name}.json`, (migration) => {
      migration.operations = (migration.operations as { op: string }[]).filter((op) => op.op !== 'remapOptions');
    });
    editForm(root, 'forms/asp-review-wales/carry-forward/asp-wales.json', (mapping) => {
      (mapping.source as Json).versions = [before.version];
    });
    const lint = await cli(['lint', 'forms/asp-wales'], root);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain(
      `Saved plans of version ${before.version} may hold ${removed} in "${readForm(wales, 'i18n/en.json')['lifeJourney.tasks.activity.label']}", which is no longer an option, and no migration says what they become.`,
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
    const written = (readForm(england, last).operations as { to?: unknown }[]).find((op) => typeof op.to === 'string');
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
    expect(lint.out).toContain(
      `Fix: Leave ${last} as it is: it was released with ${manifest.version}. This comes from your change to ${manifest.version}, which is not released yet: finish the change, then run adoption-support release forms/asp-england; the next version's migration carries saved plans across.`,
    );
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

const invalidExamples = () => readdirSync(join(wales, 'examples')).filter((f) => f.startsWith('invalid.'));
