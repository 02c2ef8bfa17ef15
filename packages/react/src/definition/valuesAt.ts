import { ANY_ITEM } from '@adoption-support/core';

/** Every value at a data path in a document (`*` steps into each row of a list), with its pointer. */
export function valuesAt(data: unknown, dataPath: readonly string[]): { pointer: string; value: unknown }[] {
  const out: { pointer: string; value: unknown }[] = [];
  const visit = (node: unknown, depth: number, pointer: string) => {
    if (depth === dataPath.length) {
      out.push({ pointer, value: node });
      return;
    }
    const token = dataPath[depth]!;
    if (token === ANY_ITEM) {
      if (Array.isArray(node)) {
        for (const [i, row] of node.entries()) visit(row, depth + 1, `${pointer}/${i}`);
      }
      return;
    }
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, token)) {
      visit((node as Record<string, unknown>)[token], depth + 1, `${pointer}/${token}`);
    }
  };
  visit(data, 0, '');
  return out;
}

/** Whether a value counts as an answer (not empty text, not an empty list). */
export const isAnswered = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
