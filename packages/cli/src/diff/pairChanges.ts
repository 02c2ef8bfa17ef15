import type { SchemaField } from '@adoption-support/core';
import type { Declared } from './declaredRelations';
import type { FormChange, FormSnapshot } from './FormChange';
import { key, optionsOf, pointerOf, typeOf } from './fieldPaths';

/** An old field and its new self. */
export interface FieldPair {
  old: SchemaField;
  new: SchemaField;
  relation?: 'renamed' | 'moved';
  migration?: string;
  /** Paired by likeness, not by a migration. */
  guessed?: boolean;
}

/** What the comparison of one pair reads about the two versions. */
export interface PairContext {
  older: FormSnapshot;
  newer: FormSnapshot;
  oldRequired: ReadonlySet<string>;
  newRequired: ReadonlySet<string>;
  declared: Declared;
  oldLabel: (path: readonly string[]) => string | undefined;
  newLabel: (path: readonly string[]) => string | undefined;
  /** Where a field of the new version is: pointer, label and section. */
  describeNew: (path: readonly string[]) => Pick<FormChange, 'pointer' | 'field' | 'section'>;
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

/**
 * What one field went through between the versions: renamed or moved, type, required, options, limits,
 * audience, hidden-data policy and wording.
 */
export function pairChanges(pair: FieldPair, context: PairContext): FormChange[] {
  const { older, newer, oldRequired, newRequired, declared, oldLabel, newLabel, describeNew } = context;
  const changes: FormChange[] = [];
  const change = (c: FormChange) => changes.push(c);
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
  return changes;
}
