// The keystrokes `pnpm bench:react` types, at a human rhythm drawn from a fixed seed: the same keys and
// the same gaps on every run, on every page and at every CPU rate (docs/decisions/0016).

/** The seed of every run. Change it only with the decision record. */
export const RHYTHM_SEED = 0x5eed_0017;
/** Gaps between two keys of a burst, in ms: a fast typist's 80 to a hesitant one's 340. */
export const GAP_MS = { min: 80, max: 340 };
/** Letters in a typed burst (a short word); a burst taking letters back takes at most as many. */
export const BURST_KEYS = { min: 3, max: 12 };
/** The reader stops after each burst (reads, thinks) for this long before the next one. */
export const STOP_MS = 900;
/** The typed part never grows past this, so every field stays within its schema's maxLength. */
const MAX_TYPED = 24;

/**
 * mulberry32: a 32-bit generator of numbers in [0, 1), fixed by its seed (the same on every platform;
 * ample for choosing gaps and letters, not for anything secret).
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const between = (random, { min, max }) => min + Math.floor(random() * (max - min + 1));
const LETTERS = 'etaoinshrdlucmfwypvbgk';

/**
 * `count` keystrokes in bursts, split into `rounds` parts that each end with a burst. Each key is
 * `{ key, gap, last }`: `key` a lower-case letter (typed at the end of the field) or `Backspace` (taking
 * back the last typed letter); `gap` the ms from the key before it (the first key of a burst follows
 * a stop of STOP_MS; the first of a round has none); `last` true for the last key of a burst, after which the reader stops. The typed
 * part (letters added to what the field held) never grows past MAX_TYPED letters and never goes below
 * nothing, so only letters the bench typed are ever taken back.
 */
export function keyPlan(count, rounds = 1, seed = RHYTHM_SEED) {
  const random = seededRandom(seed);
  const perRound = Math.max(1, Math.ceil(count / rounds));
  const plan = [];
  for (let round = 0; round < rounds; round++) {
    const keys = [];
    let typed = 0;
    while (keys.length < perRound) {
      const wanted = Math.min(between(random, BURST_KEYS), perRound - keys.length);
      const erase = typed > 0 && (typed + wanted > MAX_TYPED || random() < 0.35);
      const size = erase ? Math.min(wanted, typed) : wanted;
      for (let i = 0; i < size; i++) {
        keys.push({
          key: erase ? 'Backspace' : LETTERS[Math.floor(random() * LETTERS.length)],
          // A round starts at once: the bench has already left the page alone for a while.
          gap: i > 0 ? between(random, GAP_MS) : keys.length === 0 ? 0 : STOP_MS,
          last: i === size - 1,
        });
      }
      typed += erase ? -size : size;
    }
    plan.push(keys);
  }
  return plan;
}

/** What the field holds after each key of `keys`, starting from `initial` (keys act at its end). */
export function valuesAfter(initial, keys) {
  let value = initial;
  return keys.map(({ key }) => {
    value = key === 'Backspace' ? value.slice(0, -1) : value + key;
    return value;
  });
}
