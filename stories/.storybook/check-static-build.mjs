#!/usr/bin/env node
// Checks the static Storybook that `storybook build` wrote: it must open (index.html, iframe.html)
// and hold, for every published form, its page and every story a designer needs in each of the
// form's languages. Run after the build (`pnpm build:storybook` does both); exits non-zero, naming
// what is missing, otherwise prints a one-line summary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const stories = join(import.meta.dirname, '..');
const out = join(stories, 'storybook-static');
const formsDir = join(stories, '..', 'schemas', 'forms');

const STATES = ['Empty', 'Partly done', 'Complete', 'With errors', 'Check answers', 'Print'];
const READERS = {
  professionals: 'Seen by professionals',
  panel: 'Seen by the panel',
  adopters: 'Seen by the adopters',
  child: 'Seen by the child',
  birthFamily: 'Seen by a birth relative',
};
const LANGUAGES = { en: 'In English', cy: 'In Welsh (Cymraeg)' };
const JOURNEYS = [
  'Submitting an empty section shows the error summary',
  'Answering a question reveals the conditional field',
  'Changing the placement date updates the review dates',
  'Switching language keeps the answers',
];

// Every custom renderer, with at least two named examples.
const RENDERERS = ['Text input', 'Choices', 'Date input', 'Repeatable rows', 'Error summary', 'Views'];

const problems = [];
for (const file of ['index.html', 'iframe.html', 'index.json']) {
  if (!existsSync(join(out, file))) problems.push(`${file} is missing from ${out}: did the build run?`);
}
if (problems.length === 0) {
  const { entries } = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const all = Object.values(entries);
  for (const id of readdirSync(formsDir).filter((name) => existsSync(join(formsDir, name, 'form.json')))) {
    const manifest = JSON.parse(readFileSync(join(formsDir, id, 'form.json'), 'utf8'));
    const inFolder = all.filter((e) => e.importPath.startsWith(`./forms/${id}/`));
    if (!inFolder.some((e) => e.type === 'docs' && e.title.endsWith('/About this form'))) {
      problems.push(`${id}: no "About this form" page (add forms/${id}/*.mdx).`);
    }
    for (const locale of manifest.locales) {
      const language = LANGUAGES[locale] ?? locale;
      const names = new Set(
        inFolder.filter((e) => e.type === 'story' && e.title.endsWith(`/${language}`)).map((e) => e.name),
      );
      const wanted = [...STATES, ...manifest.audiences.map((a) => READERS[a] ?? `Seen by ${a}`)];
      const missing = wanted.filter((name) => !names.has(name));
      if (missing.length > 0) problems.push(`${id} ${language}: no stories "${missing.join('", "')}".`);
    }
  }
  const journeys = new Set(all.filter((e) => e.title.startsWith('Journeys/')).map((e) => e.name));
  const missingJourneys = JOURNEYS.filter((name) => !journeys.has(name));
  if (missingJourneys.length > 0) problems.push(`Journeys: no stories "${missingJourneys.join('", "')}".`);
  for (const renderer of RENDERERS) {
    const examples = all.filter((e) => e.type === 'story' && e.title === `Renderers/${renderer}`);
    if (examples.length < 2)
      problems.push(`Renderers/${renderer}: ${examples.length} named examples, wanted 2 or more.`);
  }
  if (problems.length === 0) {
    const count = (type) => all.filter((e) => e.type === type).length;
    console.log(
      `Static Storybook checked: ${count('story')} stories and ${count('docs')} pages, every form and language, every renderer.`,
    );
  }
}
if (problems.length > 0) {
  console.error(`The static Storybook is incomplete:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
