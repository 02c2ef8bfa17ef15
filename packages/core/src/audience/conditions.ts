import type { Audience } from '@adoption-support/schemas';
import { AUDIENCE_WHEN_KEYWORD, BIRTH_FAMILY_ROWS_KEYWORD } from '../definition/annotations';
import { getAtPointer } from '../definition/jsonPointer';
import type { SchemaNode } from '../definition/schemaFields';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isValue = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The tokens of a condition's `field`: a pointer from the root (`/a/b`) or a path from here (`a/b`). */
function fieldTokens(field: string): { fromRoot: boolean; tokens: string[] } {
  const fromRoot = field.startsWith('/');
  const tokens = (fromRoot ? field.slice(1) : field).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { fromRoot, tokens };
}

/**
 * Whether the `x-audience-when` of `schema` lets `audience` see the value `here` in the document
 * `document`. True when the keyword says nothing about the audience. Deny by default: a condition
 * that is not well formed, or an answer that is missing or not a single value, denies.
 */
export function conditionAllows(schema: SchemaNode, audience: Audience, document: unknown, here: unknown): boolean {
  const conditions = schema[AUDIENCE_WHEN_KEYWORD];
  if (conditions === undefined) return true;
  if (!isObject(conditions)) return false;
  if (!Object.hasOwn(conditions, audience)) return true;
  const condition = conditions[audience];
  if (!isObject(condition) || typeof condition.field !== 'string') return false;
  const { fromRoot, tokens } = fieldTokens(condition.field);
  const answer = getAtPointer(fromRoot ? document : here, tokens);
  if (!isValue(answer)) return false;
  if (Array.isArray(condition.in)) return condition.in.includes(answer);
  if (Array.isArray(condition.notIn)) return !condition.notIn.includes(answer);
  return false;
}

/**
 * Whether a list a birth relative may see holds one row per relative (`"own"`, the default: they
 * see only their own row) rather than rows that all belong to the one person the document is about.
 */
export const rowsPerRelative = (list: SchemaNode): boolean => list[BIRTH_FAMILY_ROWS_KEYWORD] !== 'all';
