// @vitest-environment node
import { applyHiddenData, createRuleEngine, getAtPointer } from '@adoption-support/core';
import { type ControlModel, formModel } from '@adoption-support/react';
import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, formEvents, openElementPage, setForm } from './browserPage';

afterAll(closeBrowser);

const TODAY = '2026-01-15';
const en = aspEngland.locales.en!;

type Step =
  | { kind: 'fill'; pointer: string; control: ControlModel; value: unknown }
  | { kind: 'addRow'; pointer: string };

/** The id suffix the kit gives the input of the field at a pointer (see the react package's fieldId). */
const idSuffix = (pointer: string, part?: string) =>
  `-f${pointer.replace(/[^A-Za-z0-9_]/g, '-')}${part ? `-${part}` : ''}`;

/** What a person would do, in form order, to enter `data` into one section: answers, and rows to add first. */
function stepsFor(controls: ControlModel[], data: unknown, hidden: Set<string>): Step[] {
  const steps: Step[] = [];
  const startsWith = (path: string[], prefix: string[]) => prefix.every((t, i) => path[i] === t);
  const walk = (parent: string[], base: string[]) => {
    const depth = parent.length;
    const level = controls.filter(
      (c) => c.dataPath.length > depth && startsWith(c.dataPath, parent) && !c.dataPath.slice(depth).includes('*'),
    );
    for (const control of level) {
      const tokens = [...base, ...control.dataPath.slice(depth)];
      const pointer = `/${tokens.join('/')}`;
      const value = getAtPointer(data, tokens);
      if (value === undefined || hidden.has(pointer)) continue;
      const rowPath = [...control.dataPath, '*'];
      const isList = controls.some((c) => c.dataPath.length > rowPath.length && startsWith(c.dataPath, rowPath));
      if (!isList) {
        steps.push({ kind: 'fill', pointer, control, value });
        continue;
      }
      for (const [row] of (Array.isArray(value) ? value : []).entries()) {
        steps.push({ kind: 'addRow', pointer });
        walk(rowPath, [...tokens, String(row)]);
      }
    }
  };
  walk([], []);
  return steps;
}

/** The id of what has the focus inside the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('adoption-support-form')?.shadowRoot?.activeElement;
    return { id: active?.id ?? '', text: active?.textContent ?? '', tag: active?.tagName ?? '' };
  });

/** Presses Tab until the focus is on an element whose id ends with `suffix` (or whose text is `text`). */
async function tabTo(page: Page, target: { suffix?: string; text?: string }) {
  for (let i = 0; i < 400; i++) {
    const now = await focused(page);
    if ((target.suffix && now.id.endsWith(target.suffix)) || (target.text && now.text === target.text)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tabbing never reached ${target.suffix ?? target.text}.`);
}

async function fill(page: Page, step: Extract<Step, { kind: 'fill' }>) {
  const schema = step.control.schema;
  const prefix = step.control.i18nKey;
  if (schema.format === 'date') {
    const [year, month, day] = String(step.value).split('-');
    await tabTo(page, { suffix: idSuffix(step.pointer, 'day') });
    await page.keyboard.type(String(Number(day)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(Number(month)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(year!);
    return;
  }
  const items = schema.items as { enum?: unknown[] } | undefined;
  if (schema.type === 'array' && Array.isArray(items?.enum)) {
    for (const [i, code] of items.enum.entries()) {
      if (!(step.value as unknown[]).includes(code)) continue;
      await tabTo(page, { suffix: i === 0 ? idSuffix(step.pointer) : `${idSuffix(step.pointer)}-${i}` });
      await page.keyboard.press('Space');
    }
    return;
  }
  const options = schema.type === 'boolean' ? [true, false] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (options) {
    const index = options.indexOf(step.value);
    const start = await tabTo(page, { suffix: idSuffix(step.pointer) });
    if (start.tag === 'SELECT') {
      for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    } else if (index === 0) {
      await page.keyboard.press('Space');
    } else {
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    }
    expect(prefix).toBeTruthy();
    return;
  }
  await tabTo(page, { suffix: idSuffix(step.pointer) });
  await page.keyboard.type(String(step.value));
}

/** A document without empty lists (the form leaves out a list no row was added to, unless it is required). */
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmptyLists(v)]),
    );
  }
  return value;
}

describe('keyboard only', () => {
  it('completes the adoption support plan (England) from a blank form with the keyboard alone', async () => {
    const target = formExamples['asp-england']['valid.minimal']!.data;
    const packs = aspEngland.manifest.rulePacks.map((p) => aspEngland.rulePacks[p]);
    const outcome = packs.length > 0 ? createRuleEngine({ packs, clock: () => TODAY }).evaluate(target) : undefined;
    const hidden = new Set(outcome?.hidden ?? []);
    const expected = outcome ? applyHiddenData(aspEngland, target, outcome.hidden).data : target;
    const model = formModel(aspEngland, 'agency');
    const { page, close } = await openElementPage({ viewport: { width: 1280, height: 900 } });
    try {
      await setForm(page, { form: 'asp-england', audience: 'agency', mode: 'edit', today: TODAY, data: {} });
      await page.getByRole('heading', { level: 1 }).waitFor();
      for (const section of model.sections) {
        await page.getByRole('heading', { level: 2, name: en[`${section.i18n}.label`]! }).waitFor();
        for (const step of stepsFor(section.controls, target, hidden)) {
          if (step.kind === 'addRow') {
            await tabTo(page, { suffix: idSuffix(step.pointer) });
            await page.keyboard.press('Enter');
            // The new row's first field takes the focus.
            await expect
              .poll(async () => (await focused(page)).tag, { timeout: 10_000 })
              .toMatch(/INPUT|SELECT|TEXTAREA/);
          } else {
            await fill(page, step);
          }
        }
        const last = section.index === model.sections.length - 1;
        await tabTo(page, { text: last ? 'Continue to check your answers' : 'Save and continue' });
        await page.keyboard.press('Enter');
        if (last) break;
        const next = page.getByRole('heading', {
          level: 2,
          name: en[`${model.sections[section.index + 1]!.i18n}.label`]!,
        });
        const problem = page.getByRole('alert');
        await expect
          .poll(async () => (await next.isVisible()) || (await problem.isVisible()), { timeout: 10_000 })
          .toBe(true);
        if (!(await next.isVisible())) {
          // Only what a server applying the same rule packs also says of the example may stop it here;
          // then the task list (by keyboard) goes on to the next section.
          const hrefs = await problem
            .getByRole('link')
            .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
          const allowed = (outcome?.messages ?? []).map((m) => idSuffix(m.pointer));
          const unexpected = hrefs.filter((h) => !allowed.some((a) => h.includes(a)));
          if (unexpected.length > 0) {
            throw new Error(`${section.i18n} has errors: ${await problem.textContent()} ${unexpected.join(' ')}`);
          }
          await tabTo(page, { text: en[`${model.sections[section.index + 1]!.i18n}.label`]! });
          await page.keyboard.press('Enter');
        }
      }
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      // Everything typed is in the document, exactly.
      const changes = (await formEvents(page)).filter((e) => e.type === 'change');
      expect(withoutEmptyLists(changes.at(-1)!.detail.data)).toEqual(withoutEmptyLists(expected));
      await tabTo(page, { text: 'Submit' });
      await page.keyboard.press('Enter');
      if ((outcome?.messages.length ?? 0) === 0) {
        await expect
          .poll(async () => (await formEvents(page)).some((e) => e.type === 'submit'), { timeout: 10_000 })
          .toBe(true);
      } else {
        // The example itself breaks a rule on this date: the form says so instead of submitting.
        await page.getByRole('alert').waitFor();
        expect((await formEvents(page)).some((e) => e.type === 'submit')).toBe(false);
      }
    } finally {
      await close();
    }
  });
});
