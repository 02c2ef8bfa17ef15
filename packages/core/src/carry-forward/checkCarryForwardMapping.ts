import type { Audience, FormDefinitionData } from '@adoption-support/schemas';
import { englishLabel } from '../definition/englishLabel';
import { assertDefinition, assertDepth, assertObject, assertString, guarded } from '../definition/jsonInput';
import { toPointer } from '../definition/jsonPointer';
import { ANY_ITEM, type SchemaField, type SchemaNode, schemaFields } from '../definition/schemaFields';
import { fieldAtPattern } from '../hidden-data/fieldAtPath';
import type { CarryForwardMapping, CarryForwardProblem, CarryForwardRule } from './CarryForwardMapping';
import { isObject } from './json';
import { mappingFile, mappingShapeProblems } from './mappingShapeProblems';
import { EVERY_ROW, isIndex, LAST_ROW, NEW_ROW, parsePattern } from './pointerPattern';

/** The two forms a mapping joins. */
export interface MappingForms {
  source: FormDefinitionData;
  target: FormDefinitionData;
}

/** A place a mapping pointer names in a schema. */
interface Place {
  /** Data path with `*` for rows. */
  pattern: string[];
  /** `row` is one row of a list of objects. */
  kind: SchemaField['kind'] | 'row';
  /** The field, or for a row the list. */
  field: SchemaField;
}

type Resolution = Place | { failedAt: number; pattern: string[]; inAnswer: boolean };

function resolve(schema: SchemaNode, tokens: readonly string[]): Resolution {
  const pattern: string[] = [];
  let place: Place | undefined;
  for (const [i, token] of tokens.entries()) {
    if (place?.kind === 'array') {
      if (![EVERY_ROW, LAST_ROW, NEW_ROW].includes(token) && !isIndex(token))
        return { failedAt: i, pattern, inAnswer: false };
      pattern.push(ANY_ITEM);
      place = { pattern: [...pattern], kind: 'row', field: place.field };
      continue;
    }
    if (place?.kind === 'leaf') return { failedAt: i, pattern, inAnswer: true };
    const field = fieldAtPattern(schema, [...pattern, token]);
    if (!field) return { failedAt: i, pattern, inAnswer: false };
    pattern.push(token);
    place = { pattern: [...pattern], kind: field.kind, field };
  }
  return place ?? { failedAt: 0, pattern, inAnswer: false };
}

const isPlace = (r: Resolution): r is Place => 'kind' in r;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const saved = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length] as number;
}

/** The nearest field name under the same parent, when one is close enough to be a typo. */
function nearestName(schema: SchemaNode, parent: readonly string[], name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const field of schemaFields(schema)) {
    if (field.dataPath.length !== parent.length + 1 || !parent.every((t, i) => field.dataPath[i] === t)) continue;
    const candidate = field.dataPath.at(-1) as string;
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(candidate, name);
    if (distance <= 3 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

const typeOf = (schema: SchemaNode): string => {
  if (Array.isArray(schema.enum)) return 'choice';
  if (schema.type === 'array') return 'list';
  if (schema.format === 'date') return 'date';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'yes or no';
  return 'text';
};

const describeList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** A field as a policy lead knows it: its pointer, and its English label when it has one. */
const kindName = (kind: Place['kind']) =>
  kind === 'leaf' ? 'an answer' : kind === 'array' ? 'a list' : kind === 'row' ? 'a row of a list' : 'a group';

const fieldName = (form: FormDefinitionData, dataPath: readonly string[]) => {
  const label = englishLabel(form, dataPath);
  return `/${dataPath.join('/')}${label ? ` ("${label}")` : ''}`;
};

/**
 * Checks a carry-forward mapping against the two forms it joins: every pointer names a field of the
 * right form, values fit where they go (kinds, choice codes, types, lengths), lists pair with lists,
 * and no rule shows an answer to an audience the source field does not, unless the rule says so in
 * `allowWider`. Each problem names the mapping file, the place in it, and the fix.
 */
export function checkCarryForwardMapping(mapping: unknown, forms: MappingForms, file?: string): CarryForwardProblem[] {
  return guarded('checkCarryForwardMapping', () => {
    const site = { function: 'checkCarryForwardMapping' };
    assertObject({ ...site, argument: 'forms' }, forms, '', "Pass { source, target }: the two forms' definitions.");
    assertDefinition({ ...site, argument: 'forms' }, forms.source);
    assertDefinition({ ...site, argument: 'forms' }, forms.target);
    if (file !== undefined) assertString({ ...site, argument: 'file' }, file);
    assertDepth({ ...site, argument: 'mapping' }, mapping);
    return checkMapping(mapping, forms, file);
  });
}

function checkMapping(mapping: unknown, forms: MappingForms, file = mappingFile(mapping)): CarryForwardProblem[] {
  const shape = mappingShapeProblems(mapping, file);
  if (shape.length > 0) return shape;
  const m = mapping as CarryForwardMapping;
  const problems: CarryForwardProblem[] = [];
  const at = (pointer: string, message: string, fix: string) => problems.push({ file, pointer, message, fix });
  const { source, target } = forms;
  const sourceId = source.manifest.id;
  const targetId = target.manifest.id;

  if (m.source.form !== sourceId)
    at(
      '/source/form',
      `The mapping reads "${m.source.form}", but was checked against "${sourceId}".`,
      'Check it against the form it names.',
    );
  if (m.target.form !== targetId)
    at(
      '/target/form',
      `The mapping writes "${m.target.form}", but was checked against "${targetId}".`,
      'Check it against the form it names.',
    );
  if (!m.source.versions.includes(source.manifest.version)) {
    at(
      '/source/versions',
      `The mapping reads ${sourceId} version ${m.source.versions.join(' or ')}, but the form is now at version ${source.manifest.version}.`,
      `Check each rule against version ${source.manifest.version} and add it to "versions".`,
    );
  }
  if (m.target.version !== target.manifest.version) {
    at(
      '/target/version',
      `The mapping writes ${targetId} version ${m.target.version}, but the form is now at version ${target.manifest.version}.`,
      `Check each rule against version ${target.manifest.version} and set "version" to it.`,
    );
  }

  /** Resolves a pointer, reporting a plain problem (with a likely correction) when it names no field. */
  const place = (
    where: string,
    pointer: string,
    form: FormDefinitionData,
    base: readonly string[] = [],
  ): Place | undefined => {
    const tokens = [...base, ...parsePattern(pointer)];
    const result = resolve(form.schema, tokens);
    if (isPlace(result)) return result;
    const token = tokens[result.failedAt] as string;
    const shown = toPointer(tokens.slice(base.length));
    if (result.inAnswer) {
      at(
        where,
        `"${shown}" goes inside ${toPointer(tokens.slice(0, result.failedAt))}, which is an answer in ${form.manifest.id}, not a group.`,
        'Point at the answer itself, or at a field of a group.',
      );
      return undefined;
    }
    const guess = nearestName(form.schema, result.pattern, token);
    const corrected =
      guess === undefined
        ? undefined
        : toPointer([...tokens.slice(base.length, result.failedAt), guess, ...tokens.slice(result.failedAt + 1)]);
    const parent = result.failedAt === 0 ? 'the top of the form' : toPointer(tokens.slice(0, result.failedAt));
    at(
      where,
      `"${shown}" names no field of ${form.manifest.id}: ${parent} has no "${token}".`,
      `${corrected ? `Did you mean "${corrected}"? ` : ''}Correct the pointer to a field in ${form.manifest.id}'s schema.json, or remove the rule.`,
    );
    return undefined;
  };

  const subFields = (form: FormDefinitionData, p: Place): SchemaField[] =>
    schemaFields(form.schema).filter(
      (f) => f.dataPath.length > p.pattern.length && p.pattern.every((t, i) => f.dataPath[i] === t),
    );

  const widerAllowed = (rule: CarryForwardRule) =>
    new Set<Audience>([...(m.allowWider ?? []), ...(rule.allowWider ?? [])]);

  const checkAudience = (where: string, from: SchemaField, to: SchemaField, rule: CarryForwardRule) => {
    const seen = new Set(from.audience ?? []);
    const allowed = widerAllowed(rule);
    const wider = (to.audience ?? []).filter((a) => !seen.has(a) && !allowed.has(a));
    if (wider.length === 0) return;
    at(
      where,
      `It would show the answer at ${fieldName(fromForm(rule), from.dataPath)} in ${rule.fromTarget !== undefined ? targetId : sourceId} to ${wider.join(', ')}, as ${fieldName(target, to.dataPath)} in ${targetId}, but the source shows it only to ${from.audience?.join(', ') || 'no one outside the case workers'}.`,
      `Leave the field out, narrow the target's x-audience, or add "allowWider": [${describeList(wider)}] to the rule to say this is intended.`,
    );
  };

  const checkLeaf = (where: string, from: SchemaField, to: SchemaField, rule: CarryForwardRule) => {
    const s = from.schema;
    const t = to.schema;
    const fromOptions = from.options;
    const toOptions = to.options;
    const into = fieldName(target, to.dataPath);
    const fromName = fieldName(fromForm(rule), from.dataPath);
    if (rule.map) {
      const mapped = Object.values(rule.map).flat();
      const expected =
        t.type === 'integer' || t.type === 'number' ? 'number' : t.type === 'boolean' ? 'boolean' : 'string';
      const bad = toOptions
        ? mapped.filter((v) => !toOptions.includes(v))
        : mapped.filter((v) => typeof v !== expected);
      if (bad.length > 0)
        at(
          `${where.replace(/\/[^/]+$/, '')}/map`,
          `"map" gives ${describeList(bad)}, which ${into} in ${targetId} does not allow.`,
          toOptions ? `Use codes it allows: ${describeList(toOptions)}.` : `Give ${expected} values.`,
        );
      const unknown = fromOptions ? Object.keys(rule.map).filter((k) => !fromOptions.some((o) => String(o) === k)) : [];
      if (unknown.length > 0)
        at(
          `${where.replace(/\/[^/]+$/, '')}/map`,
          `"map" lists ${describeList(unknown)}, which ${fromName} in ${sourceId} never holds.`,
          `Use its codes: ${describeList(fromOptions ?? [])}.`,
        );
    } else if (fromOptions) {
      const carried = fromOptions.filter((o) => !(rule.skipValues ?? []).includes(o));
      if (!toOptions) {
        if (typeOf(t) === 'text') {
          at(
            where,
            `It copies the choice codes of ${fromName} into ${into}, an answer written in words.`,
            'Leave the field out: codes are not wording.',
          );
        } else {
          at(
            where,
            `It copies the choice ${fromName} into ${into}, which holds a ${typeOf(t)}.`,
            'Add a "map" from each code to a value it holds, or leave the field out.',
          );
        }
      } else {
        const missing = carried.filter((o) => !toOptions.includes(o));
        if (missing.length > 0) {
          at(
            where,
            `${into} in ${targetId} does not allow ${describeList(missing)}, which ${fromName} in ${sourceId} can hold.`,
            `Add a "map" from each of these codes to one it allows, or list them in "skipValues" so they are not carried.`,
          );
        }
      }
    } else if (toOptions) {
      at(
        where,
        `It copies a ${typeOf(s)} answer into ${into}, which is a choice.`,
        'Add a "map" from the answers to the codes, or leave the field out.',
      );
    } else if (typeOf(s) !== typeOf(t)) {
      at(
        where,
        `It copies the ${typeOf(s)} answer ${fromName} into ${into}, which holds a ${typeOf(t)}.`,
        'Pair fields that hold the same kind of answer.',
      );
    }
    if (typeof s.maxLength === 'number' && typeof t.maxLength === 'number' && s.maxLength > t.maxLength) {
      at(
        where,
        `${fromName} holds up to ${s.maxLength} characters, but ${into} only ${t.maxLength}: a long answer would not fit.`,
        `Raise maxLength of ${into} in ${targetId}, or leave the field out.`,
      );
    }
    checkAudience(where, from, to, rule);
  };

  /** Checks that everything the source place holds has a matching place in the target. */
  const checkShapes = (where: string, from: Place, to: Place, rule: CarryForwardRule) => {
    const container = (k: Place['kind']) => (k === 'row' ? 'object' : k);
    if (container(from.kind) !== container(to.kind)) {
      at(
        where,
        `It copies ${kindName(from.kind)} into ${fieldName(target, to.pattern)}, which is ${kindName(to.kind)}.`,
        'Pair an answer with an answer, a group with a group and a list with a list.',
      );
      return;
    }
    if (from.kind === 'leaf') {
      checkLeaf(where, from.field, to.field, rule);
      return;
    }
    for (const inner of subFields(fromForm(rule), from)) {
      const relative = inner.dataPath.slice(from.pattern.length);
      const match = fieldAtPattern(target.schema, [...to.pattern, ...relative]);
      if (!match) {
        at(
          where,
          `${fieldName(fromForm(rule), inner.dataPath)} in ${rule.fromTarget !== undefined ? targetId : sourceId} has nowhere to go: ${targetId} has no /${[...to.pattern, ...relative].join('/')}.`,
          'Copy the fields one by one and leave that one out, or add it to the target schema.',
        );
      } else if (inner.kind !== match.kind) {
        at(
          where,
          `${fieldName(fromForm(rule), inner.dataPath)} is ${inner.kind === 'leaf' ? 'an answer' : `a ${inner.kind}`} but ${fieldName(target, match.dataPath)} in ${targetId} is ${match.kind === 'leaf' ? 'an answer' : `a ${match.kind}`}.`,
          'Copy the fields one by one instead.',
        );
      } else if (inner.kind === 'leaf') {
        checkLeaf(where, inner, match, rule);
      }
    }
  };

  const fromForm = (rule: CarryForwardRule) => (rule.fromTarget !== undefined ? target : source);

  const checkFixedValue = (where: string, value: unknown, to: Place) => {
    const t = to.field.schema;
    if (to.kind !== 'leaf') {
      const fits = to.kind === 'array' ? Array.isArray(value) : isObject(value);
      if (!fits)
        at(
          where,
          `The fixed value does not fit ${fieldName(target, to.pattern)}, which is a ${to.kind === 'array' ? 'list' : 'group'}.`,
          'Give an empty list [] or group {}, or point "to" at an answer.',
        );
      return;
    }
    if (to.field.options && !to.field.options.includes(value)) {
      at(
        where,
        `${fieldName(target, to.pattern)} in ${targetId} does not allow ${JSON.stringify(value)}.`,
        `Use one of ${describeList(to.field.options)}.`,
      );
    } else if (!to.field.options) {
      const kind = typeof value;
      const expected =
        t.type === 'integer' || t.type === 'number' ? 'number' : t.type === 'boolean' ? 'boolean' : 'string';
      if (kind !== expected)
        at(
          where,
          `The fixed value is a ${kind}, but ${fieldName(target, to.pattern)} holds a ${expected}.`,
          `Give a ${expected}.`,
        );
    }
  };

  m.rules.forEach((rule, i) => {
    const base = `/rules/${i}`;
    const to = place(`${base}/to`, rule.to, target);
    const fromKey = rule.fromTarget !== undefined ? 'fromTarget' : 'from';
    const fromPointer = rule.fromTarget ?? rule.from;
    const from = fromPointer === undefined ? undefined : place(`${base}/${fromKey}`, fromPointer, fromForm(rule));
    for (const [pointer] of Object.entries(rule.when ?? {})) {
      const condition = place(`${base}/when`, pointer, source);
      if (condition && condition.kind !== 'leaf')
        at(`${base}/when`, `"${pointer}" is not an answer, so it cannot be compared.`, 'Point at an answer.');
    }
    if (from && rule.where) {
      const star = parsePattern(fromPointer as string).indexOf(EVERY_ROW);
      const rowPattern = from.pattern.slice(0, star + 1);
      for (const pointer of Object.keys(rule.where)) place(`${base}/where`, pointer, fromForm(rule), rowPattern);
    }
    if (from && to && rule.match) {
      const sourceStar = parsePattern(fromPointer as string).indexOf(EVERY_ROW);
      const targetStar = parsePattern(rule.to).indexOf(EVERY_ROW);
      place(`${base}/match/source`, rule.match.source, fromForm(rule), from.pattern.slice(0, sourceStar + 1));
      if (rule.match.target !== '#')
        place(`${base}/match/target`, rule.match.target, target, to.pattern.slice(0, targetStar + 1));
    }
    if (!to) return;
    if (Object.hasOwn(rule, 'value')) {
      checkFixedValue(`${base}/value`, rule.value, to);
      return;
    }
    if (!from) return;
    if (rule.take === 'rowNumber' || rule.take === 'nextRowNumber') {
      if (rule.take === 'nextRowNumber' && from.kind !== 'array')
        at(
          `${base}/${fromKey}`,
          '"nextRowNumber" counts the rows of a list, but this is not a list.',
          'Point at a list.',
        );
      const t = to.field.schema;
      const fits =
        to.kind === 'leaf' &&
        (t.type === 'integer' || t.type === 'number' || (t.type === 'string' && rule.as === 'string'));
      if (!fits)
        at(
          `${base}/to`,
          `A row number goes into ${fieldName(target, to.pattern)}, which does not hold a number.`,
          'Point at a number field, or at a text field with "as": "string".',
        );
      return;
    }
    checkShapes(`${base}/${fromKey}`, from, to, rule);
  });

  for (const [i, pair] of (m.sameCase ?? []).entries()) {
    place(`/sameCase/${i}/source`, pair.source, source);
    place(`/sameCase/${i}/target`, pair.target, target);
  }
  if (m.review) {
    const date = place('/review/date', m.review.date, source);
    if (date && date.field.schema.format !== 'date')
      at('/review/date', `"${m.review.date}" is not a date field.`, 'Point at the date the review was held.');
    place('/review/outcome', m.review.outcome, source);
  }
  return problems;
}
