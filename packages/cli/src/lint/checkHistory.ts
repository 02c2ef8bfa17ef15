import {
  ANY_ITEM,
  i18nPrefix,
  type Migration,
  type MigrationOperation,
  planMigrations,
  parsePointer as pointerTokens,
  type SchemaField,
  type SchemaNode,
  schemaFields,
} from '@adoption-support/core';
import type { FormHistory, KeptVersion } from '../migrate/loadFormHistory';
import type { LintProblem } from './LintProblem';

const key = (path: readonly string[]) => path.join('\u0000');

function fieldsOf(schema: SchemaNode): Map<string, SchemaField> {
  try {
    return new Map(schemaFields(schema).map((f) => [key(f.dataPath), f]));
  } catch {
    return new Map();
  }
}

/** The pointers an operation reads from and writes to, with their places in the migration file. */
function operationPointers(op: MigrationOperation): { reads: [string, string][]; writes: [string, string][] } {
  switch (op.op) {
    case 'rename':
    case 'move':
      return { reads: [['/from', op.from]], writes: [['/to', op.to]] };
    case 'split': {
      const writes: [string, string][] = Array.isArray(op.to)
        ? op.to.map((p, i) => [`/to/${i}`, p])
        : Object.entries(op.to).map(([g, p]) => [`/to/${g}`, p]);
      if (!('delimiter' in op) && typeof op.otherwise === 'object') writes.push(['/otherwise/to', op.otherwise.to]);
      return { reads: [['/from', op.from]], writes };
    }
    case 'merge':
      return {
        reads: Array.isArray(op.from)
          ? op.from.map((p, i) => [`/from/${i}`, p])
          : Object.entries(op.from).map(([k, p]) => [`/from/${k}`, p]),
        writes: [['/to', op.to]],
      };
    case 'remapOptions':
      return { reads: [['/at', op.at]], writes: [] };
    case 'setDefault':
      return { reads: [], writes: [['/at', op.at]] };
    case 'preserve':
      return { reads: [['/from', op.from]], writes: [] };
    case 'code':
      return { reads: [], writes: [] };
  }
}

const label = (kept: KeptVersion | undefined, path: readonly string[]) => kept?.english[`${i18nPrefix(path)}.label`];

/**
 * Checks a form's kept versions and migrations together: each migration joins two kept versions, reads
 * fields the older version has and writes fields the newer one has, and says where the answers to every
 * removed field go; and every kept version can be brought to the current one.
 */
export function checkHistory(history: FormHistory): LintProblem[] {
  const problems: LintProblem[] = [...history.problems];
  const { form } = history;
  for (const migration of history.migrations) problems.push(...checkMigration(history, migration));
  // Migration files that exist but are not used, because of the problems reported in them.
  const unusable = [
    ...new Set(history.problems.map((p) => p.file).filter((file) => /^migrations\/[^/]+\.json$/.test(file))),
  ];
  for (const version of history.versions.keys()) {
    if (version === history.current) continue;
    if (!planMigrations(history.migrations, version, history.current)) {
      problems.push({
        check: 'migrations',
        form,
        file: `versions/${version}/form.json`,
        pointer: '/version',
        message: `Documents of version ${version} cannot be brought to the current version ${history.current}: no chain of migrations joins them.`,
        fix:
          unusable.length > 0
            ? `Fix the problems reported in ${unusable.join(', ')}: a migration with a problem is not used until it is fixed.`
            : `Add migrations/${version}-to-${history.current}.json (or the missing step of the chain) and list it in form.json.`,
      });
    }
  }
  return problems;
}

function checkMigration(history: FormHistory, migration: Migration): LintProblem[] {
  const problems: LintProblem[] = [];
  const file = `migrations/${migration.name}.json`;
  const add = (pointer: string, message: string, fix: string, field?: string) =>
    problems.push({
      check: 'migrations',
      form: history.form,
      file,
      pointer,
      message,
      fix,
      ...(field ? { field } : {}),
    });
  const from = history.versions.get(migration.from);
  const to = history.versions.get(migration.to);
  for (const [which, version, kept] of [
    ['from', migration.from, from],
    ['to', migration.to, to],
  ] as const) {
    if (!kept) {
      add(
        `/${which}`,
        `Migration ${migration.name} ${which === 'from' ? 'starts from' : 'leads to'} version ${version}, which this folder does not keep.`,
        `Keep that version's form.json and schema.json in versions/${version}/ (the current version lives in the form folder itself).`,
      );
    }
  }
  if (!from || !to) return problems;
  const fromFields = fieldsOf(from.schema);
  const toFields = fieldsOf(to.schema);
  const read = new Set<string>();
  let runsCode = false;
  for (const [i, op] of migration.operations.entries()) {
    const at = `/operations/${i}`;
    if (op.op === 'code') runsCode = true;
    const { reads, writes } = operationPointers(op);
    for (const [where, pointer] of reads) {
      const path = pointerTokens(pointer);
      read.add(key(path));
      if (!fromFields.has(key(path)) && !toFields.has(key(path))) {
        add(
          `${at}${where}`,
          `Operation ${i + 1} reads ${pointer}, which is not a field of version ${migration.from}.`,
          `Check the pointer against versions/${migration.from}/schema.json: it is the field's place in the data, e.g. "/child/dateOfBirth", with "*" for every row of a list.`,
        );
      }
    }
    for (const [where, pointer] of writes) {
      const path = pointerTokens(pointer);
      if (!toFields.has(key(path))) {
        add(
          `${at}${where}`,
          `Operation ${i + 1} writes ${pointer}, which is not a field of version ${migration.to}.`,
          `Check the pointer against the schema.json of version ${migration.to}, or add the field there.`,
        );
      }
    }
    if (op.op === 'remapOptions') {
      const path = pointerTokens(op.at);
      const oldOptions = (fromFields.get(key(path)) ?? toFields.get(key(path)))?.options;
      const newField = toFields.get(key(path));
      for (const [code, next] of Object.entries(op.map)) {
        if (oldOptions && !oldOptions.includes(code)) {
          add(
            `${at}/map/${code}`,
            `"${code}" is not an option of ${op.at} in version ${migration.from}.`,
            'Correct the old code, or remove it from the map.',
            label(from, path),
          );
        }
        if (typeof next === 'string' && newField?.options && !newField.options.includes(next)) {
          add(
            `${at}/map/${code}`,
            `"${next}" is not an option of ${op.at} in version ${migration.to}.`,
            `Use one of: ${newField.options.map(String).join(', ')}.`,
            label(to, path),
          );
        }
      }
    }
  }
  if (runsCode) return problems;
  for (const [fieldKey, field] of fromFields) {
    if (toFields.has(fieldKey)) continue;
    const parent = field.dataPath.slice(0, -1);
    const enclosing = parent.at(-1) === ANY_ITEM ? parent.slice(0, -1) : parent;
    if (enclosing.length > 0 && !toFields.has(key(enclosing))) continue;
    if (read.has(fieldKey)) continue;
    const pointer = `/${field.dataPath.join('/')}`;
    add(
      '/operations',
      `The field ${pointer} is in version ${migration.from} but not in ${migration.to}, and this migration does not say where its answers go, so they would be set aside in "preserved".`,
      'Add a rename, move, split or merge operation for it, or a "preserve" operation with the reason if the form no longer asks it.',
      label(from, field.dataPath),
    );
  }
  return problems;
}
