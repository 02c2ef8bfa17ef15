import { i18nPrefix, type Migration, schemaFields } from '@adoption-support/core';
import { needObject, needShallow, needText } from '../inputGuards';
import { declaredRelations } from './declaredRelations';
import type { ChangeKind, FormChange, FormDiff, FormSnapshot } from './FormChange';
import { isUnder, key, optionsOf, pointerOf, requiredMap, sameParent, typeOf } from './fieldPaths';
import { type FieldPair, pairChanges } from './pairChanges';
import { sectionsOf } from './sectionsOf';

export type { ChangeImpact, ChangeKind, FormChange, FormDiff, FormSnapshot } from './FormChange';

/**
 * Compares two versions of a form field by field: what was added, removed, renamed, moved, split or
 * merged, made required or optional, and which options, types, limits, audiences and wording changed.
 * Each change is classed breaking or compatible. Renames and splits come from the migrations between
 * the versions when given; otherwise a field that vanished and one that appeared with the same name in
 * another place (moved), or the same type, options and label beside it (renamed), are paired.
 */
export function diffForms(older: FormSnapshot, newer: FormSnapshot, migrations: readonly Migration[] = []): FormDiff {
  checkSnapshot('older', older);
  checkSnapshot('newer', newer);
  const site = { function: 'diffForms', argument: 'migrations' };
  if (!Array.isArray(migrations))
    needObject(site, migrations, 'Pass the parsed migrations between the versions, or nothing.');
  migrations.forEach((m, i) => {
    const fix = 'Pass migrations as parseMigration returns them.';
    const migration = needObject(site, m, fix, `/${i}`);
    if (!Array.isArray(migration.operations)) needObject(site, null, fix, `/${i}/operations`);
    needShallow(site, migration, `/${i}`);
  });
  const oldFields = schemaFields(older.schema);
  const newFields = schemaFields(newer.schema);
  const oldByKey = new Map(oldFields.map((f) => [key(f.dataPath), f]));
  const newByKey = new Map(newFields.map((f) => [key(f.dataPath), f]));
  const oldRequired = requiredMap(older.schema, oldFields);
  const newRequired = requiredMap(newer.schema, newFields);
  const oldSection = sectionsOf(older);
  const newSection = sectionsOf(newer);
  const oldLabel = (path: readonly string[]) => older.english[`${i18nPrefix(path)}.label`];
  const newLabel = (path: readonly string[]) => newer.english[`${i18nPrefix(path)}.label`];
  const declared = declaredRelations(migrations);
  const changes: FormChange[] = [];
  const change = (c: FormChange) => changes.push(c);
  const describeNew = (path: readonly string[]) => ({
    pointer: pointerOf(path),
    ...(newLabel(path) ? { field: newLabel(path) } : oldLabel(path) ? { field: oldLabel(path) } : {}),
    ...(newSection(path) ? { section: newSection(path) } : {}),
  });
  const describeOld = (path: readonly string[]) => ({
    pointer: pointerOf(path),
    ...(oldLabel(path) ? { field: oldLabel(path) } : {}),
    ...(oldSection(path) ? { section: oldSection(path) } : {}),
  });

  // 1. Pair every old field with its new self: same place, declared by a migration, or by likeness.
  const pairs: FieldPair[] = [];
  const pairedOld = new Set<string>();
  const pairedNew = new Set<string>();
  const splitOrMerged = new Set<string>();
  for (const field of oldFields) {
    const k = key(field.dataPath);
    const same = newByKey.get(k);
    const relocation = declared.relocations.get(k);
    if (relocation) {
      const target = newByKey.get(key(relocation.to));
      if (target) {
        pairs.push({ old: field, new: target, relation: relocation.kind, migration: relocation.migration });
        pairedOld.add(k);
        pairedNew.add(key(relocation.to));
        continue;
      }
    }
    if (same) {
      pairs.push({ old: field, new: same });
      pairedOld.add(k);
      pairedNew.add(k);
    }
  }
  // Renamed or moved groups carry their fields with them.
  for (const pair of [...pairs]) {
    if (!pair.relation) continue;
    for (const field of oldFields) {
      if (!isUnder(field.dataPath, pair.old.dataPath) || pairedOld.has(key(field.dataPath))) continue;
      const rest = field.dataPath.slice(pair.old.dataPath.length);
      const target = newByKey.get(key([...pair.new.dataPath, ...rest]));
      if (!target) continue;
      pairs.push({ old: field, new: target });
      pairedOld.add(key(field.dataPath));
      pairedNew.add(key(target.dataPath));
    }
  }
  for (const [k, split] of declared.splits) {
    const field = oldByKey.get(k);
    if (!field || pairedOld.has(k)) continue;
    pairedOld.add(k);
    const to = split.to.filter((t) => newByKey.has(key(t)));
    for (const t of to) {
      pairedNew.add(key(t));
      splitOrMerged.add(key(t));
    }
    change({
      kind: 'split',
      impact: 'breaking',
      ...describeOld(field.dataPath),
      from: pointerOf(field.dataPath),
      to: to.map(pointerOf),
      detail: `Split into ${to.map((t) => `"${newLabel(t) ?? pointerOf(t)}"`).join(' and ')}.`,
      handledBy: split.migration,
    });
  }
  for (const [k, merge] of declared.merges) {
    const field = newByKey.get(k);
    if (!field) continue;
    const from = merge.from.filter((f) => oldByKey.has(key(f)) && !pairedOld.has(key(f)));
    if (from.length === 0) continue;
    for (const f of from) pairedOld.add(key(f));
    pairedNew.add(k);
    splitOrMerged.add(k);
    change({
      kind: 'merged',
      impact: 'breaking',
      ...describeNew(field.dataPath),
      from: from.map(pointerOf).join(', '),
      detail: `Joins ${from.map((f) => `"${oldLabel(f) ?? pointerOf(f)}"`).join(' and ')} into one answer.`,
      handledBy: merge.migration,
    });
  }
  const unpairedOld = () => oldFields.filter((f) => !pairedOld.has(key(f.dataPath)));
  const unpairedNew = () => newFields.filter((f) => !pairedNew.has(key(f.dataPath)));
  for (const field of unpairedOld()) {
    const candidates = unpairedNew().filter((n) => typeOf(newer.schema, n) === typeOf(older.schema, field));
    const moved = candidates.find(
      (n) => n.dataPath.at(-1) === field.dataPath.at(-1) && !sameParent(n.dataPath, field.dataPath),
    );
    const renamed = candidates.find(
      (n) =>
        sameParent(n.dataPath, field.dataPath) &&
        optionsOf(n).join() === optionsOf(field).join() &&
        oldLabel(field.dataPath) !== undefined &&
        oldLabel(field.dataPath) === newLabel(n.dataPath),
    );
    const match = moved ?? renamed;
    if (!match || pairedNew.has(key(match.dataPath))) continue;
    pairs.push({ old: field, new: match, relation: moved ? 'moved' : 'renamed', guessed: true });
    pairedOld.add(key(field.dataPath));
    pairedNew.add(key(match.dataPath));
  }

  // 2. What each pair changed.
  const context = { older, newer, oldRequired, newRequired, declared, oldLabel, newLabel, describeNew };
  for (const pair of pairs) changes.push(...pairChanges(pair, context));

  // 3. What is left was removed or added. Report a whole group once, not each field inside it.
  const removed = unpairedOld();
  for (const field of removed) {
    if (removed.some((r) => isUnder(field.dataPath, r.dataPath))) continue;
    const inside = oldFields.filter((f) => isUnder(f.dataPath, field.dataPath) && f.kind === 'leaf').length;
    const preservedBy = declared.preserves.get(key(field.dataPath));
    change({
      kind: 'removed',
      impact: 'breaking',
      ...describeOld(field.dataPath),
      detail:
        (inside > 0 ? `Removed, with the ${inside} questions inside it.` : 'Removed.') +
        (preservedBy
          ? ' Saved answers are set aside in "preserved".'
          : ' Saved answers will be set aside in "preserved" when documents are migrated.'),
      ...(preservedBy ? { handledBy: preservedBy } : {}),
    });
  }
  const added = unpairedNew();
  for (const field of added) {
    if (added.some((a) => isUnder(field.dataPath, a.dataPath))) continue;
    if (splitOrMerged.has(key(field.dataPath))) continue;
    const required = newRequired.has(key(field.dataPath));
    const handledBy = declared.writes.get(key(field.dataPath));
    const inside = newFields.filter((f) => isUnder(f.dataPath, field.dataPath) && f.kind === 'leaf').length;
    change({
      kind: 'added',
      impact: required ? 'breaking' : 'compatible',
      ...describeNew(field.dataPath),
      detail: `${inside > 0 ? `Added, with ${inside} questions inside it` : 'Added'}${required ? ' as a required question: saved documents will lack it' : ' (optional)'}.`,
      ...(required && handledBy ? { handledBy } : {}),
    });
  }
  const order: ChangeKind[] = [
    'removed',
    'renamed',
    'moved',
    'split',
    'merged',
    'type-changed',
    'made-required',
    'added',
    'options-removed',
    'options-remapped',
    'tightened',
    'options-added',
    'relaxed',
    'no-longer-required',
    'audience-changed',
    'hidden-data-changed',
    'wording-changed',
  ];
  changes.sort(
    (a, b) =>
      Number(a.impact === 'compatible') - Number(b.impact === 'compatible') ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      a.pointer.localeCompare(b.pointer),
  );
  return {
    form: newer.form,
    from: older.version,
    to: newer.version,
    changes,
    breaking: changes.filter((c) => c.impact === 'breaking').length,
    compatible: changes.filter((c) => c.impact === 'compatible').length,
    migrations: migrations.map((m) => m.name),
  };
}

/** A snapshot as {@link loadFormSnapshot} reads it, else a KitInputError naming the part. */
function checkSnapshot(argument: 'older' | 'newer', value: unknown): void {
  const site = { function: 'diffForms', argument };
  const fix = 'Pass a snapshot from loadFormSnapshot(folder).';
  const snapshot = needObject(site, value, fix);
  needText(site, snapshot.form, fix, '/form');
  needText(site, snapshot.version, fix, '/version');
  needObject(site, snapshot.schema, fix, '/schema');
  needObject(site, snapshot.english, fix, '/english');
  if (snapshot.uischema !== undefined) needObject(site, snapshot.uischema, fix, '/uischema');
  for (const [part, english] of Object.entries(snapshot.english as object)) {
    needText(site, english, fix, `/english/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
  needShallow(site, snapshot);
}
