import type { PlannedKey } from './rhythm.mjs';

/** Where a scenario types: the field's place in the data, and how a reader reaches it on each page. */
export interface Scenario {
  pointer: (string | number)[];
  open: (page: unknown, name: string) => Promise<unknown>;
}
export declare function scenarios(strings: Record<string, string>): Record<string, Scenario>;
export declare function validityDelays(
  keys: readonly PlannedKey[],
  keyTimes: readonly number[],
  changes: readonly { t: number; value: string | null }[],
  initial: string,
): number[];
export declare function runPage(options: Record<string, unknown>): Promise<unknown>;
