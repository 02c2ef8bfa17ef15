import type { FormDefinitionData } from '@adoption-support/schemas';
import { assertDefinition, assertDepth, assertObject, assertString, guarded } from '../definition/jsonInput';
import { toPointer } from '../definition/jsonPointer';
import { type SchemaField, schemaFields } from '../definition/schemaFields';
import { fieldAtPattern } from '../hidden-data/fieldAtPath';
import type { CarryForwardMapping, CarryForwardProblem, CarryForwardRule } from './CarryForwardMapping';
import { checkFixedValue, checkLeaf, type MappingCheck } from './checkMappedValues';
import { isPlace, nearestName, type Place, resolve } from './mappingPlaces';
import { mappingFile, mappingShapeProblems } from './mappingShapeProblems';
import { fieldName, kindName } from './mappingWords';
import { EVERY_ROW, parsePattern } from './pointerPattern';

/** The two forms a mapping joins. */
export interface MappingForms {
  source: FormDefinitionData;
  target: FormDefinitionData;
}

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
  const fromForm = (rule: CarryForwardRule) => (rule.fromTarget !== undefined ? target : source);
  const check: MappingCheck = { at, mapping: m, target, sourceId, targetId, fromForm };

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
      checkLeaf(check, where, from.field, to.field, rule);
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
        checkLeaf(check, where, inner, match, rule);
      }
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
      checkFixedValue(check, `${base}/value`, rule.value, to);
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
