// The checks of what a carry-forward rule writes: answers that fit, fixed values, and who may see them.
import type { Audience, FormDefinitionData } from '@adoption-support/schemas';
import type { SchemaField } from '../definition/schemaFields';
import type { CarryForwardMapping, CarryForwardRule } from './CarryForwardMapping';
import { isObject } from './json';
import type { Place } from './mappingPlaces';
import { describeList, fieldName, typeOf } from './mappingWords';

/** What the checks of one mapping share: where to report, the mapping, and the two forms. */
export interface MappingCheck {
  at: (pointer: string, message: string, fix: string) => void;
  mapping: CarryForwardMapping;
  target: FormDefinitionData;
  sourceId: string;
  targetId: string;
  /** The form a rule reads from: the target for `fromTarget`, else the source. */
  fromForm: (rule: CarryForwardRule) => FormDefinitionData;
}

/** Reports a rule that would show an answer to more readers than its source does, unless allowed. */
function checkAudience(
  c: MappingCheck,
  where: string,
  from: SchemaField,
  to: SchemaField,
  rule: CarryForwardRule,
): void {
  const { at, mapping: m, target, targetId, sourceId, fromForm } = c;
  const seen = new Set(from.audience ?? []);
  const allowed = new Set<Audience>([...(m.allowWider ?? []), ...(rule.allowWider ?? [])]);
  const wider = (to.audience ?? []).filter((a) => !seen.has(a) && !allowed.has(a));
  if (wider.length === 0) return;
  at(
    where,
    `It would show the answer at ${fieldName(fromForm(rule), from.dataPath)} in ${rule.fromTarget !== undefined ? targetId : sourceId} to ${wider.join(', ')}, as ${fieldName(target, to.dataPath)} in ${targetId}, but the source shows it only to ${from.audience?.join(', ') || 'no one outside the case workers'}.`,
    `Leave the field out, narrow the target's x-audience, or add "allowWider": [${describeList(wider)}] to the rule to say this is intended.`,
  );
}

/** Checks that one answer fits where a rule copies it: choice codes, kind of answer, length and readers. */
export function checkLeaf(
  c: MappingCheck,
  where: string,
  from: SchemaField,
  to: SchemaField,
  rule: CarryForwardRule,
): void {
  const { at, target, targetId, sourceId, fromForm } = c;
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
    const bad = toOptions ? mapped.filter((v) => !toOptions.includes(v)) : mapped.filter((v) => typeof v !== expected);
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
  checkAudience(c, where, from, to, rule);
}

/** Checks that a rule's fixed value fits the place it is written to. */
export function checkFixedValue(c: MappingCheck, where: string, value: unknown, to: Place): void {
  const { at, target, targetId } = c;
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
}
