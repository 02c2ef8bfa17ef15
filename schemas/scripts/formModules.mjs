// The per-form modules `pnpm generate` writes under src/generated/forms/<id>/, so that each form is
// importable on its own (`@adoption-support/schemas/<id>`) and any bundler splits by form:
//   definition.ts  the form's definition (its files, strings, rule packs and history);
//   validator.js   its ajv standalone validator, an ES module (no eval: safe under a strict CSP);
//   rules.js       its rule packs compiled to plain JavaScript (core's compileRulePackSource): no eval;
// and beside the folder, <id>.ts, the entry: `definition`, `validator`, `rules` and `form` (all three
// together). The entry is named after the form so that a bundler names the form's chunk after it.

export const camel = (id) => id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
export const pascal = (id) => camel(id).replace(/^./, (c) => c.toUpperCase());
/** A version or migration name as part of a variable name: `2025.1-to-2026.1` → `2025_1To2026_1`. */
const identifier = (name) => name.replace(/\./g, '_').replace(/-to-/g, 'To');

/** The `history` member of a form's definition: its kept versions' schemas and its migrations. */
function historyLines(history) {
  const versions = history.versions.map((version) => `'${version}': { schema: version${identifier(version)}Schema }`);
  const migrations = history.migrations.map((name) => `{ name: '${name}', content: migration${identifier(name)} }`);
  if (versions.length === 0 && migrations.length === 0) return '  history: { versions: {}, migrations: [] },';
  return [
    '  history: {',
    `    versions: { ${versions.join(', ')} },`,
    '    migrations: [',
    ...migrations.map((m) => `      ${m},`),
    '    ],',
    '  },',
  ].join('\n');
}

/** `definition.ts`: the form's definition, built from its folder's files. */
export function definitionModule(header, { id, manifest, history }) {
  const base = `../../../../forms/${id}`;
  const lines = [header, "import type { FormDefinitionData, FormManifest } from '../../../FormDefinition';"];
  lines.push(`import manifest from '${base}/form.json';`);
  lines.push(`import schema from '${base}/schema.json';`);
  lines.push(`import uischema from '${base}/uischema.json';`);
  for (const locale of manifest.locales)
    lines.push(`import locale${pascal(locale)} from '${base}/i18n/${locale}.json';`);
  for (const pack of manifest.rulePacks) lines.push(`import rules${pascal(pack)} from '${base}/rules/${pack}.json';`);
  for (const version of history.versions) {
    lines.push(`import version${identifier(version)}Schema from '${base}/versions/${version}/schema.json';`);
  }
  for (const name of history.migrations) {
    lines.push(`import migration${identifier(name)} from '${base}/migrations/${name}.json';`);
  }
  const locales = manifest.locales.map((l) => `${l}: locale${pascal(l)}`).join(', ');
  const packs = manifest.rulePacks.map((p) => `'${p}': rules${pascal(p)}`).join(', ');
  lines.push(
    '',
    `/** The \`${id}\` form, version ${manifest.version}. */`,
    `export const ${camel(id)}: FormDefinitionData = {`,
    '  manifest: manifest as FormManifest,',
    '  schema,',
    '  uischema,',
    `  locales: { ${locales} },`,
    `  rulePacks: { ${packs} },`,
    historyLines(history),
    '};',
    '',
  );
  return lines.join('\n');
}

/** `validator.d.ts`: the type of the generated `validator.js`. */
export function validatorTypes(header, id) {
  return [
    header,
    "import type { FormValidator } from '../../../FormModule';",
    '',
    `/** The \`${id}\` form's precompiled validator: ajv's standalone code, with \`validate.errors\` after a call. */`,
    'export declare const validate: FormValidator;',
    'export default validate;',
    '',
  ].join('\n');
}

/** `rules.d.ts`: the type of the generated `rules.js`. */
export function rulesTypes(header, id) {
  return [
    header,
    "import type { CompiledRulesFactory } from '../../../FormModule';",
    '',
    `/** The \`${id}\` form's rule packs compiled to JavaScript: call with core's operator library. */`,
    'declare const rules: CompiledRulesFactory;',
    'export default rules;',
    '',
  ].join('\n');
}

/** `<id>.ts`: the form's entry point, `@adoption-support/schemas/<id>`. */
export function entryModule(header, id) {
  const v = camel(id);
  return [
    header,
    "import type { FormModule } from '../../FormModule';",
    `import { ${v} } from './${id}/definition';`,
    `import compiledRules from './${id}/rules.js';`,
    `import { validate } from './${id}/validator.js';`,
    '',
    `/** The \`${id}\` form's definition. */`,
    `export const definition = ${v};`,
    `/** The \`${id}\` form's precompiled validator (no eval: safe under a strict Content-Security-Policy). */`,
    'export const validator = validate;',
    `/** The \`${id}\` form's rule packs compiled to JavaScript: a factory taking core's operator library. */`,
    'export const rules = compiledRules;',
    `/** The \`${id}\` form: definition, validator and compiled rules, for \`AdoptionSupportForm\` or a server. */`,
    'export const form: FormModule = { definition, validator, rules };',
    '',
  ].join('\n');
}

/** `registry.ts`: every form's definition, by id (no validators, so it stays small). */
export function registryModule(header, forms) {
  const lines = [header, "import type { FormDefinitionData, FormId } from '../FormDefinition';"];
  for (const { id } of forms) lines.push(`import { ${camel(id)} } from './forms/${id}/definition';`);
  lines.push(
    '',
    `export { ${forms.map(({ id }) => camel(id)).join(', ')} };`,
    '',
    '/** Every published form, by id. */',
    'export const forms: Readonly<Record<FormId, FormDefinitionData>> = {',
    ...forms.map(({ id }) => `  '${id}': ${camel(id)},`),
    '};',
    '',
  );
  return lines.join('\n');
}

/** `validators.ts` (`@adoption-support/schemas/validators`): every form's validator, for servers. */
export function validatorsModule(header, forms) {
  const lines = [
    header,
    "import type { FormId } from '../FormDefinition';",
    "import type { FormValidator } from '../FormModule';",
  ];
  for (const { id } of forms) lines.push(`import { validate as ${camel(id)} } from './forms/${id}/validator.js';`);
  lines.push(
    '',
    `export { ${forms.map(({ id }) => camel(id)).join(', ')} };`,
    '',
    "/** Every published form's precompiled validator, by form id. A browser imports one form's instead. */",
    'export const validators: Readonly<Record<FormId, FormValidator>> = {',
    ...forms.map(({ id }) => `  '${id}': ${camel(id)},`),
    '};',
    '',
  );
  return lines.join('\n');
}
