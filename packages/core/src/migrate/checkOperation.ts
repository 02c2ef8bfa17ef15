import { EVERY_ITEM, isForbiddenToken, isJsonObject, pointerTokens } from './documentPaths';
import { describeValue } from './MigrationError';

/** A fault in a migration file, with the pointer into that file. */
export interface MigrationFileProblem {
  pointer: string;
  message: string;
  fix: string;
}

/** Records one fault. */
export type Fault = (pointer: string, message: string, fix: string) => void;

/** The operations the kit knows. */
export const OPERATIONS = ['rename', 'move', 'split', 'merge', 'remapOptions', 'setDefault', 'preserve', 'code'];

/** Longest pointer a migration may use, in characters and in tokens. */
const MAX_POINTER_LENGTH = 1000;
const MAX_POINTER_TOKENS = 32;
/** Most headings per part, and longest heading, so a split stays quick on any answer. */
const MAX_HEADINGS = 20;
const MAX_HEADING_LENGTH = 200;
const NUMERIC = /^(?:0|[1-9]\d*)$/;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function checkPointer(value: unknown, at: string, fault: Fault): value is string {
  if (typeof value !== 'string') {
    fault(at, 'This must be a JSON pointer into the data, like "/child/dateOfBirth".', 'Write the pointer as text.');
    return false;
  }
  let tokens: string[] = [];
  try {
    tokens = value.length > MAX_POINTER_LENGTH ? [] : pointerTokens(value);
  } catch {
    tokens = [];
  }
  if (
    tokens.length === 0 ||
    tokens.length > MAX_POINTER_TOKENS ||
    tokens.some((t) => isForbiddenToken(t) || t === '')
  ) {
    fault(
      at,
      `"${short(value)}" is not a pointer to a field.`,
      'Write it as "/section/field", with "*" for every row of a list, e.g. "/network/professionals/*/name". Names like __proto__ are not allowed.',
    );
    return false;
  }
  return true;
}

const wildcards = (pointer: string) => pointerTokens(pointer).filter((t) => t === EVERY_ITEM).length;

/** Checks that each of `targets` (already checked pointers) has no more `*` than `from`. */
function checkTargets(from: string, targets: [string, unknown][], fault: Fault): void {
  for (const [at, pointer] of targets) {
    if (checkPointer(pointer, at, fault) && wildcards(pointer) > wildcards(from)) {
      fault(
        at,
        `"${short(pointer)}" has more "*" than "${short(from)}", so the rows it names are not known.`,
        'Use the same "*" positions in both pointers.',
      );
    }
  }
}

/** Checks one operation of a migration, reporting each fault with its pointer. */
export function checkOperation(op: unknown, at: string, fault: Fault): void {
  if (!isJsonObject(op) || typeof op.op !== 'string' || !OPERATIONS.includes(op.op)) {
    fault(
      isJsonObject(op) ? `${at}/op` : at,
      `This operation is not one the kit knows (found ${describeValue(isJsonObject(op) ? op.op : op)}).`,
      `Set "op" to one of: ${OPERATIONS.join(', ')}.`,
    );
    return;
  }
  switch (op.op) {
    case 'rename':
    case 'move':
      if (checkPointer(op.from, `${at}/from`, fault)) checkTargets(op.from, [[`${at}/to`, op.to]], fault);
      return;
    case 'split':
      checkSplit(op, at, fault);
      return;
    case 'merge':
      checkMerge(op, at, fault);
      return;
    case 'remapOptions':
      checkPointer(op.at, `${at}/at`, fault);
      if (!isJsonObject(op.map) || Object.keys(op.map).length === 0) {
        fault(`${at}/map`, 'There is no "map" of old codes to new ones.', 'Add "map": {"oldCode": "newCode", ...}.');
      } else {
        for (const [code, target] of Object.entries(op.map)) {
          if (target !== null && typeof target !== 'string') {
            fault(
              `${at}/map/${code}`,
              `The new code for "${short(code)}" must be text, or null when there is none.`,
              'Correct the value.',
            );
          }
        }
      }
      if (op.unmapped !== undefined && op.unmapped !== 'keep' && op.unmapped !== 'preserve') {
        fault(
          `${at}/unmapped`,
          '"unmapped" must be "keep" or "preserve".',
          'Choose what happens to codes the map does not list.',
        );
      }
      return;
    case 'setDefault':
      checkPointer(op.at, `${at}/at`, fault);
      if (!Object.hasOwn(op, 'value') || op.value === undefined) {
        fault(`${at}/value`, 'There is no "value" to set.', 'Add "value": the answer new documents get.');
      }
      return;
    case 'preserve':
      checkPointer(op.from, `${at}/from`, fault);
      if (op.reason !== undefined && typeof op.reason !== 'string') {
        fault(`${at}/reason`, 'The reason must be text.', 'Say in plain English why the answer is set aside.');
      }
      return;
    case 'code':
      if (typeof op.module !== 'string' || op.module.length > 200 || !/^\.\/[\w.-]+\.m?js$/.test(op.module)) {
        fault(
          `${at}/module`,
          'A code operation names a JavaScript module in the migrations folder, like "./2026.1-to-2026.2.mjs".',
          'Put the module next to the migration file and name it with "./".',
        );
      }
      if (op.export !== undefined && typeof op.export !== 'string') {
        fault(
          `${at}/export`,
          'The export name must be text.',
          'Name the exported function, or leave "export" out to use "migrate".',
        );
      }
      if (op.description !== undefined && typeof op.description !== 'string') {
        fault(`${at}/description`, 'The description must be text.', 'Say in plain English what the code does.');
      }
      return;
  }
}

function checkMerge(op: Record<string, unknown>, at: string, fault: Fault): void {
  const named = isJsonObject(op.from);
  const sourceEntries: [string, unknown][] = Array.isArray(op.from)
    ? op.from.map((p, i) => [String(i), p])
    : named
      ? Object.entries(op.from as Record<string, unknown>)
      : [];
  if (sourceEntries.length < 2) {
    fault(
      `${at}/from`,
      'A merge needs at least two fields to join.',
      'Give "from" as {"name": "/pointer", ...} (for a template) or a list of pointers.',
    );
  }
  const sources = sourceEntries.filter(([key, pointer]) => checkPointer(pointer, `${at}/from/${key}`, fault));
  if (checkPointer(op.to, `${at}/to`, fault)) {
    const to = op.to;
    for (const [, pointer] of sources) checkTargets(pointer as string, [[`${at}/to`, to]], fault);
  }
  if (op.template !== undefined) {
    if (typeof op.template !== 'string' || !named) {
      fault(
        `${at}/template`,
        'A template needs named sources and must be text.',
        'Give "from" as {"name": "/pointer"} and use {name} in the template.',
      );
    } else {
      const names = new Set(sourceEntries.map(([key]) => key));
      for (const [, placeholder = ''] of op.template.matchAll(/\{(\w+)\}/g)) {
        if (!names.has(placeholder)) {
          fault(
            `${at}/template`,
            `The template uses {${placeholder}}, which "from" does not name.`,
            'Name every placeholder in "from".',
          );
        }
      }
      for (const key of names) {
        if (!op.template.includes(`{${key}}`)) {
          fault(
            `${at}/template`,
            `The template leaves out {${short(key)}}, so that answer would be lost.`,
            `Add {${short(key)}} to the template.`,
          );
        }
      }
    }
  }
  if (op.separator !== undefined && typeof op.separator !== 'string') {
    fault(`${at}/separator`, 'The separator must be text.', 'Write it as text, e.g. "\\n\\n".');
  }
}

function checkSplit(op: Record<string, unknown>, at: string, fault: Fault): void {
  if (!checkPointer(op.from, `${at}/from`, fault)) return;
  const from = op.from;
  if (op.pattern !== undefined) {
    fault(
      `${at}/pattern`,
      'A split by regular expression is not allowed: for some answers a pattern takes time that grows exponentially with their length (an answer of 600 spaces took 14 seconds), so one saved plan could stall a server or a browser.',
      'Split at headings instead, with "headings": {"part": ["Heading", ...], ...} and "to": {"part": "/pointer", ...}, or at a "delimiter". See docs/reference/migration-format.md.',
    );
    return;
  }
  if (typeof op.delimiter === 'string') {
    if (op.delimiter === '') {
      fault(`${at}/delimiter`, 'The delimiter is empty.', 'Give the text that separates the parts, e.g. ";".');
    }
    if (!Array.isArray(op.to) || op.to.length < 2) {
      fault(
        `${at}/to`,
        'A split at a delimiter needs a list of at least two places.',
        'Give "to": ["/pointer", "/pointer"].',
      );
      return;
    }
    checkTargets(
      from,
      op.to.map((p, i): [string, unknown] => [`${at}/to/${i}`, p]),
      fault,
    );
    return;
  }
  if (!isJsonObject(op.headings)) {
    fault(
      `${at}/headings`,
      'A split needs "headings" (the headings that start each part) or a "delimiter".',
      'Add "headings": {"part": ["Heading"], ...}, or "delimiter": ";".',
    );
    return;
  }
  checkHeadings(op.headings, `${at}/headings`, fault);
  if (!isJsonObject(op.to)) {
    fault(`${at}/to`, 'A split at headings needs "to": {"part": "/pointer", ...}.', 'Name the place for each part.');
    return;
  }
  const parts = Object.keys(op.headings);
  for (const part of parts) {
    if (!Object.hasOwn(op.to, part)) {
      fault(
        `${at}/to`,
        `The part "${short(part)}" has no place in "to", so its text would be lost.`,
        `Add "${short(part)}": "/pointer".`,
      );
    }
  }
  for (const [part, pointer] of Object.entries(op.to)) {
    if (!Object.hasOwn(op.headings, part)) {
      fault(
        `${at}/to/${part}`,
        `"headings" has no part named "${short(part)}".`,
        'Add its headings, or remove it here.',
      );
    }
    checkTargets(from, [[`${at}/to/${part}`, pointer]], fault);
  }
  if (op.otherwise !== undefined && op.otherwise !== 'preserve') {
    if (!isJsonObject(op.otherwise)) {
      fault(
        `${at}/otherwise`,
        '"otherwise" must be "preserve" or {"to": "/pointer"}.',
        'Say where an answer without the headings goes.',
      );
    } else {
      checkTargets(from, [[`${at}/otherwise/to`, op.otherwise.to]], fault);
    }
  }
}

function checkHeadings(headings: Record<string, unknown>, at: string, fault: Fault): void {
  const parts = Object.entries(headings);
  if (parts.length < 2) {
    fault(at, 'A split at headings needs at least two parts.', 'Name each part with its headings.');
  }
  for (const [i, [part, list]] of parts.entries()) {
    if (NUMERIC.test(part)) {
      fault(
        `${at}/${part}`,
        `The part name "${part}" is a number, and JSON puts numbered names first, so the parts' order would be lost.`,
        'Name the part with a word, e.g. "strengths".',
      );
    }
    const ok =
      Array.isArray(list) &&
      list.length <= MAX_HEADINGS &&
      (i === 0 || list.length > 0) &&
      list.every((h) => typeof h === 'string' && h.trim() !== '' && h.length <= MAX_HEADING_LENGTH);
    if (!ok) {
      fault(
        `${at}/${part}`,
        `The headings of "${short(part)}" must be a list of up to ${MAX_HEADINGS} headings, each text of 1 to ${MAX_HEADING_LENGTH} characters${i === 0 ? '' : ' (every part after the first needs at least one)'}.`,
        'Write them like ["Possible difficulties", "Vulnerabilities"], without the ":".',
      );
    }
  }
}
