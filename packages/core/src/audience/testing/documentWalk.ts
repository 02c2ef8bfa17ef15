import type { Audience } from '@adoption-support/schemas';
import { getAtPointer, toPointer } from '../../definition/jsonPointer';
import { objectItems, resolveRef, type SchemaNode } from '../../definition/schemaFields';
import { fieldAtPath, type PathInfo } from '../../hidden-data/fieldAtPath';
import { conditionAllows, rowsPerRelative } from '../conditions';

/** One answer found in a document, with what the schema says about its place. */
export interface FoundLeaf {
  tokens: string[];
  value: unknown;
  info: PathInfo;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the schema expects a container here and the value has that shape. */
function opens(info: PathInfo, value: unknown): boolean {
  if (info.kind === 'array') return Array.isArray(value);
  if (info.kind === 'object' || info.kind === 'row') return isObject(value);
  return false;
}

/** Every answer in a document, and every value the schema does not describe, with its place. */
export function leavesOf(schema: SchemaNode, value: unknown, tokens: string[] = []): FoundLeaf[] {
  const info = fieldAtPath(schema, tokens);
  if (tokens.length > 0 && !opens(info, value)) return [{ tokens, value, info }];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((row, i) => [String(i), row])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, child]) => leavesOf(schema, child, [...tokens, key]));
}

/** Every place in a document (sections, lists, rows and answers), root excluded. */
export function placesOf(value: unknown, tokens: string[] = []): string[][] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((row, i) => [String(i), row])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, child]) => [[...tokens, key], ...placesOf(child, [...tokens, key])]);
}

/** Each answer in a redacted document that the reader's effective audience does not grant. */
export function ungrantedLeaves(schema: SchemaNode, output: unknown, audience: Audience): string[] {
  return leavesOf(schema, output)
    .filter(({ info }) => info.kind !== 'leaf' || !info.field?.audience?.includes(audience))
    .map(({ tokens, info }) =>
      info.kind === 'leaf'
        ? `${toPointer(tokens)}: its audience is [${info.field?.audience?.join(', ') ?? 'none'}]`
        : `${toPointer(tokens)}: not an answer the schema declares (${info.kind})`,
    );
}

const sameJson = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a)) {
    return (
      isObject(b) &&
      Object.keys(a).length === Object.keys(b).length &&
      Object.keys(a).every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return Object.is(a, b);
};

/**
 * Where `output` is not a sub-document of `input`: every value kept must equal the input's value at
 * the same place, where rows of a list line up once the rows listed in `removed` (pointers into the
 * input) are taken out.
 */
export function subDocumentMismatches(
  schema: SchemaNode,
  input: unknown,
  output: unknown,
  removed: readonly string[],
): string[] {
  const gone = new Set(removed);
  const problems: string[] = [];
  const walk = (out: unknown, inp: unknown, inTokens: string[]) => {
    const at = toPointer(inTokens);
    const info = fieldAtPath(schema, inTokens);
    if (inTokens.length > 0 && !opens(info, out)) {
      if (!sameJson(out, inp)) problems.push(`${at}: the value differs from the input's`);
      return;
    }
    if (Array.isArray(out)) {
      if (!Array.isArray(inp)) {
        problems.push(`${at}: a list where the input has none`);
        return;
      }
      const kept = inp.map((_, i) => i).filter((i) => !gone.has(toPointer([...inTokens, String(i)])));
      if (kept.length !== out.length) {
        problems.push(`${at}: ${out.length} rows, but ${kept.length} input rows were not removed`);
        return;
      }
      out.forEach((row, k) => {
        walk(row, inp[kept[k] as number], [...inTokens, String(kept[k])]);
      });
      return;
    }
    if (!isObject(inp)) {
      problems.push(`${at}: a group where the input has none`);
      return;
    }
    for (const [key, value] of Object.entries(out as Record<string, unknown>)) {
      if (!Object.hasOwn(inp, key)) problems.push(`${toPointer([...inTokens, key])}: not in the input`);
      else walk(value, inp[key], [...inTokens, key]);
    }
  };
  walk(output, input, []);
  return problems;
}

const isScalar = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Whether the answer at `tokens` is one the reader may see once conditions are read: every
 * `x-audience-when` on its path holds, and, for the birth family, it lies in the relative's own row
 * of the first list on its path (unless that list is marked `"all"`).
 */
function conditionsLetSee(
  root: SchemaNode,
  document: unknown,
  tokens: readonly string[],
  audience: Audience,
  birthFamilyRecipient: number | undefined,
): boolean {
  let node: SchemaNode | undefined = root;
  let ownRow = false;
  for (const [i, token] of tokens.entries()) {
    if (!node) return false;
    const items = objectItems(root, node);
    const list = node;
    if (items) {
      if (audience === 'birthFamily' && !ownRow && rowsPerRelative(list) && Number(token) !== birthFamilyRecipient)
        return false;
      ownRow = ownRow || audience === 'birthFamily';
      node = items;
    } else {
      const properties = node.properties as Record<string, SchemaNode> | undefined;
      node =
        properties && Object.hasOwn(properties, token) ? resolveRef(root, properties[token] as SchemaNode) : undefined;
    }
    if (node && !conditionAllows(node, audience, document, getAtPointer(document, tokens.slice(0, i + 1))))
      return false;
  }
  return true;
}

/**
 * Answers in `input` the reader may see that `output` lacks. An answer may be seen when its effective
 * audience includes the reader, it has the shape of an answer, its conditions hold, and, for the
 * birth family, it lies in the relative's own row of the first list on its path. Rows line up as in {@link subDocumentMismatches}.
 */
export function missingAnswers(
  schema: SchemaNode,
  input: unknown,
  output: unknown,
  removed: readonly string[],
  audience: Audience,
  birthFamilyRecipient?: number,
): string[] {
  const gone = new Set(removed);
  const missing: string[] = [];
  for (const { tokens, value, info } of leavesOf(schema, input)) {
    if (info.kind !== 'leaf' || !info.field?.audience?.includes(audience)) continue;
    if (!isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) continue;
    if (!conditionsLetSee(schema, input, tokens, audience, birthFamilyRecipient)) continue;
    // Where the answer sits in the output: each row moves up by the rows removed before it.
    const outTokens = tokens.map((token, i) => {
      if (info.pattern[i] !== '*') return token;
      const list = tokens.slice(0, i);
      let position = 0;
      for (let r = 0; r < Number(token); r += 1) if (!gone.has(toPointer([...list, String(r)]))) position += 1;
      return String(position);
    });
    let found: unknown = output;
    for (const token of outTokens)
      found = isObject(found) || Array.isArray(found) ? (found as Record<string, unknown>)[token] : undefined;
    if (!sameJson(found, value)) missing.push(toPointer(tokens));
  }
  return missing;
}
