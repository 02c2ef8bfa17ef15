// The policy leads' guide stays true: its walkthrough (docs/policy/README.md, the blocks marked
// `<!-- guide: ... -->`) is run step by step on a copy of the forms, and every output it shows is
// compared with what the command really prints.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleGuideMessage, staleGuideNames } from './support/guideNames';
import {
  applyEdit,
  applyReplace,
  applyTranslation,
  cliUntilReady,
  type GuideStep,
  guideCommands,
  guideSteps,
  matchesShown,
  plainOutput,
} from './support/guideWalk';
import { cli, readForm } from './support/policyEdits';
import { freeName, schemaFields } from './support/policyTargets';

const REPOSITORY = new URL('../../../', import.meta.url);
const GUIDE = readFileSync(new URL('docs/policy/README.md', REPOSITORY), 'utf8');
const steps = guideSteps(GUIDE);
/** What the walkthrough names that a release has since renamed or removed: then it is not run. */
const stale = staleGuideNames(steps, fileURLToPath(REPOSITORY));

/** The port the preview uses unless told otherwise, as the guide shows it. */
const PREVIEW_PORT = 4173;
let base: string;
/** The folder the walkthrough runs in. */
let walk: string;
/** The folder the current step runs in: the walkthrough's, or an aside's. */
let root: string;
let asides = 0;
let last: { command: string; output: string } | undefined;
/** The form the guide walks through, the version it starts from and the one it releases, as the guide shows them. */
const versions = (() => {
  const step = steps.find((s) => s.kind === 'versions');
  const [form, before, after] = (step?.argument ?? '').split(/\s+/);
  return { form: form as string, before: before as string, after: after as string, real: [] as [string, string][] };
})();

/** A fresh copy of the repository's forms, at `schemas/forms` in a new folder. */
function copyForms(name: string): string {
  const folder = join(base, name);
  mkdirSync(join(folder, 'schemas'), { recursive: true });
  cpSync(fileURLToPath(new URL('schemas/forms/', REPOSITORY)), join(folder, 'schemas', 'forms'), { recursive: true });
  return folder;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'policy-guide-'));
  walk = copyForms('walk');
  root = walk;
  versions.real = [[String(readForm(formFolder(), 'form.json').version), versions.before]];
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const formFolder = () => join(root, 'schemas', 'forms', versions.form);
/**
 * The walkthrough's versions, real and as the guide shows them. An aside works on a fresh copy of the
 * forms, not on the walkthrough's: its versions are the real ones.
 */
const shownVersions = (): [string, string][] => (root === walk ? versions.real : []);

/**
 * What a command prints. The preview keeps running: it is started on a free port, stopped once it says
 * how to open it, and shown on its usual port; its note about preparing the page (the first time only)
 * is left out.
 */
async function output(args: string[]): Promise<string> {
  if (args[0] !== 'preview') {
    const { out, err } = await cli(args, root);
    return out + err;
  }
  const { code, out } = await cliUntilReady([...args, '--port', '0'], root, /Ctrl\+C/);
  expect(code, `preview stopped by itself: ${out}`).toBeUndefined();
  return out.replace(/127\.0\.0\.1:\d+/g, `127.0.0.1:${PREVIEW_PORT}`);
}

/** A path or argument written with the guide's versions, with the real ones instead. */
function realVersions(text: string): string {
  const real = new Map(shownVersions().map(([version, shown]) => [shown, version]));
  return text.replace(/\d{4}\.\d+/g, (shown) => real.get(shown) ?? shown);
}

/** Runs one marked step of the guide. */
async function take(step: GuideStep): Promise<void> {
  if (step.kind === 'aside') {
    root = step.argument === 'end' ? walk : copyForms(`aside-${++asides}`);
    last = undefined;
  } else if (step.kind === 'edit') applyEdit(root, step.argument, step.text);
  else if (step.kind === 'replace') applyReplace(root, step.argument, step.text);
  else if (step.kind === 'copy') {
    const [from, to] = step.argument.split(/\s+/) as [string, string];
    mkdirSync(dirname(join(root, to)), { recursive: true });
    copyFileSync(join(root, from), join(root, to));
  } else if (step.kind === 'translate') applyTranslation(root, step.argument, step.text);
  else if (step.kind === 'run') {
    for (const args of guideCommands(step.text).map((words) => words.map(realVersions))) {
      last = { command: `adoption-support ${args.join(' ')}`, output: await output(args) };
      if (root !== walk) continue;
      // Once the form is released, its new version reads as the guide's.
      const now = String(readForm(formFolder(), 'form.json').version);
      if (now !== versions.real[0]?.[0]) versions.real[1] = [now, versions.after];
    }
  } else if (step.kind === 'file') {
    const path = realVersions(step.argument);
    const written = plainOutput(readFileSync(join(root, path), 'utf8'), root, shownVersions());
    expect(JSON.parse(written), `docs/policy/README.md line ${step.line}: ${step.argument}`).toEqual(
      JSON.parse(step.text),
    );
  } else if (step.kind === 'output') {
    if (!last) throw new Error(`docs/policy/README.md line ${step.line}: an output with no command before it`);
    const real = plainOutput(last.output, root, shownVersions());
    expect(
      matchesShown(real, step.text),
      `docs/policy/README.md line ${step.line} shows, for ${last.command}:\n${step.text}\n\nbut it prints:\n${real}\n`,
    ).toBe(true);
  }
}

describe('the policy leads’ guide, docs/policy/README.md', () => {
  it('marks a walkthrough: the versions it shows, commands, outputs and edits', () => {
    expect(versions.form, 'a "<!-- guide: versions FORM BEFORE AFTER -->" comment').toMatch(/^[a-z-]+$/);
    for (const kind of ['run', 'output', 'edit', 'translate'] as const) {
      expect(steps.filter((s) => s.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('names only fields, options and files the forms have', () => {
    if (stale.length > 0) throw new Error(staleGuideMessage(stale));
  });

  it('a step naming a field a release has renamed fails with one message naming the line and the field', () => {
    const forms = fileURLToPath(new URL('schemas/forms/', REPOSITORY));
    const names = new Set(
      schemaFields(readForm(join(forms, versions.form), 'schema.json')).map(({ path }) => path.join('.')),
    );
    const [kept] = names;
    const gone = freeName(`${kept}Renamed`, (name) => names.has(name));
    const guide = (field: string) =>
      [
        `<!-- guide: edit schemas/forms/${versions.form}/i18n/en.json -->`,
        '```json',
        `"${field}.label": "A label"`,
        '```',
        '<!-- guide: run -->',
        '```sh',
        `adoption-support rename ${versions.form} ${field} ${field}Later`,
        '```',
      ].join('\n');
    expect(staleGuideNames(guideSteps(guide(String(kept))), fileURLToPath(REPOSITORY))).toEqual([]);
    const found = staleGuideNames(guideSteps(guide(gone)), fileURLToPath(REPOSITORY));
    expect(found.map((s) => [s.line, s.name, s.missing])).toEqual([
      [1, gone, versions.form],
      [5, gone, versions.form],
    ]);
    const message = staleGuideMessage(found);
    expect(message).toContain(`line 1 (edit schemas/forms/${versions.form}/i18n/en.json) names "${gone}"`);
    expect(message).toContain('Update the walkthrough in docs/policy/README.md');
  });

  for (const step of steps.filter((s) => s.kind !== 'versions')) {
    const what = step.kind === 'run' ? step.text.trim().split('\n').join('; ') : `${step.kind} ${step.argument}`;
    it.skipIf(stale.length > 0)(`line ${step.line}: ${what}`, () => take(step), 60_000);
  }
});
