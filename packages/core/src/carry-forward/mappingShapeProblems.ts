import { AUDIENCES } from '../definition/annotations';
import { assertDepth, assertString, guarded } from '../definition/jsonInput';
import type { CarryForwardProblem } from './CarryForwardMapping';
import { isObject } from './json';
import { EVERY_ROW, LAST_ROW, NEW_ROW, parsePattern, rowWildcards } from './pointerPattern';

const RULE_KEYS = new Set([
  'from',
  'fromTarget',
  'value',
  'take',
  'as',
  'to',
  'map',
  'skipValues',
  'when',
  'where',
  'match',
  'unmatched',
  'allowWider',
  'note',
]);
const MAPPING_KEYS = new Set([
  '$comment',
  'kind',
  'description',
  'source',
  'target',
  'sameCase',
  'review',
  'allowWider',
  'rules',
]);

/** The usual file of a mapping: `<target>/carry-forward/<source>.json`. */
export function mappingFile(mapping: unknown): string {
  const m = isObject(mapping) ? mapping : {};
  const target = isObject(m.target) && typeof m.target.form === 'string' ? m.target.form : '(target)';
  const source = isObject(m.source) && typeof m.source.form === 'string' ? m.source.form : '(source)';
  return `${target}/carry-forward/${source}.json`;
}

/**
 * Checks the shape of a mapping without reading any schema: the keys it may have, pointers that
 * parse, tokens used where they mean something. Run before every use; `checkCarryForwardMapping`
 * adds the checks against the two forms' schemas.
 */
export function mappingShapeProblems(mapping: unknown, file?: string): CarryForwardProblem[] {
  return guarded('mappingShapeProblems', () => {
    assertDepth({ function: 'mappingShapeProblems', argument: 'mapping' }, mapping);
    if (file !== undefined) assertString({ function: 'mappingShapeProblems', argument: 'file' }, file);
    return shapeProblems(mapping, file ?? mappingFile(mapping));
  });
}

function shapeProblems(mapping: unknown, file: string): CarryForwardProblem[] {
  const problems: CarryForwardProblem[] = [];
  const at = (pointer: string, message: string, fix: string) => problems.push({ file, pointer, message, fix });
  if (!isObject(mapping)) {
    at(
      '',
      'The mapping is not a JSON object.',
      'Write it as { "kind": ..., "source": ..., "target": ..., "rules": [...] }.',
    );
    return problems;
  }
  for (const key of Object.keys(mapping)) {
    if (!MAPPING_KEYS.has(key)) {
      at(`/${key}`, `"${key}" is not a mapping setting.`, `Use only ${[...MAPPING_KEYS].join(', ')}.`);
    }
  }
  const apply = mapping.kind === 'apply';
  if (mapping.kind !== 'prefill' && !apply) {
    at(
      '/kind',
      '"kind" must be "prefill" or "apply".',
      'Use "prefill" to start a document, "apply" to write a review into a plan.',
    );
  }
  if (typeof mapping.description !== 'string' || mapping.description.trim() === '') {
    at('/description', 'The mapping has no description.', 'Say in a sentence what the mapping is for.');
  }
  const source = mapping.source;
  if (
    !isObject(source) ||
    typeof source.form !== 'string' ||
    !Array.isArray(source.versions) ||
    source.versions.length === 0
  ) {
    at(
      '/source',
      '"source" must name the form and the versions the mapping reads.',
      'Write { "form": "asp-england", "versions": ["2025.1"] }.',
    );
  }
  const target = mapping.target;
  if (!isObject(target) || typeof target.form !== 'string' || typeof target.version !== 'string') {
    at(
      '/target',
      '"target" must name the form and the version the mapping writes.',
      'Write { "form": "asp-review-england", "version": "2025.1" }.',
    );
  }
  const pointerAt = (pointer: string, value: unknown) => {
    try {
      return parsePattern(value as string);
    } catch (error) {
      at(pointer, (error as Error).message, 'Write a JSON pointer into the form data, such as "/child/dateOfBirth".');
      return undefined;
    }
  };
  const audiencesAt = (pointer: string, value: unknown) => {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.some((a) => !AUDIENCES.includes(a))) {
      at(pointer, '"allowWider" must list audiences.', `Use some of ${AUDIENCES.join(', ')}.`);
    }
  };
  audiencesAt('/allowWider', mapping.allowWider);
  if (mapping.sameCase !== undefined) {
    if (!Array.isArray(mapping.sameCase))
      at('/sameCase', '"sameCase" must be a list.', 'Write [{ "source": "/...", "target": "/..." }].');
    else {
      for (const [i, pair] of mapping.sameCase.entries()) {
        if (!isObject(pair)) {
          at(
            `/sameCase/${i}`,
            'Each pair needs "source" and "target".',
            'Write { "source": "/...", "target": "/..." }.',
          );
          continue;
        }
        pointerAt(`/sameCase/${i}/source`, pair.source);
        pointerAt(`/sameCase/${i}/target`, pair.target);
      }
    }
  }
  if (apply) {
    const review = mapping.review;
    if (!isObject(review)) {
      at(
        '/review',
        'An apply mapping must say where the review keeps its date and outcome.',
        'Add "review": { "date": "/...", "outcome": "/..." }.',
      );
    } else {
      pointerAt('/review/date', review.date);
      pointerAt('/review/outcome', review.outcome);
    }
  }
  if (!Array.isArray(mapping.rules) || mapping.rules.length === 0) {
    at('/rules', 'The mapping has no rules.', 'Add at least one rule: { "from": "/...", "to": "/..." }.');
    return problems;
  }
  for (const [i, rule] of mapping.rules.entries()) {
    ruleShapeProblems(rule, `/rules/${i}`, apply, at, pointerAt, audiencesAt);
  }
  return problems;
}

function ruleShapeProblems(
  rule: unknown,
  base: string,
  apply: boolean,
  at: (pointer: string, message: string, fix: string) => void,
  pointerAt: (pointer: string, value: unknown) => string[] | undefined,
  audiencesAt: (pointer: string, value: unknown) => void,
): void {
  if (!isObject(rule)) {
    at(base, 'The rule is not a JSON object.', 'Write { "from": "/...", "to": "/..." }.');
    return;
  }
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.has(key))
      at(`${base}/${key}`, `"${key}" is not a rule setting.`, `Use only ${[...RULE_KEYS].join(', ')}.`);
  }
  const sources = ['from', 'fromTarget', 'value'].filter((k) => Object.hasOwn(rule, k));
  if (sources.length !== 1) {
    at(
      base,
      'A rule needs exactly one of "from", "fromTarget" and "value".',
      'Keep the one that says where the value comes from.',
    );
  }
  if (Object.hasOwn(rule, 'fromTarget') && !apply) {
    at(
      `${base}/fromTarget`,
      '"fromTarget" reads the plan being updated, so only apply mappings have it.',
      'Use "from", or make the mapping "kind": "apply".',
    );
  }
  const from = Object.hasOwn(rule, 'from') ? pointerAt(`${base}/from`, rule.from) : undefined;
  const fromTarget = Object.hasOwn(rule, 'fromTarget') ? pointerAt(`${base}/fromTarget`, rule.fromTarget) : undefined;
  const sourcePattern = from ?? fromTarget;
  const to = pointerAt(`${base}/to`, rule.to);
  if (to && to.length === 0) at(`${base}/to`, '"to" cannot be the whole document.', 'Point at a field.');
  if (sourcePattern?.includes(NEW_ROW)) {
    at(
      `${base}/${from ? 'from' : 'fromTarget'}`,
      '"-" (a new row) can only be written to.',
      `Use "${EVERY_ROW}" for every row or "${LAST_ROW}" for the last.`,
    );
  }
  if (to?.includes(LAST_ROW))
    at(`${base}/to`, `"${LAST_ROW}" can only be read from.`, `Use "${EVERY_ROW}", a row number, or "-" for a new row.`);
  if (to?.includes(NEW_ROW) && !apply) {
    at(
      `${base}/to`,
      '"-" (a new row) is for apply mappings: a prefill never adds rows to a list someone typed.',
      `Use "${EVERY_ROW}".`,
    );
  }
  if (to && to.filter((t) => t === NEW_ROW).length > 1)
    at(`${base}/to`, 'Only one "-" may appear in a pointer.', 'Write to one new row at a time.');
  const take = rule.take ?? 'value';
  if (!['value', 'rowNumber', 'nextRowNumber'].includes(take as string)) {
    at(
      `${base}/take`,
      '"take" must be "value", "rowNumber" or "nextRowNumber".',
      'Remove it to take the value itself.',
    );
  }
  if (take === 'rowNumber' && sourcePattern && rowWildcards(sourcePattern) === 0) {
    at(
      `${base}/take`,
      '"rowNumber" needs a "*" in the source to number the rows.',
      'Point "from" at the rows, such as "/supportItems/*".',
    );
  }
  if (take === 'nextRowNumber' && sourcePattern?.some((t) => t === EVERY_ROW || t === LAST_ROW)) {
    at(
      `${base}/take`,
      '"nextRowNumber" counts the rows of one list.',
      'Point at the list itself, such as "/review/reviews".',
    );
  }
  if (rule.as !== undefined && rule.as !== 'string')
    at(`${base}/as`, '"as" can only be "string".', 'Remove it, or write "string".');
  if (rule.map !== undefined && !isObject(rule.map))
    at(`${base}/map`, '"map" must be an object of codes.', 'Write { "sourceCode": "targetCode" }.');
  if (rule.skipValues !== undefined && !Array.isArray(rule.skipValues)) {
    at(`${base}/skipValues`, '"skipValues" must be a list.', 'Write ["code"].');
  }
  for (const key of ['when', 'where'] as const) {
    const value = rule[key];
    if (value === undefined) continue;
    if (!isObject(value)) {
      at(
        `${base}/${key}`,
        `"${key}" must be an object of pointers to lists of values.`,
        'Write { "/pointer": ["value"] }.',
      );
      continue;
    }
    for (const [pointer, allowed] of Object.entries(value)) {
      pointerAt(`${base}/${key}`, pointer);
      if (!Array.isArray(allowed))
        at(`${base}/${key}`, `The values for "${pointer}" must be a list.`, `Write "${pointer}": ["value"].`);
    }
  }
  if (rule.where !== undefined && sourcePattern && rowWildcards(sourcePattern) === 0) {
    at(
      `${base}/where`,
      '"where" picks rows, but the source has no "*".',
      'Point "from" at the rows, or remove "where".',
    );
  }
  if (rule.match !== undefined) {
    const match = rule.match;
    if (!isObject(match) || typeof match.source !== 'string' || typeof match.target !== 'string') {
      at(
        `${base}/match`,
        '"match" needs "source" and "target" pointers inside a row.',
        'Write { "source": "/service", "target": "/service" }; use "#" as target for the row number.',
      );
    } else {
      pointerAt(`${base}/match/source`, match.source);
      if (match.target !== '#') pointerAt(`${base}/match/target`, match.target);
    }
    if (to?.includes(NEW_ROW))
      at(`${base}/to`, '"match" finds rows of a list already there, not of a new row.', 'Remove "-" from "to".');
    if (to && sourcePattern && (rowWildcards(to) !== 1 || rowWildcards(sourcePattern) !== 1)) {
      at(
        `${base}/match`,
        '"match" pairs one list with one list.',
        'Use exactly one "*" in the source and one in "to".',
      );
    }
  }
  if (rule.unmatched !== undefined && !['skip', 'append'].includes(rule.unmatched as string)) {
    at(`${base}/unmatched`, '"unmatched" must be "skip" or "append".', 'Remove it to skip rows that match nothing.');
  }
  if (rule.unmatched !== undefined && rule.match === undefined) {
    at(`${base}/unmatched`, '"unmatched" only means something with "match".', 'Add "match", or remove "unmatched".');
  }
  if (to && sourcePattern && rule.match === undefined) {
    const inTo = rowWildcards(to);
    if (inTo !== 0 && inTo !== rowWildcards(sourcePattern)) {
      at(
        `${base}/to`,
        `"to" has ${inTo} "*" but the source has ${rowWildcards(sourcePattern)}.`,
        'Give "to" one "*" for each in the source, or none to take the first match.',
      );
    }
  }
  if (to && Object.hasOwn(rule, 'value') && rowWildcards(to) > 0) {
    at(`${base}/to`, 'A fixed value has no rows to pair "*" with.', 'Write to a single field, or a new row with "-".');
  }
  audiencesAt(`${base}/allowWider`, rule.allowWider);
}
