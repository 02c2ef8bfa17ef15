import { isJsonObject } from '../definition';
import { pointerTokens } from './documentPaths';
import type { Migration, MigrationOperation } from './Migration';

/** A fault in a migration file, with the pointer into that file. */
export interface MigrationFileProblem {
  pointer: string;
  message: string;
  fix: string;
}

const VERSION = /^\d{4}\.\d+$/;
const NAME = /^(\d{4}\.\d+)-to-(\d{4}\.\d+)$/;
const OPERATIONS = ['rename', 'move', 'split', 'merge', 'remapOptions', 'setDefault', 'preserve', 'code'];

/** Compares two `YYYY.N` versions: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number);
  const [by = 0, bn = 0] = b.split('.').map(Number);
  return ay - by || an - bn;
}

/**
 * Reads a migration file's content, reporting every fault in plain English with its place in the file.
 * Returns the migration only when it has no faults.
 */
export function parseMigration(
  raw: unknown,
  name: string,
  form: string,
): { migration?: Migration; problems: MigrationFileProblem[] } {
  const problems: MigrationFileProblem[] = [];
  const fault = (pointer: string, message: string, fix: string) => problems.push({ pointer, message, fix });
  if (!isJsonObject(raw)) {
    fault(
      '',
      'A migration file must hold a JSON object.',
      'Start from the example in docs/reference/migration-format.md.',
    );
    return { problems };
  }
  const named = NAME.exec(name);
  if (!named) {
    fault(
      '',
      `The file name "${name}.json" does not say which versions it joins.`,
      'Name it <from>-to-<to>.json, e.g. 2025.1-to-2026.1.json.',
    );
  }
  if (raw.form !== form) {
    fault('/form', `The migration is for "${String(raw.form)}", not ${form}.`, `Set "form": "${form}".`);
  }
  for (const key of ['from', 'to'] as const) {
    const value = raw[key];
    if (typeof value !== 'string' || !VERSION.test(value)) {
      fault(`/${key}`, `"${key}" must be a version like "2025.1".`, `Set "${key}" to the version, in the form YYYY.N.`);
    } else if (named && value !== named[key === 'from' ? 1 : 2]) {
      fault(
        `/${key}`,
        `"${key}" is "${value}" but the file name says ${named[key === 'from' ? 1 : 2]}.`,
        'Make the file name and the versions inside it agree.',
      );
    }
  }
  if (typeof raw.from === 'string' && typeof raw.to === 'string' && compareVersions(raw.from, raw.to) >= 0) {
    fault(
      '/to',
      `A migration must go forward, but ${raw.to} is not newer than ${raw.from}.`,
      'Swap or correct the versions.',
    );
  }
  const operations = Array.isArray(raw.operations) ? raw.operations : undefined;
  if (!operations) {
    fault('/operations', 'There is no "operations" list.', 'Add "operations": [ ... ] with one entry per change.');
  }
  for (const [i, op] of (operations ?? []).entries()) checkOperation(op, `/operations/${i}`, fault);
  if (problems.length > 0) return { problems };
  return {
    migration: {
      name,
      form,
      from: raw.from as string,
      to: raw.to as string,
      ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      operations: operations as MigrationOperation[],
    },
    problems,
  };
}

type Fault = (pointer: string, message: string, fix: string) => void;

function checkPointer(value: unknown, at: string, fault: Fault): value is string {
  if (typeof value !== 'string') {
    fault(at, 'This must be a JSON pointer into the data, like "/child/dateOfBirth".', 'Write the pointer as text.');
    return false;
  }
  try {
    const tokens = pointerTokens(value);
    if (tokens.length === 0) throw new Error('empty');
    if (tokens.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype' || t === '')) {
      throw new Error('forbidden');
    }
  } catch {
    fault(
      at,
      `"${value}" is not a pointer to a field.`,
      'Write it as "/section/field", with "*" for every row of a list, e.g. "/network/professionals/*/name".',
    );
    return false;
  }
  return true;
}

const wildcards = (pointer: string) => pointerTokens(pointer).filter((t) => t === '*').length;

function checkOperation(op: unknown, at: string, fault: Fault): void {
  if (!isJsonObject(op) || typeof op.op !== 'string' || !OPERATIONS.includes(op.op)) {
    fault(
      isJsonObject(op) ? `${at}/op` : at,
      `This operation is not one the kit knows (found ${JSON.stringify(isJsonObject(op) ? op.op : op)}).`,
      `Set "op" to one of: ${OPERATIONS.join(', ')}.`,
    );
    return;
  }
  const fewerWildcards = (from: string, to: unknown, toAt: string) => {
    if (typeof to === 'string' && wildcards(to) > wildcards(from)) {
      fault(
        toAt,
        `"${to}" has more "*" than "${from}", so the rows it names are not known.`,
        'Use the same "*" positions in both pointers.',
      );
    }
  };
  switch (op.op) {
    case 'rename':
    case 'move':
      if (checkPointer(op.from, `${at}/from`, fault) && checkPointer(op.to, `${at}/to`, fault)) {
        fewerWildcards(op.from, op.to, `${at}/to`);
      }
      return;
    case 'split':
      checkSplit(op, at, fault);
      return;
    case 'merge': {
      const sources = Array.isArray(op.from) ? op.from : isJsonObject(op.from) ? Object.values(op.from) : undefined;
      if (!sources || sources.length < 2) {
        fault(
          `${at}/from`,
          'A merge needs at least two fields to join.',
          'Give "from" as {"name": "/pointer", ...} (for a template) or a list of pointers.',
        );
      }
      const sourceEntries = Array.isArray(op.from)
        ? op.from.map((p, i) => [String(i), p] as const)
        : Object.entries(isJsonObject(op.from) ? op.from : {});
      for (const [key, pointer] of sourceEntries) checkPointer(pointer, `${at}/from/${key}`, fault);
      if (checkPointer(op.to, `${at}/to`, fault)) {
        for (const [, pointer] of sourceEntries)
          if (typeof pointer === 'string') fewerWildcards(pointer, op.to, `${at}/to`);
      }
      if (op.template !== undefined) {
        if (typeof op.template !== 'string' || Array.isArray(op.from)) {
          fault(
            `${at}/template`,
            'A template needs named sources and must be text.',
            'Give "from" as {"name": "/pointer"} and use {name} in the template.',
          );
        } else {
          for (const [, placeholder] of op.template.matchAll(/\{(\w+)\}/g)) {
            if (isJsonObject(op.from) && !((placeholder ?? '') in op.from)) {
              fault(
                `${at}/template`,
                `The template uses {${placeholder}}, which "from" does not name.`,
                'Name every placeholder in "from".',
              );
            }
          }
          if (isJsonObject(op.from)) {
            for (const key of Object.keys(op.from)) {
              if (!op.template.includes(`{${key}}`)) {
                fault(
                  `${at}/template`,
                  `The template leaves out {${key}}, so that answer would be lost.`,
                  `Add {${key}} to the template.`,
                );
              }
            }
          }
        }
      }
      if (op.separator !== undefined && typeof op.separator !== 'string') {
        fault(`${at}/separator`, 'The separator must be text.', 'Write it as text, e.g. "\\n\\n".');
      }
      return;
    }
    case 'remapOptions':
      checkPointer(op.at, `${at}/at`, fault);
      if (!isJsonObject(op.map) || Object.keys(op.map).length === 0) {
        fault(`${at}/map`, 'There is no "map" of old codes to new ones.', 'Add "map": {"oldCode": "newCode", ...}.');
      } else {
        for (const [code, target] of Object.entries(op.map)) {
          if (target !== null && typeof target !== 'string') {
            fault(
              `${at}/map/${code}`,
              `The new code for "${code}" must be text, or null when there is none.`,
              'Correct the value.',
            );
          }
        }
      }
      if (op.unmapped !== undefined && op.unmapped !== 'keep' && op.unmapped !== 'preserve') {
        fault(
          `${at}/unmapped`,
          `"unmapped" must be "keep" or "preserve".`,
          'Choose what happens to codes the map does not list.',
        );
      }
      return;
    case 'setDefault':
      checkPointer(op.at, `${at}/at`, fault);
      if (!('value' in op))
        fault(`${at}/value`, 'There is no "value" to set.', 'Add "value": the answer new documents get.');
      return;
    case 'preserve':
      checkPointer(op.from, `${at}/from`, fault);
      if (op.reason !== undefined && typeof op.reason !== 'string') {
        fault(`${at}/reason`, 'The reason must be text.', 'Say in plain English why the answer is set aside.');
      }
      return;
    case 'code':
      if (typeof op.module !== 'string' || !/^\.\/[\w.-]+\.m?js$/.test(op.module)) {
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
      return;
  }
}

function checkSplit(op: Record<string, unknown>, at: string, fault: Fault): void {
  if (!checkPointer(op.from, `${at}/from`, fault)) return;
  const from = op.from as string;
  if (typeof op.delimiter === 'string') {
    if (op.delimiter === '')
      fault(`${at}/delimiter`, 'The delimiter is empty.', 'Give the text that separates the parts, e.g. ";".');
    if (!Array.isArray(op.to) || op.to.length < 2) {
      fault(
        `${at}/to`,
        'A split at a delimiter needs a list of at least two places.',
        'Give "to": ["/pointer", "/pointer"].',
      );
      return;
    }
    op.to.forEach((p, i) => {
      if (checkPointer(p, `${at}/to/${i}`, fault) && wildcards(p as string) > wildcards(from)) {
        fault(
          `${at}/to/${i}`,
          `"${String(p)}" has more "*" than "${from}".`,
          'Use the same "*" positions in both pointers.',
        );
      }
    });
    return;
  }
  if (typeof op.pattern !== 'string') {
    fault(`${at}/pattern`, 'A split needs a "pattern" (with named groups) or a "delimiter".', 'Add one of them.');
    return;
  }
  if (!op.pattern.startsWith('^') || !op.pattern.endsWith('$')) {
    fault(
      `${at}/pattern`,
      'The pattern must match the whole answer (start with ^ and end with $), so no text falls outside it.',
      'Add ^ at the start and $ at the end.',
    );
  }
  const flags = op.flags === undefined ? '' : op.flags;
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags)) {
    fault(`${at}/flags`, `The flags "${String(flags)}" are not allowed.`, 'Use only i (ignore case), m, s or u.');
    return;
  }
  let groups: string[] = [];
  try {
    const regex = new RegExp(op.pattern, flags);
    groups = Object.keys(new RegExp(`${regex.source}|`, flags).exec('')?.groups ?? {});
  } catch (error) {
    fault(
      `${at}/pattern`,
      `The pattern is not a valid regular expression (${error instanceof Error ? error.message : String(error)}).`,
      'Correct it; remember that a backslash is written \\\\ inside JSON text.',
    );
    return;
  }
  if (!isJsonObject(op.to) || Object.keys(op.to).length < 1) {
    fault(`${at}/to`, 'A split by pattern needs "to": {"group": "/pointer", ...}.', 'Name the place for each group.');
    return;
  }
  for (const group of groups) {
    if (!(group in op.to)) {
      fault(
        `${at}/to`,
        `The pattern's group "${group}" has no place in "to", so its text would be lost.`,
        `Add "${group}": "/pointer".`,
      );
    }
  }
  for (const [group, pointer] of Object.entries(op.to)) {
    if (!groups.includes(group)) {
      fault(
        `${at}/to/${group}`,
        `The pattern has no group named "${group}".`,
        `Add (?<${group}>...) to the pattern, or remove it here.`,
      );
    }
    if (checkPointer(pointer, `${at}/to/${group}`, fault) && wildcards(pointer as string) > wildcards(from)) {
      fault(
        `${at}/to/${group}`,
        `"${String(pointer)}" has more "*" than "${from}".`,
        'Use the same "*" positions in both pointers.',
      );
    }
  }
  if (op.otherwise !== undefined && op.otherwise !== 'preserve') {
    if (!isJsonObject(op.otherwise) || !checkPointer(op.otherwise.to, `${at}/otherwise/to`, fault)) {
      if (!isJsonObject(op.otherwise)) {
        fault(
          `${at}/otherwise`,
          '"otherwise" must be "preserve" or {"to": "/pointer"}.',
          'Say where an answer that does not match goes.',
        );
      }
    }
  }
}
