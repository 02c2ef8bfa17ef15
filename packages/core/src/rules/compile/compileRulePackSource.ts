import {
  describeValue,
  guarded,
  isJsonObject,
  MAX_INPUT_DEPTH,
  optionsOf,
  tooDeepAt,
} from '../../definition/jsonInput';
import { KitInputError } from '../../errors';
import { dateOperators } from '../dateOperators';
import { LogicError } from '../LogicError';
import { DEFAULT_LOGIC_LIMITS, OPERATORS } from '../operatorCatalog';
import { prepareLogic } from '../prepareLogic';
import { standardOperators } from '../standardOperators';
import { COMPILED_RULES_FORMAT } from './CompiledRules';
import { ruleDigest } from './ruleDigest';

/** Options for {@link compileRulePackSource}. */
export interface CompileRulePackOptions {
  /** A line of comment written at the top of the module, e.g. where it was generated from. */
  header?: string;
}

/** Which operators evaluate their own arguments (if, and, or, map, ...): only names matter here. */
const LAZY = new Set(Object.entries(standardOperators).flatMap(([name, op]) => (op.lazy ? [name] : [])));
/** Lazy operators written out as JavaScript conditionals rather than called with functions. */
const INLINE = new Set(['if', '?:', 'and', 'or']);
/**
 * The operators with a form taking their arguments one by one, and whether their result is never a list
 * or a text (then it is not measured): read from the operators themselves. The date operators' settings
 * change what they give, not which have that form.
 */
const FIXED: ReadonlyMap<string, { scalar: boolean }> = new Map(
  Object.entries({
    ...standardOperators,
    ...dateOperators({ bankHolidays: [], leapDayBirthday: 'march-1', today: () => '' }),
  }).flatMap(([name, op]) => (op.fixed ? [[name, { scalar: op.scalar === true }] as const] : [])),
);
/** Every operator a rule may use: the same names the interpreter registers. */
const KNOWN: Readonly<Record<string, unknown>> = OPERATORS;

const fail = (pointer: string, problem: string, fix: string): never => {
  throw new KitInputError({ function: 'compileRulePackSource', argument: 'packs', pointer, problem, fix });
};

/** A JavaScript literal for a JSON scalar. */
function literal(value: unknown, pointer: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '(-0)';
    if (Number.isNaN(value)) return 'NaN';
    return value < 0 ? `(${value})` : String(value);
  }
  if (value === undefined) return 'undefined';
  return fail(pointer, `The logic holds ${describeValue(value)}, which JSON cannot.`, 'Rules are JSON only.');
}

/** Writes the source of one module: hoisted declarations, then the rule set. */
class ModuleWriter {
  readonly declarations: string[] = [];
  private readonly operators = new Map<string, string>();
  private count = 0;

  private name(prefix: string): string {
    this.count += 1;
    return `${prefix}${this.count}`;
  }

  private declare(prefix: string, expression: string): string {
    const name = this.name(prefix);
    this.declarations.push(`  const ${name} = ${expression};`);
    return name;
  }

  private operator(op: string): string {
    let name = this.operators.get(op);
    if (name === undefined) {
      name = this.declare('$', `ops.op(${JSON.stringify(op)})`);
      this.operators.set(op, name);
    }
    return name;
  }

  private readonly readers = new Map<string, string>();

  /** An eager operator's own form taking its arguments one by one (not charged), declared once. */
  private positional(op: string): string {
    const key = `positional:${op}`;
    let name = this.readers.get(key);
    if (name === undefined) {
      name = this.declare('p', `ops.positional(${JSON.stringify(op)})`);
      this.readers.set(key, name);
    }
    return name;
  }

  /** The reader of one written-out variable path, declared once. */
  private reader(path: string | number): string {
    const key = `${typeof path}:${path}`;
    let name = this.readers.get(key);
    if (name === undefined) {
      name = this.declare('v', `ops.path(${literal(path, '')})`);
      this.readers.set(key, name);
    }
    return name;
  }

  /** A function `(c) => ...` for a piece of logic, declared once at the top of the factory. */
  function(logic: unknown, pointer: string): string {
    let prepared: unknown;
    try {
      prepared = prepareLogic(logic, KNOWN, DEFAULT_LOGIC_LIMITS);
    } catch (error) {
      if (!(error instanceof LogicError)) throw error;
      const args = [error.kind, error.reason, error.fix].map((text) => JSON.stringify(text)).join(', ');
      return this.declare('r', `ops.refused(${args})`);
    }
    return this.closure(prepared, pointer);
  }

  private refusal(broken: 'null' | 'undefined'): string {
    const reason = JSON.stringify(`It failed: Cannot read properties of ${broken} (reading '+').`);
    return this.declare('r', `ops.refused("error", ${reason}, ${JSON.stringify(REFUSED_FIX)})`);
  }

  private closure(prepared: unknown, pointer: string): string {
    const broken = brokenReduce(prepared);
    if (broken !== undefined) return this.refusal(broken);
    const scope: Scope = { temps: 0 };
    const body = this.expression(prepared, pointer, scope);
    if (scope.temps === 0) return this.declare('f', `(c) => ${body}`);
    const temps = Array.from({ length: scope.temps }, (_, i) => `t${i + 1}`).join(', ');
    return this.declare('f', `(c) => {\n    let ${temps};\n    return ${body};\n  }`);
  }

  /**
   * An argument of `if`, `and` or `or`, written in place: what running it as a piece of logic gives,
   * including json-logic-engine's refusal of a broken `reduce` when (and only when) it runs.
   */
  private inlineArgument(arg: unknown, pointer: string, scope: Scope): string {
    const broken = brokenReduce(arg);
    return broken === undefined ? this.expression(arg, pointer, scope) : `${this.refusal(broken)}(c)`;
  }

  /**
   * `if`, `and` and `or` as JavaScript conditionals, charged and measured as the operators are: one
   * operation before their arguments run, the result measured after (standardOperators.ts).
   */
  private conditional(op: string, args: readonly unknown[], at: string, scope: Scope): string {
    const parts = args.map((arg, i) => this.inlineArgument(arg, `${at}/${i}`, scope));
    let value: string;
    if (op === 'and' || op === 'or') {
      if (parts.length === 0) return '(K(), null)';
      scope.temps += 1;
      const t = `t${scope.temps}`;
      value = parts.at(-1) as string;
      for (let i = parts.length - 2; i >= 0; i--) {
        value =
          op === 'and'
            ? `(${t} = ${parts[i]}, T(${t}) ? ${value} : ${t})`
            : `(${t} = ${parts[i]}, T(${t}) ? ${t} : ${value})`;
      }
    } else {
      const pairs = parts.length - (parts.length % 2);
      value = parts.length % 2 === 1 ? (parts.at(-1) as string) : 'null';
      for (let i = pairs - 2; i >= 0; i -= 2) value = `(T(${parts[i]}) ? ${parts[i + 1]} : ${value})`;
    }
    return `(K(), M(${value}))`;
  }

  /** The expression for prepared logic (checked, bounded and normalised by prepareLogic). */
  private expression(node: unknown, pointer: string, scope: Scope): string {
    if (Array.isArray(node)) {
      return `[${node.map((item, i) => this.expression(item, `${pointer}/${i}`, scope)).join(', ')}]`;
    }
    if (node === null || typeof node !== 'object') return literal(node, pointer);
    const [op] = Object.keys(node);
    if (op === undefined) return '({})';
    const args = (node as Record<string, unknown[]>)[op] as unknown[];
    const at = `${pointer}/${op.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (INLINE.has(op)) return this.conditional(op, args, at, scope);
    if (LAZY.has(op)) {
      const list = this.declare('a', `[${args.map((arg, i) => this.closure(arg, `${at}/${i}`)).join(', ')}]`);
      return `${this.operator(op)}(${list}, c)`;
    }
    const [path] = args;
    if (op === 'var' && args.length <= 2 && (typeof path === 'number' || (typeof path === 'string' && path !== ''))) {
      const reader = this.reader(path);
      return args.length === 1 ? `${reader}(c)` : `${reader}(c, ${this.expression(args[1], `${at}/1`, scope)})`;
    }
    const parts = args.map((arg, i) => this.expression(arg, `${at}/${i}`, scope));
    const fixed = FIXED.get(op);
    if (fixed !== undefined && args.length <= 3) {
      // The arguments run first, then the call is charged (K() gives undefined, the next argument's value).
      const call = `${this.positional(op)}(${[...parts, 'K()'].join(', ')})`;
      return fixed.scalar ? call : `M(${call})`;
    }
    const constant = args.every((arg) => arg === null || typeof arg !== 'object');
    return `${this.operator(op)}(${constant ? this.declare('k', `[${parts.join(', ')}]`) : `[${parts.join(', ')}]`}, c)`;
  }
}

/** The temporaries one compiled function needs (`and` and `or` keep the value they test). */
interface Scope {
  temps: number;
}

const REFUSED_FIX = 'Check the rule against docs/reference/operators.md.';

/**
 * json-logic-engine, before it runs a piece of logic, looks for a `reduce` whose second argument adds
 * the accumulator and the current item, reading `args[1]['+']`: a `reduce` with no second argument, or
 * null, makes it fail (a TypeError the interpreter reports as "It failed: ..."). That happens for every
 * `reduce` the piece holds outside the arguments of lazy operators (which it prepares when they first
 * run), before anything is evaluated. Returns what the first such second argument is, if any.
 */
function brokenReduce(prepared: unknown): 'null' | 'undefined' | undefined {
  const stack: unknown[] = [prepared];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const [op] = Object.keys(node);
    if (op === undefined) continue;
    const args = (node as Record<string, unknown[]>)[op] as unknown[];
    if (op === 'reduce' && (args[1] === null || args[1] === undefined)) return args[1] === null ? 'null' : 'undefined';
    if (!LAZY.has(op)) for (let i = args.length - 1; i >= 0; i--) stack.push(args[i]);
  }
  return undefined;
}

function packsOf(input: unknown): unknown[] {
  const list = Array.isArray(input) ? input : [input];
  if (list.length === 0) fail('', 'No rule packs were given.', 'Pass a pack, or a list of packs.');
  return list;
}

/**
 * Compiles rule packs into the source of a plain JavaScript ES module: no imports, no `eval`, no
 * `new Function`, safe under a strict Content-Security-Policy. Its default export is a factory that
 * receives the kit's operator library and returns each rule's logic and message values as functions;
 * `createRuleEngine({ packs, compiled })` runs them with the same budget, checks and errors as the
 * interpreter. Logic the interpreter would refuse compiles to a function that throws the same error.
 */
export function compileRulePackSource(packs: unknown, options?: CompileRulePackOptions): string {
  return guarded('compileRulePackSource', () => compile(packs, optionsOf<CompileRulePackOptions>(site, options)));
}

const site = { function: 'compileRulePackSource' };

function compile(packs: unknown, options: Partial<CompileRulePackOptions>): string {
  if (options.header !== undefined && typeof options.header !== 'string') {
    fail('', `The header must be text, not ${describeValue(options.header)}.`, 'Pass a line of text, or leave it out.');
  }
  const list = packsOf(packs);
  const writer = new ModuleWriter();
  const entries = list.map((pack, p) => {
    const at = Array.isArray(packs) ? `/${p}` : '';
    if (!isJsonObject(pack) || typeof pack.id !== 'string' || !Array.isArray(pack.rules)) {
      return fail(at, `Expected a rule pack, got ${describeValue(pack)}.`, 'Pass packs as loaded from rules/*.json.');
    }
    const deep = tooDeepAt(pack, MAX_INPUT_DEPTH);
    if (deep !== undefined) fail(`${at}${deep}`, `The pack nests more than ${MAX_INPUT_DEPTH} levels.`, 'Split it.');
    const rules = pack.rules.map((rule: unknown, r: number) => {
      const ruleAt = `${at}/rules/${r}`;
      if (!isJsonObject(rule) || typeof rule.id !== 'string') {
        return fail(ruleAt, `Expected a rule with an id, got ${describeValue(rule)}.`, 'Check the pack.');
      }
      const values = rule.messageValues === undefined ? {} : rule.messageValues;
      if (!isJsonObject(values)) fail(`${ruleAt}/messageValues`, 'messageValues must be an object.', 'Check the pack.');
      const logic = writer.function(rule.logic, `${ruleAt}/logic`);
      const pairs = Object.entries(values as Record<string, unknown>).map(
        ([name, value]) => `[${JSON.stringify(name)}, ${writer.function(value, `${ruleAt}/messageValues/${name}`)}]`,
      );
      return `{ id: ${JSON.stringify(rule.id)}, digest: ${JSON.stringify(ruleDigest(rule))}, logic: ${logic}, messageValues: [${pairs.join(', ')}] }`;
    });
    return `      { id: ${JSON.stringify(pack.id)}, rules: [\n        ${rules.join(',\n        ')},\n      ] }`;
  });
  const header =
    options.header === undefined ? '' : `// ${String(options.header).replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
  return `${header}// Compiled rule packs: generated by compileRulePackSource, do not edit.
export default function rules(ops) {
  const K = ops.tick;
  const M = ops.measure;
  const T = ops.truthy;
${writer.declarations.join('\n')}
  return {
    format: ${COMPILED_RULES_FORMAT},
    packs: [
${entries.join(',\n')}
    ],
  };
}
`;
}
