// A CommonJS consumer (Node >= 20.19 loads ES modules through require): requires every entry point
// of every installed @adoption-support package and calls a function from each package.
const assert = require('node:assert/strict');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const scope = join(__dirname, 'node_modules', '@adoption-support');
const required = [];
for (const folder of readdirSync(scope)) {
  const manifest = JSON.parse(readFileSync(join(scope, folder, 'package.json'), 'utf8'));
  for (const subpath of Object.keys(manifest.exports)) {
    if (subpath.includes('*') || subpath.endsWith('.json')) continue;
    const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    const entry = require(specifier);
    assert.ok(Object.keys(entry).length > 0, `${specifier} exports nothing through require()`);
    required.push(specifier);
  }
}

const { forms, formIds } = require('@adoption-support/schemas');
const { formExamples } = require('@adoption-support/schemas/examples');
const { redact } = require('@adoption-support/core');
const { createAjv } = require('@adoption-support/core/node');
const { validators } = require('@adoption-support/schemas/validators');
const { form: aspEnglandForm } = require('@adoption-support/schemas/asp-england');
const { labelPackGaps } = require('@adoption-support/react');
const { renderDocumentHtml } = require('@adoption-support/react/server');
const { TAG_NAME, AdoptionSupportFormElement } = require('@adoption-support/element');
const { loadFormHistory } = require('@adoption-support/cli');

async function main() {
  const definition = forms['asp-england'];
  const example = formExamples['asp-england']['valid.full'];
  assert.equal(example.version, definition.manifest.version);
  assert.ok(formIds.includes('asp-england'));
  assert.equal(validators['asp-england'](example.data), true, 'the precompiled validator accepts the example');
  assert.equal(aspEnglandForm.validator(example.data), true, "the form's own entry point validates it too");
  assert.equal(aspEnglandForm.definition.manifest.id, 'asp-england');
  assert.equal(createAjv().compile(definition.schema)(example.data), true, 'createAjv accepts the example');
  const { removed } = redact(definition, example.data, 'adopters');
  assert.ok(removed.length > 0, 'redact takes out what the adopters may not see');
  assert.deepEqual(labelPackGaps(definition, undefined, 'en'), []);
  const copy = await renderDocumentHtml(example, { forms, audience: 'adopters', clock: () => '2026-01-15' });
  assert.equal(copy.status, 'rendered', 'a server makes the adopters a copy of the plan');
  assert.ok(copy.html.startsWith('<!doctype html>') && !copy.html.includes('<script'), 'a whole page, with no script');
  assert.equal(TAG_NAME, 'adoption-support-form');
  assert.equal(typeof AdoptionSupportFormElement, 'function');
  const history = await loadFormHistory(join(scope, 'schemas', 'forms', 'asp-england'));
  assert.equal(history.current, definition.manifest.version, 'the CLI reads the installed schemas package');
  console.log(`require() loaded ${required.length} entries: ${required.join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
