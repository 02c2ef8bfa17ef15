import { parsePointer } from '../definition/jsonPointer';
import { ANY_ITEM } from '../definition/schemaFields';
import type { PlannedRule } from './evaluateRules';
import { splitVarPath } from './logicPath';
import { rowPrefix } from './ruleTargets';
import { walkLogic } from './walkLogic';

/** A path into the data or the derived values; `*` stands for any array position. */
export type PathPattern = readonly string[];

/** What a rule reads: paths into the data and into derived values. */
export interface RuleDependencies {
  data: PathPattern[];
  derived: PathPattern[];
}

/** Where a `var` path of a rule leads, or undefined for params (which never change). */
function dependencyOf(
  path: string,
  tokens: readonly string[],
): { into: 'data' | 'derived'; pattern: PathPattern } | undefined {
  if (path === '') return { into: 'data', pattern: [] };
  const [head, ...rest] = splitVarPath(path);
  // `x.length` changes whenever x gains or loses an item: read it as "anything in x".
  const cut = rest.indexOf('length');
  const tail = cut < 0 ? rest : rest.slice(0, cut);
  const row = rowPrefix(tokens);
  switch (head) {
    case 'data':
      return { into: 'data', pattern: tail };
    case 'params':
      return undefined;
    case 'row':
      return { into: 'data', pattern: [...row, ...tail] };
    case 'index':
      return { into: 'data', pattern: row.slice(0, -1) };
    case 'derived':
      return { into: 'derived', pattern: tail };
    case 'derivedRow':
      return { into: 'derived', pattern: [...row, ...tail] };
    default:
      // Not a rule variable (validateRulePack refuses these): read it as depending on everything.
      return { into: 'data', pattern: [] };
  }
}

/**
 * What a rule reads, from its logic and message values without running them: every `var` and
 * `missing` path (paths inside `map`/`filter`/... callbacks read the items of a list the rule already
 * reads), its target for `require` rules (which check that the target has an answer), and the lists its
 * `*` target runs over.
 */
export function ruleDependencies(planned: PlannedRule): RuleDependencies {
  const found: RuleDependencies = { data: [], derived: [] };
  const { rule, tokens } = planned;
  const visitor = {
    problem: () => {
      // Packs are checked before they are planned; a problem here changes nothing.
    },
    variable: (path: string, _pointer: string, scope: 'rule' | 'item') => {
      if (scope !== 'rule') return;
      const dependency = dependencyOf(path, tokens);
      if (dependency) found[dependency.into].push(dependency.pattern);
    },
  };
  walkLogic(rule.logic, '', visitor);
  for (const logic of Object.values(rule.messageValues ?? {})) walkLogic(logic, '', visitor);
  if (rule.kind === 'require') found.data.push(tokens);
  if (tokens.includes(ANY_ITEM)) found.data.push(tokens.slice(0, tokens.indexOf(ANY_ITEM)));
  return found;
}

/** True when one path is within the other (either way), `*` matching any position. */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && x !== ANY_ITEM && y !== ANY_ITEM) return false;
  }
  return true;
}

/** True when any of `patterns` overlaps any of `changed`. */
export const touches = (patterns: readonly PathPattern[], changed: readonly PathPattern[]): boolean =>
  patterns.some((pattern) => changed.some((path) => overlaps(pattern, path)));

/** The tokens of changed JSON pointers. */
export const changedPaths = (pointers: readonly string[]): string[][] => pointers.map((p) => parsePointer(p));
