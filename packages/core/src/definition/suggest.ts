import { distance } from 'fastest-levenshtein';
import { KitInputError } from '../errors';
import { describeValue } from './jsonInput';

/** Names longer than this are never compared: a suggestion is for a typo, and distance is quadratic. */
const LONGEST = 200;

/**
 * The candidate a misspelt name was probably meant to be: the nearest by edit distance (ignoring
 * case), when it is near enough to be a typo (about one edit in four characters, at least two).
 * `undefined` when nothing is that near, or the name is itself a candidate.
 */
export function probablyMeant(name: string, candidates: Iterable<string>): string | undefined {
  return nearestOf(name, candidates, 'probablyMeant');
}

function nearestOf(name: string, candidates: Iterable<string>, caller: string): string | undefined {
  if (candidates === null || typeof (candidates as Partial<Iterable<string>>)?.[Symbol.iterator] !== 'function') {
    throw new KitInputError({
      function: caller,
      argument: 'candidates',
      pointer: '',
      problem: `${describeValue(candidates)} is not a list of names.`,
      fix: 'Pass the names the misspelt one may have been meant to be, as an array of text.',
    });
  }
  if (typeof name !== 'string' || name.length === 0 || name.length > LONGEST) return undefined;
  const wanted = name.toLowerCase();
  const allowed = Math.max(2, Math.floor(name.length / 4));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    if (candidate === name) return undefined;
    if (Math.abs(candidate.length - name.length) > allowed || candidate.length > LONGEST) continue;
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** ` Did you mean "x"?`, or '' when nothing is near: for the end of a message. */
export const didYouMean = (name: string, candidates: Iterable<string>): string => {
  const meant = nearestOf(name, candidates, 'didYouMean');
  return meant === undefined ? '' : ` Did you mean "${meant}"?`;
};
