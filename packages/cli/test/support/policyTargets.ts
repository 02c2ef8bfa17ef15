// What the scripted policy change changes, chosen from the definitions of the copy at run time, so a
// real release (a rename, an option removed, a deadline changed) never breaks the test that scripts one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { eachObject, editForm, readForm } from './policyEdits';

type Json = Record<string, unknown>;

/** A field of a schema: its data path (`*` for rows), its node with a local `$ref` resolved, and whether the schema writes it in place (no `$ref` on the way). */
interface Field {
  path: string[];
  node: Json;
  inPlace: boolean;
}

/** A node with its local `$ref` (`#/$defs/...`) resolved, its own keywords kept. */
function resolved(schema: Json, node: Json): Json {
  let target = node;
  for (let hops = 0; typeof target.$ref === 'string' && target.$ref.startsWith('#/') && hops < 16; hops++) {
    const next = valueAt(schema, target.$ref.slice(2).split('/')) as Json | undefined;
    if (!next || typeof next !== 'object') break;
    target = next;
  }
  return target === node ? node : { ...target, ...node };
}

/** Every field of a schema, in the schema's order (breadth first, iterative). */
export function schemaFields(schema: Json): Field[] {
  const fields: Field[] = [];
  const queue: Field[] = [{ path: [], node: schema, inPlace: true }];
  for (let i = 0; i < queue.length; i++) {
    const { path, node: own, inPlace } = queue[i] as Field;
    if (path.length > 32) continue;
    const node = resolved(schema, own);
    if (path.length > 0) fields.push({ path, node, inPlace: inPlace && own.$ref === undefined });
    const below = inPlace && own.$ref === undefined;
    for (const [name, child] of Object.entries((node.properties ?? {}) as Json))
      queue.push({ path: [...path, name], node: child as Json, inPlace: below });
    if (node.items && typeof node.items === 'object')
      queue.push({ path: [...path, '*'], node: node.items as Json, inPlace: below });
  }
  return fields;
}

/** A data path as a pointer (`/child/placementDate`), a dotted name (`child.placementDate`) and a key stem. */
export const pointer = (path: readonly string[]) => `/${path.join('/')}`;
export const dotted = (path: readonly string[]) => path.join('.');
const keyStem = (path: readonly string[]) => path.filter((t) => t !== '*').join('.');

/** A candidate was needed and none exists: the test fails naming what it looked for. */
function none(what: string): never {
  throw new Error(`The scripted policy change needs ${what}, and the forms have none.`);
}

/** The form's rule packs: name, rules and cases (when it has a cases file). */
export function rulePacks(folder: string): { name: string; rules: Json[]; cases: Json[] }[] {
  const names = (readForm(folder, 'form.json').rulePacks ?? []) as string[];
  return names.map((name) => ({
    name,
    rules: readForm(folder, `rules/${name}.json`).rules as Json[],
    cases: existsSync(join(folder, `rules/${name}.cases.json`))
      ? (readForm(folder, `rules/${name}.cases.json`).cases as Json[])
      : [],
  }));
}

/** The `var` paths a value reads. */
function varsOf(value: unknown): string[] {
  const vars: string[] = [];
  eachObject(value, (node) => {
    if (typeof node.var === 'string') vars.push(node.var);
  });
  return vars;
}

/** Carry-forward mappings that read or write a form, relative to the form folder. */
export function carryForwardFiles(forms: string, form: string): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  for (const other of readdirSync(forms)) {
    const dir = join(forms, other, 'carry-forward');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const mapping = readForm(dir, name) as { source?: Json; target?: Json };
      if (mapping.source?.form !== form && mapping.target?.form !== form) continue;
      files.push({ file: relative(join(forms, form), join(dir, name)), text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
}

/** The text of the form's migrations: what earlier releases renamed or remapped. */
function migrationsText(folder: string): string {
  const dir = join(folder, 'migrations');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

/** The value at a data path (no `*`), or undefined. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const token of path) node = node && typeof node === 'object' ? (node as Json)[token] : undefined;
  return node;
}

/** A name not yet among `taken`: `base`, then `base2`, `base3`… */
export function freeName(base: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken(name)) return name;
  }
}

/** The field to rename: a date that a rule reads and a carry-forward mapping names; the new name is free. */
export function renameTarget(forms: string, form: string): { from: string[]; to: string[] } {
  const folder = join(forms, form);
  const schema = readForm(folder, 'schema.json');
  const read = new Set(rulePacks(folder).flatMap((p) => varsOf(p.rules)));
  const mapped = carryForwardFiles(forms, form).map((f) => f.text);
  const migrated = migrationsText(folder);
  const field = schemaFields(schema).find(
    ({ path, node }) =>
      node.format === 'date' &&
      !path.includes('*') &&
      !mentions(path).test(migrated) &&
      read.has(`data.${dotted(path)}`) &&
      mapped.some((text) => text.includes(`"${pointer(path)}"`)),
  );
  if (!field)
    none(
      `a date field of ${form} outside lists that a rule reads, a carry-forward mapping names and no migration names`,
    );
  const leaf = field.path.at(-1) as string;
  const parent = field.path.slice(0, -1);
  const siblings = (schemaFields(schema).find((f) => dotted(f.path) === dotted(parent))?.node.properties ??
    schema.properties) as Json;
  const name = freeName(`renamed${leaf[0]?.toUpperCase()}${leaf.slice(1)}`, (n) => n in siblings);
  return { from: field.path, to: [...parent, name] };
}

/** A pattern for a data path as rules, schemas and mappings write it (`child.x`, `/child/x`, `/properties/child/properties/x`). */
export function mentions(path: readonly string[]): RegExp {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forms = [`data.${dotted(path)}`, pointer(path), `/properties/${path.join('/properties/')}`].map(literal);
  return new RegExp(`(?:${forms.join('|')})(?![A-Za-z0-9_])`);
}

/** The deadline rule: a derive rule with cases whose logic adds a parameter's weeks or days to a date. */
export interface Deadline {
  pack: string;
  id: string;
  target: string;
  param: string;
  amount: number;
  unit: 'weeks' | 'days';
  from: string[];
}

export function deadlineRule(folder: string): Deadline {
  for (const pack of rulePacks(folder)) {
    for (const rule of pack.rules) {
      const add = (rule.logic as Json | undefined)?.date_add as [Json, Json, string] | undefined;
      if (rule.kind !== 'derive' || !Array.isArray(add) || typeof rule.target !== 'string') continue;
      const [date, amount, unit] = add;
      const param = String(amount?.var ?? '').replace(/^params\./, '');
      const value = (rule.params as Json | undefined)?.[param];
      const source = String(date?.var ?? '');
      if (!(unit === 'weeks' || unit === 'days') || typeof value !== 'number' || !source.startsWith('data.')) continue;
      const cases = pack.cases.filter((c) => c.rule === rule.id && valueAt(c.given, source.split('.').slice(1)));
      if (cases.length === 0) continue;
      return {
        pack: pack.name,
        id: String(rule.id),
        target: rule.target,
        param,
        amount: value,
        unit,
        from: source.split('.').slice(1),
      };
    }
  }
  return none(
    `a derive rule, with cases giving its date, whose logic is date_add of a data date and a params number of weeks or days (in ${basename(folder)})`,
  );
}

interface Case {
  rule: string;
  today?: string;
  given: unknown;
  expect: { derived: Record<string, unknown>; messages?: { values?: Record<string, unknown> }[] };
}

/**
 * Moves a deadline two weeks (or fourteen days) later: its parameter, its cases' expectations computed
 * from its logic, and the cases of rules that read the date it derives, moved by as many days.
 */
export function editDeadline(folder: string, deadline: Deadline): void {
  const amount = deadline.amount + (deadline.unit === 'weeks' ? 2 : 14);
  const days = (n: number) => (deadline.unit === 'weeks' ? n * 7 : n);
  const derived = `derived.${deadline.target.slice(1).split('/').join('.')}`;
  editForm(folder, `rules/${deadline.pack}.json`, (pack) => {
    const rule = (pack.rules as Json[]).find((r) => r.id === deadline.id) as { params: Json };
    rule.params[deadline.param] = amount;
  });
  for (const pack of rulePacks(folder)) {
    const readers = new Map(
      pack.rules
        .filter((rule) => JSON.stringify(rule.logic ?? null).includes(`"${derived}"`))
        .map((rule) => [rule.id, (rule.messageValues ?? {}) as Record<string, { var?: unknown }>]),
    );
    if (pack.name !== deadline.pack && readers.size === 0) continue;
    editForm(folder, `rules/${pack.name}.cases.json`, (file) => {
      for (const c of file.cases as Case[]) {
        const date = valueAt(c.given, deadline.from);
        if (c.rule === deadline.id && typeof date === 'string')
          c.expect.derived[deadline.target] = addDays(date, days(amount));
        const values = readers.get(c.rule);
        if (!values || !c.today) continue;
        // A check of the deadline moves with it: the same days, later.
        c.today = addDays(c.today, days(amount - deadline.amount));
        for (const message of c.expect.messages ?? [])
          for (const [key, value] of Object.entries(message.values ?? {}))
            if (values[key]?.var === derived && typeof value === 'string')
              (message.values as Json)[key] = addDays(value, days(amount - deadline.amount));
      }
    });
  }
}

/** An ISO date moved by a number of days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The option to remove (one the examples use) and the one its answers become. */
export function optionTarget(forms: string, form: string): { path: string[]; removed: string; instead: string } {
  const folder = join(forms, form);
  const mapped = carryForwardFiles(forms, form).map((f) => f.text);
  const migrated = migrationsText(folder);
  const schema = readForm(folder, 'schema.json');
  const english = readForm(folder, 'i18n/en.json');
  const rules = rulePacks(folder)
    .map((p) => JSON.stringify(p.rules))
    .join('\n');
  const examples = readdirSync(join(folder, 'examples'))
    .filter((f) => f.startsWith('valid.'))
    .map((f) => readForm(join(folder, 'examples'), f).data);
  for (const { path, node, inPlace } of schemaFields(schema)) {
    const codes = node.enum as unknown[] | undefined;
    if (
      !inPlace ||
      path.at(-1) === '*' ||
      !Array.isArray(codes) ||
      codes.length < 3 ||
      !codes.every((c) => typeof c === 'string')
    )
      continue;
    if (typeof english[`${keyStem(path)}.label`] !== 'string') continue;
    if ([...mapped, migrated].some((text) => mentions(path).test(text))) continue;
    const used = new Set(examples.flatMap((data) => valuesAt(data, path)));
    const free = (codes as string[]).filter((c) => !rules.includes(`"${c}"`));
    const removed = free.find((c) => used.has(c));
    const instead = free.find((c) => c !== removed);
    if (removed && instead) return { path, removed, instead };
  }
  return none(
    'an option field (3 or more options, with a label, named by no carry-forward mapping or migration) whose examples use an option no rule names',
  );
}

/** Every value at a data path with `*` for rows. */
export function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  let nodes = [data];
  for (const token of path) {
    nodes = nodes.flatMap((node) => {
      if (token === '*') return Array.isArray(node) ? node : [];
      return node && typeof node === 'object' && token in node ? [(node as Json)[token]] : [];
    });
  }
  return nodes;
}

/** A field that can lose a reader: a question (not a section) with its own list of two or more readers, read by no rule or mapping. */
export function restrictionTarget(forms: string, form: string): { path: string[]; keep: string[]; lost: string } {
  const folder = join(forms, form);
  const named = [
    ...rulePacks(folder).map((p) => JSON.stringify(p.rules)),
    ...carryForwardFiles(forms, form).map((f) => f.text),
  ];
  for (const { path, node, inPlace } of schemaFields(readForm(folder, 'schema.json'))) {
    const readers = node['x-audience'];
    if (
      !inPlace ||
      !Array.isArray(readers) ||
      readers.length < 2 ||
      node.properties ||
      node.items ||
      path.includes('*')
    )
      continue;
    if (named.some((text) => mentions(path).test(text))) continue;
    return { path, keep: readers.slice(0, -1) as string[], lost: String(readers.at(-1)) };
  }
  return none('a question outside lists with its own x-audience of two or more readers that no rule or mapping names');
}

/** The section for the new question: a top-level section with required questions and a Control on the page. */
export function questionTarget(folder: string): { section: string; after: string; agreed: string; details: string } {
  const schema = readForm(folder, 'schema.json');
  const scopes: string[] = [];
  eachObject(readForm(folder, 'uischema.json'), (node) => {
    if (typeof node.scope === 'string') scopes.push(node.scope);
  });
  for (const [section, node] of Object.entries(schema.properties as Json) as [string, Json][]) {
    const props = node.properties as Json | undefined;
    if (!props || !Array.isArray(node.required)) continue;
    const prefix = `#/properties/${section}/properties/`;
    const after = scopes.filter((s) => s.startsWith(prefix) && !s.slice(prefix.length).includes('/')).at(-1);
    if (!after) continue;
    const agreed = freeName('letterPlanAgreed', (n) => n in props);
    const details = agreed.replace('Agreed', 'Details');
    if (details in props) continue;
    return { section, after, agreed, details };
  }
  return none('a top-level section with a required list and a Control in uischema.json for one of its questions');
}
