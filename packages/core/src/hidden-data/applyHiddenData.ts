import type { FormDefinitionData } from '@adoption-support/schemas';
import { assertArray, assertDefinition, assertDepth, cloneJson, describeValue, guarded } from '../definition/jsonInput';
import { getAtPointer, parsePointer, toPointer } from '../definition/jsonPointer';
import { KitInputError } from '../errors';
import { compareDocumentOrder, isWithin } from './documentOrder';
import { describePath } from './fieldAtPath';

/** One answer taken out of a document because its field was hidden and its policy is `clear`. */
export interface ClearedValue {
  /** JSON pointer into the data as it was before clearing. */
  pointer: string;
  /** The value that was there, so that a screen can offer to put it back. */
  previous: unknown;
}

/** The data with hidden `clear` answers taken out, and what was taken. */
export interface HiddenDataResult<T = Record<string, unknown>> {
  /** A new document; the one passed in is never changed. */
  data: T;
  /** What was cleared, in document order. Give it to `restoreHiddenData` to undo. */
  cleared: ClearedValue[];
}

interface Removal {
  tokens: string[];
  previous: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Works out, without changing anything, what clearing the hidden value at `tokens` removes. Returns
 * whether anything under it stays: a value the schema does not know, a `retain` answer, or a
 * container whose own policy is `retain`.
 */
function plan(
  schema: Record<string, unknown>,
  value: unknown,
  tokens: string[],
  removals: Removal[],
): { kept: boolean } {
  const info = describePath(schema, tokens);
  if (info.kind === 'unknown') return { kept: true };
  const clear = info.hiddenData === 'clear';
  const children: [string, unknown][] | undefined =
    info.kind === 'array' && Array.isArray(value)
      ? value.map((row, i) => [String(i), row])
      : (info.kind === 'object' || info.kind === 'row') && isObject(value)
        ? Object.entries(value)
        : undefined;
  if (!children) {
    // A leaf, or a value whose shape does not match its container: the field's own policy decides.
    if (!clear) return { kept: true };
    removals.push({ tokens, previous: value });
    return { kept: false };
  }
  const inner: Removal[] = [];
  let keptAny = false;
  for (const [key, child] of children) {
    if (plan(schema, child, [...tokens, key], inner).kept) keptAny = true;
  }
  if (!keptAny && clear) {
    // Nothing under it survives and the container itself clears: take it out whole.
    removals.push({ tokens, previous: value });
    return { kept: false };
  }
  removals.push(...inner);
  return { kept: true };
}

function removeAt(root: Record<string, unknown>, tokens: readonly string[]): void {
  const parent = getAtPointer(root, tokens.slice(0, -1));
  const last = tokens.at(-1) as string;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (isObject(parent)) delete parent[last];
}

/**
 * Applies the hidden-data policy of each hidden field. `hiddenPointers` are JSON pointers into the
 * data of the fields a rule has hidden (`/supportItems/2/signOff`, `/child/siblings/members`). An
 * answer whose effective `x-hidden-data` policy is `clear` is taken out; a `retain` answer stays.
 * For an object or a list, each answer inside follows its own policy, and the container goes only
 * when it clears and nothing inside it stays. Values the schema does not describe are always kept.
 *
 * Pure: the input is never changed, and the result is the same in Node and in browsers.
 */
export function applyHiddenData<T = Record<string, unknown>>(
  definition: FormDefinitionData,
  data: unknown,
  hiddenPointers: readonly string[],
): HiddenDataResult<T> {
  return guarded('applyHiddenData', () => clearHidden<T>(definition, data, hiddenPointers));
}

function clearHidden<T>(definition: FormDefinitionData, data: unknown, hiddenPointers: readonly string[]) {
  const site = { function: 'applyHiddenData' };
  assertDefinition(site, definition);
  const form = definition.manifest.id;
  assertDepth({ ...site, form, argument: 'data' }, data);
  assertArray(
    { ...site, form, argument: 'hiddenPointers' },
    hiddenPointers,
    '',
    'Pass the `hidden` list of the rule outcome.',
  );
  const targets: string[][] = [];
  for (const [index, pointer] of hiddenPointers.entries()) {
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      throw new KitInputError({
        ...site,
        form,
        argument: 'hiddenPointers',
        pointer: `/${index}`,
        problem: `${describeValue(pointer)} is not a JSON pointer.`,
        fix: 'Pass pointers into the data, such as "/supportItems/2/signOff".',
      });
    }
    if (tokens.length > 0 && getAtPointer(data, tokens) !== undefined) targets.push(tokens);
  }
  targets.sort(compareDocumentOrder);
  // A field inside another hidden field is already covered by it.
  const outermost = targets.filter(
    (t, i) => !targets.some((other, j) => j !== i && isWithin(t, other) && (other.length < t.length || j < i)),
  );

  const removals: Removal[] = [];
  for (const tokens of outermost) plan(definition.schema, getAtPointer(data, tokens), tokens, removals);
  removals.sort((a, b) => compareDocumentOrder(a.tokens, b.tokens));
  if (removals.length === 0 || !isObject(data)) return { data: cloneJson(data) as T, cleared: [] };

  const next = cloneJson(data);
  // Last first, so that taking out a row never moves one still to be taken out.
  for (const removal of [...removals].reverse()) removeAt(next, removal.tokens);
  return {
    data: next as T,
    cleared: removals.map((r) => ({ pointer: toPointer(r.tokens), previous: cloneJson(r.previous) })),
  };
}
