import {
  ANY_ITEM,
  i18nPrefix,
  type Migration,
  parsePointer as pointerTokens,
  type SchemaField,
  type SchemaNode,
  schemaFields,
} from '@adoption-support/core';
import { isJsonObject } from '../definition';
import { needObject, needShallow, needText } from '../inputGuards';
import { objectItemsOf, resolveLocalRef } from '../schemaNodes';

/** What kind of change a field went through. */
export type ChangeKind =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'moved'
  | 'split'
  | 'merged'
  | 'made-required'
  | 'no-longer-required'
  | 'options-added'
  | 'options-removed'
  | 'options-remapped'
  | 'type-changed'
  | 'tightened'
  | 'relaxed'
  | 'audience-changed'
  | 'hidden-data-changed'
  | 'wording-changed';

/**
 * `breaking`: a document valid for the old version may be invalid for the new one, or an answer would
 * sit where the new version does not look, so saved documents need a migration. `compatible`: every
 * old document still fits.
 */
export type ChangeImpact = 'breaking' | 'compatible';

/** One change between two versions of a form. */
export interface FormChange {
  kind: ChangeKind;
  impact: ChangeImpact;
  /** The field's place in the data (new version's place when it has one), `*` for every row of a list. */
  pointer: string;
  /** Where the field was in the old version, when that differs. */
  from?: string;
  /** Where the field's answers go, when that differs (several for a split). */
  to?: string[];
  /** The field's English label (new wording when it has one). */
  field?: string;
  /** The section (Category) it is asked in. */
  section?: string;
  /** What changed, in plain English. */
  detail: string;
  /** The migration that carries saved documents across this change, if one does. */
  handledBy?: string;
}

/** One version of a form, as far as a diff needs it. */
export interface FormSnapshot {
  form: string;
  version: string;
  schema: SchemaNode;
  /** English strings, for field and section names. */
  english: Record<string, string>;
  /** The UI schema, to name each field's section. */
  uischema?: SchemaNode;
}

/** The change report between two versions of a form. */
export interface FormDiff {
  form: string;
  from: string;
  to: string;
  changes: FormChange[];
  breaking: number;
  compatible: number;
  /** The migrations between the versions that the report took renames and splits from. */
  migrations: string[];
}

const key = (path: readonly string[]) => path.join('\u0000');
const pointerOf = (path: readonly string[]) => `/${path.join('/')}`;
const pathOf = (pointer: string) => pointerTokens(pointer);
const parentOf = (path: readonly string[]) => path.slice(0, -1);
const sameParent = (a: readonly string[], b: readonly string[]) => key(parentOf(a)) === key(parentOf(b));
const isUnder = (path: readonly string[], prefix: readonly string[]) =>
  path.length > prefix.length && prefix.every((t, i) => path[i] === t);

/** The names each object (and each list's rows) requires, keyed by the container's data path. */
function requiredMap(schema: SchemaNode, fields: readonly SchemaField[]): Set<string> {
  const required = new Set<string>();
  const addFrom = (container: SchemaNode | undefined, path: readonly string[]) => {
    if (!container || !Array.isArray(container.required)) return;
    for (const name of container.required) required.add(key([...path, String(name)]));
  };
  addFrom(schema, []);
  for (const field of fields) {
    if (field.kind === 'object') addFrom(field.schema, field.dataPath);
    if (field.kind === 'array') addFrom(objectItemsOf(schema, field.schema), [...field.dataPath, ANY_ITEM]);
  }
  return required;
}

/** A field's value type in words: `text`, `date`, `yes or no`, `a list`... */
function typeOf(schema: SchemaNode, field: SchemaField): string {
  const node = field.schema;
  if (field.kind === 'object') return 'group';
  if (field.kind === 'array') return 'list';
  if (node.type === 'array') {
    const items = isJsonObject(node.items) ? resolveLocalRef(schema, node.items) : {};
    return Array.isArray(items.enum) ? 'several choices' : `list of ${String(items.type ?? 'values')}`;
  }
  if (Array.isArray(node.enum)) return 'choice';
  if (node.type === 'string' && node.format === 'date') return 'date';
  if (node.type === 'string') return node.format ? `text (${String(node.format)})` : 'text';
  if (node.type === 'boolean') return 'yes or no';
  if (node.type === 'integer') return 'whole number';
  if (node.type === 'number') return 'number';
  return String(node.type ?? 'answer');
}

type Bound = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems';
const LOWER: Bound[] = ['minLength', 'minimum', 'minItems'];
const UPPER: Bound[] = ['maxLength', 'maximum', 'maxItems'];
const BOUND_WORDS: Record<Bound, string> = {
  minLength: 'shortest answer',
  maxLength: 'longest answer',
  minimum: 'smallest value',
  maximum: 'largest value',
  minItems: 'fewest rows',
  maxItems: 'most rows',
};

/** Options of a field in order, as text. */
const optionsOf = (field: SchemaField): string[] => (field.options ?? []).map(String);

/** Operations of the migrations, as field relations. */
interface Declared {
  relocations: Map<string, { to: string[]; kind: 'renamed' | 'moved'; migration: string }>;
  splits: Map<string, { to: string[][]; migration: string }>;
  merges: Map<string, { from: string[][]; migration: string }>;
  remaps: Map<string, { map: Record<string, string | null>; migration: string }>;
  writes: Map<string, string>;
  preserves: Map<string, string>;
}

function declaredRelations(migrations: readonly Migration[]): Declared {
  const declared: Declared = {
    relocations: new Map(),
    splits: new Map(),
    merges: new Map(),
    remaps: new Map(),
    writes: new Map(),
    preserves: new Map(),
  };
  for (const migration of migrations) {
    for (const op of migration.operations) {
      const m = migration.name;
      switch (op.op) {
        case 'rename':
        case 'move':
          declared.relocations.set(key(pathOf(op.from)), {
            to: pathOf(op.to),
            kind: op.op === 'rename' ? 'renamed' : 'moved',
            migration: m,
          });
          declared.writes.set(key(pathOf(op.to)), m);
          break;
        case 'split': {
          const to = (Array.isArray(op.to) ? op.to : Object.values(op.to)).map(pathOf);
          declared.splits.set(key(pathOf(op.from)), { to, migration: m });
          for (const t of to) declared.writes.set(key(t), m);
          break;
        }
        case 'merge': {
          const from = (Array.isArray(op.from) ? op.from : Object.values(op.from)).map(pathOf);
          declared.merges.set(key(pathOf(op.to)), { from, migration: m });
          declared.writes.set(key(pathOf(op.to)), m);
          break;
        }
        case 'remapOptions':
          declared.remaps.set(key(pathOf(op.at)), { map: op.map, migration: m });
          break;
        case 'setDefault':
          declared.writes.set(key(pathOf(op.at)), m);
          break;
        case 'preserve':
          declared.preserves.set(key(pathOf(op.from)), m);
          break;
        case 'code':
          break;
      }
    }
  }
  return declared;
}

/** The label of the Category each field is asked in, by data path. */
function sectionsOf(snapshot: FormSnapshot): (path: readonly string[]) => string | undefined {
  const controls: { path: string[]; section: string | undefined }[] = [];
  const uischema = snapshot.uischema;
  const visit = (element: unknown, prefix: string[], section: string | undefined) => {
    if (!isJsonObject(element)) return;
    if (element.type === 'Control' && typeof element.scope === 'string') {
      const tokens = element.scope
        .replace(/^#/, '')
        .split('/')
        .filter((t, i) => i % 2 === 0 && t !== '');
      const path = [...prefix, ...tokens];
      controls.push({ path, section });
      const detail = isJsonObject(element.options) ? element.options.detail : undefined;
      if (detail) visit(detail, [...path, ANY_ITEM], section);
      return;
    }
    for (const child of Array.isArray(element.elements) ? element.elements : []) visit(child, prefix, section);
  };
  if (uischema && Array.isArray(uischema.elements)) {
    for (const category of uischema.elements) {
      if (!isJsonObject(category)) continue;
      const i18n = typeof category.i18n === 'string' ? category.i18n : undefined;
      const label =
        (i18n ? snapshot.english[`${i18n}.label`] : undefined) ??
        (typeof category.label === 'string' ? category.label : i18n);
      visit(category, [], label);
    }
  }
  return (path) =>
    (
      controls.find((c) => key(c.path) === key(path)) ??
      controls.find((c) => isUnder(c.path, path)) ??
      [...controls].reverse().find((c) => isUnder(path, c.path))
    )?.section;
}

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
  const pairs: {
    old: SchemaField;
    new: SchemaField;
    relation?: 'renamed' | 'moved';
    migration?: string;
    guessed?: boolean;
  }[] = [];
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
  for (const pair of pairs) {
    const { old: o, new: n } = pair;
    const where = describeNew(n.dataPath);
    if (pair.relation) {
      const verb = pair.relation === 'renamed' ? 'Renamed' : 'Moved';
      change({
        kind: pair.relation,
        impact: 'breaking',
        ...where,
        from: pointerOf(o.dataPath),
        to: [pointerOf(n.dataPath)],
        detail: pair.guessed
          ? `${verb} from ${pointerOf(o.dataPath)}, by the look of it (same ${pair.relation === 'moved' ? 'name and type' : 'type, options and label'}). Declare it in a migration so saved answers move too.`
          : `${verb} from ${pointerOf(o.dataPath)}.`,
        ...(pair.migration ? { handledBy: pair.migration } : {}),
      });
    }
    const oldType = typeOf(older.schema, o);
    const newType = typeOf(newer.schema, n);
    if (oldType !== newType) {
      change({
        kind: 'type-changed',
        impact: 'breaking',
        ...where,
        detail: `The answer changes from ${oldType} to ${newType}.`,
      });
    }
    const wasRequired = oldRequired.has(key(o.dataPath));
    const isRequired = newRequired.has(key(n.dataPath));
    if (!wasRequired && isRequired) {
      const handledBy = declared.writes.get(key(n.dataPath));
      change({
        kind: 'made-required',
        impact: 'breaking',
        ...where,
        detail: 'Now required: saved documents without an answer will not be complete.',
        ...(handledBy ? { handledBy } : {}),
      });
    } else if (wasRequired && !isRequired) {
      change({ kind: 'no-longer-required', impact: 'compatible', ...where, detail: 'No longer required.' });
    }
    const sameType = oldType === newType;
    const oldOptions = sameType ? optionsOf(o) : [];
    const newOptions = sameType ? optionsOf(n) : [];
    const remap = declared.remaps.get(key(n.dataPath)) ?? declared.remaps.get(key(o.dataPath));
    const removedOptions = oldOptions.filter((x) => !newOptions.includes(x));
    const addedOptions = newOptions.filter((x) => !oldOptions.includes(x));
    if (remap && removedOptions.some((x) => Object.hasOwn(remap.map, x))) {
      const mapped = removedOptions.filter((x) => Object.hasOwn(remap.map, x));
      change({
        kind: 'options-remapped',
        impact: 'breaking',
        ...where,
        detail: `Options changed: ${mapped.map((x) => `${x} → ${remap.map[x] ?? '(kept aside)'}`).join(', ')}.`,
        handledBy: remap.migration,
      });
    }
    const unmappedRemoved = removedOptions.filter((x) => !remap || !Object.hasOwn(remap.map, x));
    if (unmappedRemoved.length > 0) {
      change({
        kind: 'options-removed',
        impact: 'breaking',
        ...where,
        detail: `Options removed: ${unmappedRemoved.join(', ')}. Saved answers with them will not be valid.`,
      });
    }
    const newlyOffered = addedOptions.filter((x) => !remap || !Object.values(remap.map).includes(x));
    if (newlyOffered.length > 0) {
      change({
        kind: 'options-added',
        impact: 'compatible',
        ...where,
        detail: `Options added: ${newlyOffered.join(', ')}.`,
      });
    }
    const tightened: string[] = [];
    const relaxed: string[] = [];
    for (const bound of sameType ? [...LOWER, ...UPPER] : []) {
      const before = o.schema[bound];
      const after = n.schema[bound];
      if (before === after) continue;
      const words = `${BOUND_WORDS[bound]} ${before === undefined ? 'none' : String(before)} → ${after === undefined ? 'none' : String(after)}`;
      const lower = LOWER.includes(bound);
      const tighter =
        after !== undefined &&
        (before === undefined || (lower ? Number(after) > Number(before) : Number(after) < Number(before)));
      (tighter ? tightened : relaxed).push(words);
    }
    if (sameType && o.schema.pattern !== n.schema.pattern) {
      (n.schema.pattern === undefined ? relaxed : tightened).push(
        n.schema.pattern === undefined ? 'no pattern now' : `pattern now ${String(n.schema.pattern)}`,
      );
    }
    if (tightened.length > 0)
      change({ kind: 'tightened', impact: 'breaking', ...where, detail: `Limits tightened: ${tightened.join('; ')}.` });
    if (relaxed.length > 0)
      change({ kind: 'relaxed', impact: 'compatible', ...where, detail: `Limits relaxed: ${relaxed.join('; ')}.` });
    const oldAudience = (o.audience ?? []).slice().sort().join(', ');
    const newAudience = (n.audience ?? []).slice().sort().join(', ');
    if (oldAudience !== newAudience && n.kind === 'leaf') {
      const gained = (n.audience ?? []).filter((a) => !(o.audience ?? []).includes(a));
      const lost = (o.audience ?? []).filter((a) => !(n.audience ?? []).includes(a));
      const parts = [
        gained.length > 0 ? `now also seen by ${gained.join(', ')}` : '',
        lost.length > 0 ? `no longer seen by ${lost.join(', ')}` : '',
      ].filter(Boolean);
      change({
        kind: 'audience-changed',
        impact: 'compatible',
        ...where,
        detail: `Who may see it changed: ${parts.join('; ')}.${gained.length > 0 ? ' Check that this is meant.' : ''}`,
      });
    }
    if (o.hiddenData !== n.hiddenData && n.kind === 'leaf') {
      change({
        kind: 'hidden-data-changed',
        impact: 'compatible',
        ...where,
        detail: `When hidden, its answer is now ${n.hiddenData === 'clear' ? 'cleared' : 'kept'} (was ${o.hiddenData === 'clear' ? 'cleared' : 'kept'}).`,
      });
    }
    const before = oldLabel(o.dataPath);
    const after = newLabel(n.dataPath);
    if (before !== undefined && after !== undefined && before !== after) {
      change({
        kind: 'wording-changed',
        impact: 'compatible',
        ...where,
        detail: `Label changed from "${before}" to "${after}".`,
      });
    }
  }

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
