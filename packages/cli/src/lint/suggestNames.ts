import { formStringKeys, probablyMeant, type SchemaField, type SchemaNode, schemaFields } from '@adoption-support/core';
import type { FormDefinition } from '../definition';
import type { FormHistory } from '../migrate/loadFormHistory';
import type { LintProblem } from './LintProblem';

const fieldsOf = (schema: unknown): SchemaField[] => {
  try {
    return schemaFields(schema as SchemaNode);
  } catch {
    return []; // the schema checks say why it cannot be read
  }
};

/** The scopes a Control may use for each field: from the root, and from inside a list's row. */
function scopesOf(fields: readonly SchemaField[]): string[] {
  const scopes = new Set<string>();
  for (const field of fields) {
    scopes.add(`#${field.schemaPointer}`);
    const row = field.schemaPointer.lastIndexOf('/items/');
    if (row >= 0) scopes.add(`#${field.schemaPointer.slice(row + '/items'.length)}`);
  }
  return [...scopes];
}

const pointerOf = (field: SchemaField) => `/${field.dataPath.join('/')}`;
const quoted = (name: string) => `"${name}"`;

/** What to look for in a problem, the names it may have meant, and how to say it. */
interface Suggester {
  match: (problem: LintProblem) => string | undefined;
  candidates: (problem: LintProblem, name: string) => Iterable<string>;
  /** Rewrites the fix once a suggestion is found (the message gets "Did you mean ...?" in any case). */
  fix?: (problem: LintProblem, name: string, meant: string) => string;
}

/**
 * Adds "Did you mean ...?" to problems about a name that is probably a typo: a string key, an audience,
 * a rule's field (`data.` path), a Control's scope, a migration's operation or field. Never throws.
 */
export function suggestNames(
  problems: LintProblem[],
  definition: FormDefinition,
  history: FormHistory | undefined,
): void {
  const fields = fieldsOf(definition.schema);
  let keys: Set<string> | undefined;
  const stringKeys = () => {
    if (!keys) {
      try {
        const { required, optional } = formStringKeys(definition as Parameters<typeof formStringKeys>[0]);
        keys = new Set([...required, ...optional]);
      } catch {
        keys = new Set(Object.keys(definition.locales.en ?? {}));
      }
    }
    return keys;
  };
  const localeOf = (file: string) => /^i18n\/([^/]+)\.json$/.exec(file)?.[1];
  const versionFields = (version: string | undefined) => {
    const kept = version === undefined ? undefined : history?.versions.get(version);
    return [...fieldsOf(kept?.schema), ...fields].map(pointerOf);
  };
  const suggesters: Suggester[] = [
    {
      // A key no field uses: prefer the keys this file lacks (the one it meant to write).
      match: (p) =>
        p.check === 'locales' ? /^The key "(.+)" is not used by any field/.exec(p.message)?.[1] : undefined,
      candidates: (p) => {
        const strings = definition.locales[localeOf(p.file) ?? ''] ?? {};
        const lacking = [...stringKeys()].filter((k) => !(k in strings));
        return lacking.length > 0 ? lacking : stringKeys();
      },
      fix: (p, name, meant) => {
        // The key is absent from this file (see candidates): its problem there says its wording is missing.
        const missing = problems.find((q) => q.check === 'locales' && q.file === p.file && q.pointer === `/${meant}`);
        if (missing)
          missing.fix = `${p.file} has "${name}" instead (line ${p.line ?? '?'}): correct its spelling to "${meant}".`;
        return `Correct the key to "${meant}", or remove it.`;
      },
    },
    {
      match: (p) => (p.check === 'annotations' ? /^"(.+)" is not an audience\.$/.exec(p.message)?.[1] : undefined),
      candidates: () => (Array.isArray(definition.manifest.audiences) ? definition.manifest.audiences.map(String) : []),
    },
    {
      match: (p) =>
        p.check === 'rules' ? /\(?'?data\.([^')]+)'?\)?, which is not in the schema\./.exec(p.message)?.[1] : undefined,
      candidates: () => fields.map((f) => f.dataPath.join('.')),
      fix: (p, _name, meant) => `${p.fix} Did you mean data.${meant}?`,
    },
    {
      match: (p) => /^The scope "(.+)" does not lead to a property in schema\.json\.$/.exec(p.message)?.[1],
      candidates: () => scopesOf(fields),
    },
    {
      match: (p) => /^This operation is not one the kit knows \(found "(.+)"\)\.$/.exec(p.message)?.[1],
      candidates: (p) => (/one of: (.+)\.$/.exec(p.fix)?.[1] ?? '').split(', '),
    },
    {
      match: (p) => /^Operation \d+ (?:reads|writes) (\/\S*), which is not a field of version/.exec(p.message)?.[1],
      candidates: (p) => versionFields(/of version (\S+)\.$/.exec(p.message)?.[1]),
    },
  ];
  for (const problem of problems) {
    for (const suggester of suggesters) {
      const name = suggester.match(problem);
      if (name === undefined) continue;
      const meant = probablyMeant(name, suggester.candidates(problem, name));
      if (meant === undefined) break;
      problem.message = `${problem.message} Did you mean ${quoted(meant)}?`;
      if (suggester.fix) problem.fix = suggester.fix(problem, name, meant);
      break;
    }
  }
}
