#!/usr/bin/env node
// Precompiles a standalone validator for every published form into dist/validators/, so browsers
// validate without compiling code at runtime (no eval, no new Function: strict-CSP safe).
// Runs after tsup, from the built node entry.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forms } from '@adoption-support/schemas';
import { standaloneValidatorSource } from '../dist/node/index.js';

const out = join(import.meta.dirname, '..', 'dist', 'validators');
await mkdir(out, { recursive: true });
const camel = (id) => id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const validatorType =
  'import type { StandaloneValidator } from "../index.js";\nexport declare const validate: StandaloneValidator;\nexport default validate;\n';
const index = [];
const indexTypes = ['import type { StandaloneValidator } from "../index.js";'];
for (const [id, definition] of Object.entries(forms)) {
  await writeFile(join(out, `${id}.js`), standaloneValidatorSource(definition));
  await writeFile(join(out, `${id}.d.ts`), validatorType);
  index.push(`import { validate as ${camel(id)} } from './${id}.js';`);
  indexTypes.push(
    `/** Precompiled validator for the ${id} form's data. */\nexport declare const ${camel(id)}: StandaloneValidator;`,
  );
}
const ids = Object.keys(forms);
index.push(`export { ${ids.map(camel).join(', ')} };`);
index.push(`export const validators = { ${ids.map((id) => `'${id}': ${camel(id)}`).join(', ')} };`);
indexTypes.push(
  `/** Every published form's precompiled validator, by form id. */\nexport declare const validators: Readonly<Record<${ids.map((id) => `'${id}'`).join(' | ')}, StandaloneValidator>>;`,
);
await writeFile(join(out, 'index.js'), `${index.join('\n')}\n`);
await writeFile(join(out, 'index.d.ts'), `${indexTypes.join('\n')}\n`);
console.log(`Precompiled validators for ${ids.length} forms into dist/validators/.`);
