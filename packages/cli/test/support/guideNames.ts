// What the policy leads' guide's walkthrough names (fields, files, texts) that the forms no longer have,
// so that a real release which renames or removes one fails the guide's test with one clear message
// instead of a cascade of unexplained output differences.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type GuideStep, guideCommands } from './guideWalk';
import { readForm } from './policyEdits';
import { schemaFields } from './policyTargets';

type Json = Record<string, unknown>;

/** One thing a step names that the forms do not have. */
export interface StaleName {
  line: number;
  step: string;
  name: string;
  missing: string;
}

/** The fields of a form, by the names the guide uses for them (`child.knownAs`, `lifeJourney.tasks.*.activity`), with their options. */
function formFields(forms: string, form: string): Map<string, unknown[] | undefined> {
  const fields = new Map<string, unknown[] | undefined>();
  if (!existsSync(join(forms, form, 'schema.json'))) return fields;
  for (const { path, node } of schemaFields(readForm(join(forms, form), 'schema.json'))) {
    const options = Array.isArray(node.enum) ? (node.enum as unknown[]) : undefined;
    fields.set(path.join('.'), options);
    fields.set(path.filter((t) => t !== '*').join('.'), options);
  }
  return fields;
}

/** The form a file path of the guide is in (`schemas/forms/<form>/...`). */
const formOf = (file: string) => /(?:^|\/)forms\/([^/]+)\//.exec(file)?.[1];

/** The field an i18n key is the label or hint of, if it is one. */
const fieldOfKey = (key: string) => /^(?!messages\.|form\.)(.+)\.(label|description)$/.exec(key)?.[1];

/** A JSON snippet as the guide writes it: a whole object, or some `"key": value` members of one. */
function snippetKeys(text: string): string[] {
  try {
    return Object.keys(JSON.parse(text.trim().startsWith('{') ? text : `{${text}}`) as Json);
  } catch {
    return [];
  }
}

/** What the walkthrough's steps name that the repository's forms (as the walkthrough starts from them) do not have. */
export function staleGuideNames(steps: readonly GuideStep[], repository: string): StaleName[] {
  const forms = join(repository, 'schemas', 'forms');
  const cache = new Map<string, Map<string, unknown[] | undefined>>();
  const fields = (form: string) => cache.get(form) ?? cache.set(form, formFields(forms, form)).get(form) ?? new Map();
  /** Fields the walkthrough itself adds or renames to, by form. */
  const created = new Set<string>();
  const stale: StaleName[] = [];
  const check = (step: GuideStep, form: string | undefined, field: string | undefined, what: string = step.kind) => {
    if (!form || !field || created.has(`${form}:${field}`) || fields(form).has(field)) return;
    stale.push({ line: step.line, step: `${what} ${step.argument}`.trim(), name: field, missing: form });
  };
  for (const step of steps) {
    const form = formOf(step.argument);
    if (step.kind === 'edit' || step.kind === 'translate') {
      const [file, how, where] = step.argument.split(/\s+/) as [string, string?, string?];
      if (how === 'at' && file.endsWith('schema.json') && form) {
        const path = (where ?? '').split('/').filter((t) => t !== 'properties' && t !== '');
        check(step, form, path.join('.'));
        for (const key of snippetKeys(step.text)) created.add(`${form}:${[...path, key].join('.')}`);
      } else if (how === 'after') {
        check(step, form, (where ?? '').replace(/^#/, '').split('/properties/').slice(1).join('.'));
      } else {
        for (const key of snippetKeys(step.text)) check(step, form ?? basename(file).split('.')[0], fieldOfKey(key));
      }
    } else if (step.kind === 'replace' || step.kind === 'copy') {
      const [file, text] =
        step.kind === 'replace'
          ? [step.argument, (JSON.parse(step.text) as [string])[0]]
          : [step.argument.split(/\s+/)[0] as string, ''];
      const path = join(repository, file);
      if (file.startsWith('schemas/forms/') && (!existsSync(path) || !readFileSync(path, 'utf8').includes(text)))
        stale.push({
          line: step.line,
          step: `${step.kind} ${file}`,
          name: text.trim() || file,
          missing: formOf(file) ?? file,
        });
    } else if (step.kind === 'run') {
      for (const [command, target, ...rest] of guideCommands(step.text)) {
        const named = target ? basename(target) : undefined;
        if (command === 'rename' && named) {
          check(step, named, rest[0], `run ${command}`);
          if (rest[1]) created.add(`${named}:${rest[1]}`);
        }
        const removed = rest.indexOf('--removed-option');
        const answer = /^([^:]+):[^=]+=(.+)$/.exec(rest[removed + 1] ?? '');
        if (command === 'release' && named && removed >= 0 && answer) {
          const [, field, instead] = answer as unknown as [string, string, string];
          check(step, named, field, `run ${command}`);
          const options = fields(named).get(field);
          if (options && instead !== 'preserve' && !options.includes(instead))
            stale.push({ line: step.line, step: `run ${command}`, name: `${field} option ${instead}`, missing: named });
        }
      }
    }
  }
  return stale;
}

/** The one message the guide's test gives when its walkthrough names what the forms no longer have. */
export function staleGuideMessage(stale: readonly StaleName[]): string {
  return [
    'The walkthrough in docs/policy/README.md names what the forms no longer have (a release has renamed or removed it):',
    ...stale.map(
      (s) => `  - line ${s.line} (${s.step}) names ${JSON.stringify(s.name)}, which ${s.missing} no longer has.`,
    ),
    'Update the walkthrough in docs/policy/README.md to the released forms (its steps, the outputs it shows and its "guide: versions" line). Its other steps are skipped until then.',
  ].join('\n');
}
