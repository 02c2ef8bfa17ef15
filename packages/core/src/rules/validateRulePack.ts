import {
  assertArray,
  assertDepth,
  assertObject,
  assertString,
  describeValue,
  guarded,
  MAX_INPUT_DEPTH,
  tooDeepAt,
} from '../definition/jsonInput';
import { escapePointerToken } from '../definition/jsonPointer';
import { ANY_ITEM } from '../definition/schemaFields';
import { isForbiddenToken, splitVarPath } from './logicPath';
import { DEFAULT_LOGIC_LIMITS } from './operatorCatalog';
import { RULE_KINDS, type RuleKind } from './RulePack';
import type { RuleProblem } from './RuleProblem';
import { hasRows, rowPrefix, targetTokens } from './ruleTargets';
import { type VariableScope, walkLogic } from './walkLogic';

/** Options for {@link validateRulePack}. */
export interface ValidateRulePackOptions {
  /** The form the pack belongs to. */
  formId: string;
  /** The pack file relative to the form folder; `rules/<name>.json` from the pack id by default. */
  file?: string;
  /**
   * The form's data paths, e.g. from `schemaFields(schema)` (array items as `*`). When given, targets
   * and the `data.` and `row.` paths rules read must be in the schema.
   */
  schemaFields?: readonly { dataPath: readonly string[] }[];
  /** Pointers derived by packs evaluated before this one (their derived values are visible too). */
  derivedBefore?: readonly string[];
}

/** How deep a pack may nest before it is refused unread: twice the document limit, room for logic at its own limit. */
const PACK_DEPTH = 2 * MAX_INPUT_DEPTH;

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){2,}$/;
const PACK_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const RULE_FIELDS = ['id', 'description', 'source', 'kind', 'target', 'message', 'messageValues', 'params', 'logic'];
const PACK_FIELDS = ['$schema', 'id', 'form', 'description', 'rules'];
const SPEAKING: readonly RuleKind[] = ['validate', 'require'];
const ROOTS = ['data', 'params', 'row', 'index', 'derived', 'derivedRow'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isParamValue = (value: unknown): boolean =>
  value === null || ['number', 'string', 'boolean'].includes(typeof value);

/** Path tokens with array positions as `*`, for comparing with schema paths. */
const generic = (tokens: readonly string[]) => tokens.map((t) => (/^\d+$/.test(t) ? ANY_ITEM : t)).join('/');

/** Does `path` name `target` or a place inside it (for reading part of a derived value)? */
const within = (path: string, target: string) => path === target || path.startsWith(`${target}/`);

/**
 * Checks a rule pack against the format (docs/reference/rule-format.md) and returns every problem, in
 * plain English with the fix: missing or duplicate ids, unknown kinds, missing descriptions or sources,
 * targets that are not data pointers, unknown operators, variable paths that are not written out or
 * that reach `__proto__`/`constructor`/`prototype`, params used but not declared, derived values read
 * before they are derived and, when schema fields are given, paths the schema does not have.
 */
export function validateRulePack(pack: unknown, options: ValidateRulePackOptions): RuleProblem[] {
  return guarded('validateRulePack', () => {
    const site = { function: 'validateRulePack', argument: 'options' };
    assertObject(site, options, '', 'Pass { formId }: the id of the form the pack belongs to.');
    assertString(site, options.formId, '/formId', 'Pass the form id, e.g. "asp-england".');
    if (options.file !== undefined) assertString(site, options.file, '/file');
    for (const key of ['schemaFields', 'derivedBefore'] as const) {
      if (options[key] !== undefined) assertArray(site, options[key], `/${key}`);
    }
    assertDepth(site, options);
    return checkPack(pack, options);
  });
}

function checkPack(pack: unknown, options: ValidateRulePackOptions): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const packId = isObject(pack) && typeof pack.id === 'string' ? pack.id : undefined;
  const name = packId?.startsWith(`${options.formId}.`) ? packId.slice(options.formId.length + 1) : undefined;
  const file = options.file ?? `rules/${name ?? '(pack)'}.json`;
  const at = (pointer: string, message: string, fix: string, rule?: string) =>
    problems.push({ check: 'rules', form: options.formId, file, pointer, ...(rule ? { rule } : {}), message, fix });

  if (!isObject(pack)) {
    at('', 'The rule pack is not a JSON object.', 'Start from the example in docs/reference/rule-format.md.');
    return problems;
  }
  const tooDeep = tooDeepAt(pack, PACK_DEPTH);
  if (tooDeep !== undefined) {
    at(
      tooDeep,
      `The pack nests more than ${PACK_DEPTH} levels deep here (logic may nest at most ${DEFAULT_LOGIC_LIMITS.maxDepth}).`,
      'Flatten the logic, or split it into rules that build on derived values.',
    );
    return problems;
  }
  if (!isText(pack.id) || name === undefined || !PACK_NAME.test(name)) {
    at(
      '/id',
      `The pack id ${describeValue(pack.id)} is not "${options.formId}." followed by a kebab-case name.`,
      `Name it after the form and the file, e.g. "${options.formId}.reviews" for rules/reviews.json.`,
    );
  }
  if (pack.form !== options.formId) {
    at(
      '/form',
      `The pack is for form ${describeValue(pack.form)}, not "${options.formId}".`,
      `Set "form" to "${options.formId}".`,
    );
  }
  if (!isText(pack.description))
    at('/description', 'The pack has no description.', 'Say in a sentence what its rules cover.');
  for (const key of Object.keys(pack)) {
    if (!PACK_FIELDS.includes(key)) {
      at(
        `/${escapePointerToken(key)}`,
        `The pack has an unknown field "${key}".`,
        `Use only: ${PACK_FIELDS.slice(1).join(', ')}.`,
      );
    }
  }
  if (!Array.isArray(pack.rules)) {
    at('/rules', 'The pack has no "rules" list.', 'Add "rules": [ ... ] with at least one rule.');
    return problems;
  }

  const schemaPaths = options.schemaFields ? new Set(options.schemaFields.map((f) => f.dataPath.join('/'))) : undefined;
  const derivedTargets: string[] = (options.derivedBefore ?? []).map((p) => generic(targetTokens(p) ?? []));
  const seen = new Map<string, number>();

  pack.rules.forEach((rule: unknown, index: number) => {
    const base = `/rules/${index}`;
    if (!isObject(rule)) {
      at(
        base,
        `Rule ${index + 1} is not a JSON object.`,
        'Write each rule as an object with id, kind, target and logic.',
      );
      return;
    }
    const id = isText(rule.id) ? rule.id : undefined;
    const label = id ? `Rule "${id}"` : `Rule ${index + 1}`;
    const atRule = (pointer: string, message: string, fix: string) => at(pointer, message, fix, id);

    if (id === undefined) {
      atRule(
        `${base}/id`,
        `${label} has no id.`,
        'Give it an id of the form area.topic.intent, e.g. "reviews.first-review.due-date".',
      );
    } else if (!RULE_ID.test(id)) {
      atRule(
        `${base}/id`,
        `The rule id "${id}" is not of the form area.topic.intent.`,
        'Use three or more kebab-case words joined by dots, e.g. "reviews.first-review.due-date".',
      );
    } else if (seen.has(id)) {
      atRule(
        `${base}/id`,
        `The rule id "${id}" is used twice (also rule ${(seen.get(id) ?? 0) + 1}).`,
        'Give each rule its own id.',
      );
    }
    if (id !== undefined && !seen.has(id)) seen.set(id, index);

    for (const key of Object.keys(rule)) {
      if (!RULE_FIELDS.includes(key)) {
        atRule(
          `${base}/${escapePointerToken(key)}`,
          `${label} has an unknown field "${key}".`,
          `Use only: ${RULE_FIELDS.join(', ')}.`,
        );
      }
    }
    if (!isText(rule.description))
      atRule(`${base}/description`, `${label} has no description.`, 'Say in plain English what the rule does.');
    if (!isText(rule.source)) {
      atRule(
        `${base}/source`,
        `${label} has no source.`,
        'Name the regulation or guidance, e.g. "AAR 2005 reg 36(3)", or "Agency practice".',
      );
    }
    const kind = RULE_KINDS.includes(rule.kind as RuleKind) ? (rule.kind as RuleKind) : undefined;
    if (!kind) {
      atRule(
        `${base}/kind`,
        `${label} has the kind ${describeValue(rule.kind)}, which the kit does not know.`,
        `Use one of: ${RULE_KINDS.join(', ')}.`,
      );
    }

    const tokens = targetTokens(rule.target);
    if (!tokens) {
      const uiScope = typeof rule.target === 'string' && rule.target.startsWith('#/');
      atRule(
        `${base}/target`,
        `${label} has the target ${describeValue(rule.target)}, which is not a JSON pointer into the form's data.`,
        uiScope
          ? 'Write the data path, not the UI scope: "#/properties/review/properties/date" is "/review/date".'
          : 'Write a pointer such as "/review/firstReviewDue" (use * for every item of a list).',
      );
    } else if (schemaPaths && !schemaPaths.has(tokens.join('/'))) {
      atRule(
        `${base}/target`,
        `${label} targets '${String(rule.target)}', which is not in the schema.`,
        'Check the pointer against schema.json.',
      );
    }
    const rows = tokens ? hasRows(tokens) : false;

    if (kind && SPEAKING.includes(kind)) {
      if (rule.message === undefined) {
        if (kind === 'validate')
          atRule(
            `${base}/message`,
            `${label} is a validate rule with no message.`,
            'Add "message": "messages.<area>.<what-to-do>" and its text in the i18n files.',
          );
      }
    } else if (kind && (rule.message !== undefined || rule.messageValues !== undefined)) {
      atRule(
        `${base}/message`,
        `${label} is a ${kind} rule, which gives no message.`,
        'Remove "message" and "messageValues".',
      );
    }
    if (
      rule.message !== undefined &&
      (typeof rule.message !== 'string' || !/^messages\.[A-Za-z0-9.-]+$/.test(rule.message))
    ) {
      atRule(
        `${base}/message`,
        `The message key ${describeValue(rule.message)} does not start with "messages.".`,
        'Use a key such as "messages.reviews.first-review-overdue".',
      );
    }

    const params = rule.params;
    if (params !== undefined && !isObject(params)) {
      atRule(`${base}/params`, `${label} has params that are not an object.`, 'Write params as {"name": value}.');
    }
    const declared = isObject(params) ? params : {};
    for (const [key, value] of Object.entries(declared)) {
      const ok = isParamValue(value) || (Array.isArray(value) && value.every(isParamValue));
      if (!NAME.test(key)) {
        atRule(
          `${base}/params/${escapePointerToken(key)}`,
          `The param name "${key}" is not a simple name.`,
          'Use letters and digits in camelCase, e.g. "firstReviewDays".',
        );
      } else if (!ok) {
        atRule(
          `${base}/params/${escapePointerToken(key)}`,
          `The param "${key}" is not a number, text, true/false or a list of these.`,
          'Give it a plain value, e.g. 28.',
        );
      }
    }

    const checkVariable = (path: string, pointer: string, scope: VariableScope) => {
      const parts = splitVarPath(path);
      const forbidden = parts.find(isForbiddenToken);
      if (forbidden) {
        atRule(
          pointer,
          `${label} reads '${path}', which reaches "${forbidden}".`,
          'Read only form data, params, row, index and derived values.',
        );
        return;
      }
      if (scope === 'item' || path === '') return;
      const [root, ...rest] = parts as [string, ...string[]];
      if (!ROOTS.includes(root)) {
        atRule(
          pointer,
          `${label} reads '${path}', but rule variables start with ${ROOTS.join(', ')}.`,
          `Did you mean 'data.${path}'?`,
        );
        return;
      }
      if ((root === 'row' || root === 'index' || root === 'derivedRow') && tokens && !rows) {
        atRule(
          pointer,
          `${label} reads '${path}', but its target has no * (no row).`,
          'Target every item with a * (e.g. "/supportItems/*/signOff"), or read from data.',
        );
        return;
      }
      if (root === 'params') {
        const param = rest[0];
        if (param !== undefined && !Object.hasOwn(declared, param)) {
          atRule(
            pointer,
            `${label} reads 'params.${param}', which it does not declare.`,
            `Add "${param}" to the rule's "params" with its value.`,
          );
        }
        return;
      }
      const rowTokens = tokens && rows ? rowPrefix(tokens) : [];
      if (root === 'derived' || root === 'derivedRow') {
        if (rest.length === 0) return;
        const full = generic(root === 'derived' ? rest : [...rowTokens, ...rest]);
        if (!derivedTargets.some((t) => within(full, t))) {
          atRule(
            pointer,
            `${label} reads '${path}', but no earlier derive rule sets /${full}.`,
            'Put the derive rule above this one (rules run in order), or correct the path.',
          );
        }
        return;
      }
      if (schemaPaths && (root === 'data' || root === 'row') && rest.length > 0) {
        const full = generic(root === 'data' ? rest : [...rowTokens, ...rest]);
        const known =
          schemaPaths.has(full) || (rest.at(-1) === 'length' && schemaPaths.has(full.slice(0, -'/length'.length)));
        if (!known) {
          atRule(
            pointer,
            `${label} reads '${path}', which is not in the schema.`,
            'Check the spelling against schema.json, or add the field.',
          );
        }
      }
    };
    const visitor = { problem: atRule, variable: checkVariable };

    if (rule.logic === undefined) {
      atRule(`${base}/logic`, `${label} has no logic.`, 'Add "logic": the JSON-Logic expression.');
    } else {
      walkLogic(rule.logic, `${base}/logic`, visitor, DEFAULT_LOGIC_LIMITS);
    }
    if (rule.messageValues !== undefined) {
      if (!isObject(rule.messageValues)) {
        atRule(
          `${base}/messageValues`,
          `${label} has messageValues that are not an object.`,
          'Write {"placeholder": logic}.',
        );
      } else {
        for (const [key, logic] of Object.entries(rule.messageValues)) {
          const pointer = `${base}/messageValues/${escapePointerToken(key)}`;
          if (!NAME.test(key))
            atRule(
              pointer,
              `The message value name "${key}" is not a simple name.`,
              'Use letters and digits, e.g. "dueDate".',
            );
          else walkLogic(logic, pointer, visitor, DEFAULT_LOGIC_LIMITS);
        }
      }
    }
    if (kind === 'derive' && tokens) derivedTargets.push(generic(tokens));
  });
  return problems;
}
