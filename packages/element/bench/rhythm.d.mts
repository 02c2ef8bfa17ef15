/** One keystroke of the plan: a letter typed at the end of the field, or Backspace. */
export interface PlannedKey {
  key: string;
  /** ms after the key before it (a stop before the first of a burst; none before the first of a round). */
  gap: number;
  /** The last key of a burst: the reader stops after it. */
  last: boolean;
}
export declare const RHYTHM_SEED: number;
export declare const GAP_MS: { min: number; max: number };
export declare const BURST_KEYS: { min: number; max: number };
export declare const STOP_MS: number;
export declare function seededRandom(seed: number): () => number;
export declare function keyPlan(count: number, rounds?: number, seed?: number): PlannedKey[][];
export declare function valuesAfter(initial: string, keys: readonly PlannedKey[]): string[];
