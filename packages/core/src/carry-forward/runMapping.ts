import { cloneJson } from '../definition/jsonInput';
import { getAtPointer, parsePointer, toPointer } from '../definition/jsonPointer';
import type { CarriedValue, CarryForwardMapping, CarryForwardRule } from './CarryForwardMapping';
import { defineOwn, isEmpty, isObject, sameJson } from './json';
import {
  EVERY_ROW,
  expandPattern,
  isIndex,
  NEW_ROW,
  type PatternMatch,
  parsePattern,
  rowWildcards,
} from './pointerPattern';

/** One change a mapping made to the target, for the plan's history. */
export interface PlanChange {
  /** JSON pointer into the new version's data. */
  pointer: string;
  /** The value before (absent when the field was empty). */
  before?: unknown;
  /** The value after. */
  after: unknown;
}

/** What running a mapping did. */
export interface MappingRun {
  data: Record<string, unknown>;
  /** Values written into the target. */
  copied: CarriedValue[];
  /** Prefill only: values not written because someone had typed an answer there. */
  kept: CarriedValue[];
  /** Apply only: what changed, with the values before and after. */
  changes: PlanChange[];
}

/** `fill` never replaces a value (prefill); `set` replaces it and records the change (apply). */
type Mode = 'fill' | 'set';

/** Writes a value, making the groups and lists on the way. Rows past the end leave gaps, closed later. */
function setAt(root: Record<string, unknown>, tokens: readonly string[], value: unknown): void {
  let current: Record<string, unknown> | unknown[] = root;
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const nextIsRow = !last && isIndex(tokens[i + 1] as string);
    const holder = current as Record<string, unknown>;
    if (last) {
      if (Array.isArray(current)) current[Number(token)] = value;
      else defineOwn(holder, token, value);
      return;
    }
    let next = Array.isArray(current) ? current[Number(token)] : holder[token];
    if (next === null || typeof next !== 'object' || Array.isArray(next) !== nextIsRow) {
      next = nextIsRow ? [] : {};
      if (Array.isArray(current)) current[Number(token)] = next;
      else defineOwn(holder, token, next);
    }
    current = next as Record<string, unknown> | unknown[];
  });
}

/** Closes the gaps left in lists where a source row gave nothing. */
function closeGaps(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows: unknown[] = [];
    for (let i = 0; i < value.length; i += 1) if (i in value) rows.push(closeGaps(value[i]));
    return rows;
  }
  if (isObject(value)) {
    for (const key of Object.keys(value)) defineOwn(value, key, closeGaps(value[key]));
  }
  return value;
}

const whenHolds = (source: unknown, when: Record<string, unknown[]> | undefined) =>
  when === undefined ||
  Object.entries(when).every(([pointer, allowed]) => {
    const value = getAtPointer(source, parsePointer(pointer));
    return allowed.some((a) => sameJson(a, value));
  });

/** The value a match carries, after `take`, `skipValues`, `map` and `as`; undefined when nothing is carried. */
function carriedValue(rule: CarryForwardRule, match: PatternMatch): unknown {
  let value = match.value;
  if (rule.take === 'rowNumber') value = (match.rows.at(-1) ?? 0) + 1;
  if (rule.skipValues?.some((s) => sameJson(s, value))) return undefined;
  if (rule.map) {
    const map = rule.map;
    const lookup = (v: unknown) => (Object.hasOwn(map, String(v)) ? map[String(v)] : undefined);
    if (Array.isArray(value)) {
      const mapped = value.map(lookup).filter((v) => v !== undefined);
      value = mapped.length > 0 ? mapped : undefined;
    } else if (value === null || typeof value !== 'object') {
      value = lookup(value);
    } else {
      value = undefined;
    }
  }
  if (rule.as === 'string' && (typeof value === 'number' || typeof value === 'boolean')) value = String(value);
  return value === undefined ? undefined : cloneJson(value);
}

/**
 * Runs a mapping's rules. Reads the source, and for `fromTarget` and `match` the target as it was
 * before any rule ran; writes into a copy of the target. Pure: neither input is changed.
 */
export function runMapping(
  mapping: CarryForwardMapping,
  source: Record<string, unknown>,
  targetBefore: Record<string, unknown>,
  mode: Mode,
): MappingRun {
  const data = cloneJson(targetBefore);
  const copied: CarriedValue[] = [];
  const kept: CarriedValue[] = [];
  const changes: PlanChange[] = [];
  const newRows = new Map<string, number>();
  const appended = new Map<string, number>();

  const rowCount = (tokens: readonly string[]) => {
    const list = getAtPointer(data, tokens);
    return Array.isArray(list) ? list.length : 0;
  };
  const newRowAt = (prefix: readonly string[]) => {
    const key = toPointer(prefix);
    if (!newRows.has(key)) newRows.set(key, rowCount(prefix));
    return newRows.get(key) as number;
  };

  /** Where a match goes in the target, or undefined when a keyed row matches nothing and is skipped. */
  const targetOf = (
    rule: CarryForwardRule,
    to: string[],
    match: PatternMatch,
    ruleIndex: number,
  ): string[] | undefined => {
    if (rule.match) {
      const star = to.indexOf(EVERY_ROW);
      const prefix = to.slice(0, star);
      const sourceStar = parsePattern((rule.from ?? rule.fromTarget) as string).indexOf(EVERY_ROW);
      const sourceRow = getAtPointer(
        rule.fromTarget !== undefined ? targetBefore : source,
        match.tokens.slice(0, sourceStar + 1),
      );
      const key = getAtPointer(sourceRow, parsePointer(rule.match.source));
      const target = rule.match.target;
      const rows = getAtPointer(targetBefore, prefix);
      const found =
        key === undefined || !Array.isArray(rows)
          ? -1
          : rows.findIndex((row, i) =>
              target === '#'
                ? (typeof key === 'number' || typeof key === 'string') && String(i + 1) === String(key)
                : sameJson(getAtPointer(row, parsePointer(target)), key),
            );
      if (found >= 0) return [...prefix, String(found), ...to.slice(star + 1)];
      if (rule.unmatched !== 'append') return undefined;
      // Each source row that matches nothing gets a row of its own at the end of the list.
      const slot = `${ruleIndex}:${match.rows[0]}`;
      if (!appended.has(slot)) appended.set(slot, rowCount(prefix));
      return [...prefix, String(appended.get(slot)), ...to.slice(star + 1)];
    }
    let star = 0;
    const tokens: string[] = [];
    for (const token of to) {
      if (token === EVERY_ROW) tokens.push(String(match.rows[star++] ?? 0));
      else if (token === NEW_ROW) tokens.push(String(newRowAt(tokens)));
      else tokens.push(token);
    }
    return tokens;
  };

  /** True when the target lies in a list someone typed rows into: a prefill leaves such lists alone. */
  const inTypedList = (rule: CarryForwardRule, to: readonly string[], tokens: readonly string[]) =>
    !rule.match &&
    to.some((token, i) => {
      if (token !== EVERY_ROW) return false;
      const list = getAtPointer(targetBefore, tokens.slice(0, i));
      return Array.isArray(list) && list.length > 0;
    });

  /** Adds what `value` has and `existing` lacks, never replacing an answer. */
  const fillInto = (
    existing: Record<string, unknown>,
    value: Record<string, unknown>,
    tokens: string[],
    from: string[],
  ) => {
    for (const [key, inner] of Object.entries(value)) {
      const here = [...tokens, key];
      const there = [...from, key];
      const current = Object.hasOwn(existing, key) ? existing[key] : undefined;
      if (isEmpty(current)) {
        defineOwn(existing, key, cloneJson(inner));
        copied.push({ from: toPointer(there), to: toPointer(here) });
      } else if (isObject(current) && isObject(inner)) {
        fillInto(current, inner, here, there);
      } else if (!sameJson(current, inner) && getAtPointer(targetBefore, here) !== undefined) {
        kept.push({ from: toPointer(there), to: toPointer(here) });
      }
    }
  };

  /** How many tokens lead to a value that is not the group or list the path needs, or undefined. */
  const blockedAt = (tokens: readonly string[]): number | undefined => {
    for (let i = 1; i < tokens.length; i += 1) {
      const value = getAtPointer(data, tokens.slice(0, i));
      if (value === undefined) return undefined;
      const container = typeof value === 'object' && value !== null;
      if (!container || Array.isArray(value) !== isIndex(tokens[i] as string)) return i;
    }
    return undefined;
  };

  const write = (tokens: string[], value: unknown, from: string[] | undefined) => {
    const fromPointer = from ? toPointer(from) : '(value)';
    const to = toPointer(tokens);
    const existing = getAtPointer(data, tokens);
    const blocked = blockedAt(tokens);
    if (mode === 'set' && blocked !== undefined) {
      // A value of the wrong shape is in the way: it is replaced, and the change says so.
      const at = tokens.slice(0, blocked);
      const before = getAtPointer(data, at);
      setAt(data, tokens, value);
      changes.push({ pointer: toPointer(at), before, after: cloneJson(getAtPointer(data, at)) });
      copied.push({ from: fromPointer, to });
      return;
    }
    if (mode === 'set') {
      if (!sameJson(existing, value)) {
        changes.push(
          existing === undefined ? { pointer: to, after: value } : { pointer: to, before: existing, after: value },
        );
      }
      setAt(data, tokens, value);
      copied.push({ from: fromPointer, to });
      return;
    }
    if (blocked !== undefined) {
      // Something typed sits where a group or list belongs: a prefill never replaces it.
      kept.push({ from: fromPointer, to });
    } else if (isEmpty(existing)) {
      setAt(data, tokens, value);
      copied.push({ from: fromPointer, to });
    } else if (isObject(existing) && isObject(value)) {
      fillInto(existing, value, tokens, from ?? []);
    } else if (getAtPointer(targetBefore, tokens) !== undefined && !sameJson(existing, value)) {
      // Someone typed an answer here: it stays. (A value an earlier rule wrote also stays, silently.)
      kept.push({ from: fromPointer, to });
    }
  };

  mapping.rules.forEach((rule, ruleIndex) => {
    if (!whenHolds(source, rule.when)) return;
    const to = parsePattern(rule.to);
    let matches: PatternMatch[];
    let fromDocument: 'source' | 'target' | undefined;
    if (Object.hasOwn(rule, 'value')) {
      matches = [{ tokens: [], rows: [], value: rule.value }];
    } else {
      fromDocument = rule.fromTarget !== undefined ? 'target' : 'source';
      const document = fromDocument === 'target' ? targetBefore : source;
      const pattern = parsePattern((rule.fromTarget ?? rule.from) as string);
      if (rule.take === 'nextRowNumber') {
        const list = getAtPointer(document, pattern);
        matches = [{ tokens: pattern, rows: [], value: (Array.isArray(list) ? list.length : 0) + 1 }];
      } else {
        matches = expandPattern(document, pattern, rule.where);
      }
    }
    const firstOnly = !rule.match && rowWildcards(to) === 0;
    for (const match of matches) {
      const value = carriedValue(rule, match);
      if (value === undefined) continue;
      const tokens = targetOf(rule, to, match, ruleIndex);
      if (tokens === undefined) continue;
      const from = fromDocument === undefined ? undefined : match.tokens;
      if (mode === 'fill' && inTypedList(rule, to, tokens)) {
        kept.push({ from: from ? toPointer(from) : '(value)', to: toPointer(tokens) });
      } else {
        write(tokens, value, from);
      }
      if (firstOnly) break;
    }
  });
  return { data: closeGaps(data) as Record<string, unknown>, copied, kept, changes };
}
