// @vitest-environment node
import { applyHiddenData, createRuleEngine, getAtPointer } from '@adoption-support/core';
import { type ControlModel, formModel } from '@adoption-support/react';
import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { validators } from '@adoption-support/schemas/validators';
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

/** What has the focus inside the element, and how its focus shows. */
interface Focused {
  id: string;
  text: string;
  tag: string;
  href: string;
  /** For a radio, its group's name. */
  radioGroup: string;
  /** The focus ring, on the element or, for an invisible radio or checkbox input, on the button drawn for it. */
  ring: { width: number; style: string; color: string; contrast: number };
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const active = document.querySelector('adoption-support-form')?.shadowRoot?.activeElement as HTMLElement | null;
    const shown = active && getComputedStyle(active).opacity === '0' ? active.parentElement : active;
    const style = shown ? getComputedStyle(shown) : undefined;
    // Contrast of the ring against the page's white, as WCAG works it out.
    const rgba = (style?.outlineColor.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    const luminance =
      0.2126 * linear(rgba[0] ?? 255) + 0.7152 * linear(rgba[1] ?? 255) + 0.0722 * linear(rgba[2] ?? 255);
    const opaque = (rgba[3] ?? 1) > 0;
    return {
      id: active?.id ?? '',
      text: active?.textContent ?? '',
      tag: active?.tagName ?? '',
      href: active?.getAttribute('href') ?? '',
      radioGroup: active instanceof HTMLInputElement && active.type === 'radio' ? active.name : '',
      ring: {
        width: Number.parseFloat(style?.outlineWidth ?? '0'),
        style: style?.outlineStyle ?? 'none',
        color: style?.outlineColor ?? '',
        contrast: opaque ? 1.05 / (luminance + 0.05) : 1,
      },
    };
  });

/** Every place the Tab key took the focus to, in order (filled by {@link tabTo}). */
const tabStops: Focused[] = [];

/**
 * Presses Tab (or Shift+Tab, `back`) until the focus is on an element whose id ends with `suffix`,
 * whose text is `text` or whose link ends with `href`.
 */
async function tabTo(page: Page, target: { suffix?: string; text?: string; href?: string; back?: boolean }) {
  for (let i = 0; i < 400; i++) {
    const now = await focused(page);
    if (i > 0 && !target.back) tabStops.push(now);
    if (
      (target.suffix && now.id.endsWith(target.suffix)) ||
      (target.text && now.text === target.text) ||
      (target.href && now.href.endsWith(target.href))
    ) {
      return now;
    }
    await page.keyboard.press(target.back ? 'Shift+Tab' : 'Tab');
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

/** A copy of a document without the answer at a data path (no list rows). */
function documentWithout(data: unknown, dataPath: readonly string[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const parent = getAtPointer(copy, dataPath.slice(0, -1)) as Record<string, unknown> | undefined;
  if (parent) delete parent[dataPath.at(-1)!];
  return copy;
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
      const steps: Step[] = [];
      for (const section of model.sections) {
        await page.getByRole('heading', { level: 2, name: en[`${section.i18n}.label`]! }).waitFor();
        const sectionSteps = stepsFor(section.controls, target, hidden);
        steps.push(...sectionSteps);
        for (const step of sectionSteps) {
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
      // One Tab stop per radio group, answered or not: Tab never lands twice running in the same group.
      const radioStops = tabStops.filter((stop) => stop.radioGroup !== '');
      expect(radioStops.length).toBeGreaterThan(0);
      const twice = tabStops.filter(
        (stop, i) => stop.radioGroup !== '' && tabStops[i - 1]?.radioGroup === stop.radioGroup,
      );
      expect(twice.map((stop) => stop.id)).toEqual([]);
      // Every control the Tab key reached showed a focus ring: solid, at least 2 px, 3:1 against the page.
      const faint = tabStops.filter((s) => !(s.ring.width >= 2 && s.ring.style === 'solid' && s.ring.contrast >= 3));
      expect(faint.map((s) => `${s.tag}#${s.id} "${s.text}" ${JSON.stringify(s.ring)}`)).toEqual([]);
      // ...Add a row among them (whose id is its list's field id).
      const addRows = steps.filter((step) => step.kind === 'addRow').map((step) => idSuffix(step.pointer));
      expect(addRows.length).toBeGreaterThan(0);
      expect(tabStops.some((stop) => stop.tag === 'BUTTON' && addRows.some((suffix) => stop.id.endsWith(suffix)))).toBe(
        true,
      );
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

  it('follows an error link to the field itself, in whichever section it is', async () => {
    const full = formExamples['asp-england']['valid.full']!.data;
    const model = formModel(aspEngland, 'agency');
    const validate = validators['asp-england'];
    // In two sections after the first, a question the schema requires, whose answer is taken out.
    const requiredIn = (section: number) =>
      model.controls.find((control) => {
        if (control.section !== section || control.dataPath.includes('*')) return false;
        const value = getAtPointer(full, control.dataPath);
        if (value === undefined || typeof value === 'object') return false;
        const parent = control.dataPath.slice(0, -1);
        validate(documentWithout(full, control.dataPath));
        return (validate.errors ?? []).some(
          (e) =>
            e.keyword === 'required' &&
            e.instancePath === parent.map((t) => `/${t}`).join('') &&
            (e.params as { missingProperty?: string }).missingProperty === control.dataPath.at(-1),
        );
      });
    const [first, second] = model.sections
      .slice(1)
      .map((section) => requiredIn(section.index))
      .filter((c) => c !== undefined);
    if (!first || !second)
      throw new Error('asp-england has too few sections after the first with a required question.');
    const data = documentWithout(documentWithout(full, first.dataPath), second.dataPath);
    const pointer = (c: ControlModel) => `/${c.dataPath.join('/')}`;
    const { page, close } = await openElementPage();
    try {
      await setForm(page, { form: 'asp-england', audience: 'agency', mode: 'check', today: TODAY, data });
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      await tabTo(page, { text: 'Submit' });
      await page.keyboard.press('Enter');
      await page.getByRole('alert').waitFor();
      // From the check-answers page, the link opens the field's section with the focus in the field.
      await tabTo(page, { href: idSuffix(pointer(second)) });
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => focused(page))
        .toMatchObject({ id: expect.stringMatching(`${idSuffix(pointer(second))}$`) });
      expect((await focused(page)).tag).toMatch(/INPUT|SELECT|TEXTAREA/);
      // From that section, the summary's link to a field in another section does the same.
      await tabTo(page, { href: idSuffix(pointer(first)), back: true });
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => focused(page))
        .toMatchObject({ id: expect.stringMatching(`${idSuffix(pointer(first))}$`) });
      expect((await focused(page)).tag).toMatch(/INPUT|SELECT|TEXTAREA/);
      await page
        .getByRole('heading', { level: 2, name: en[`${model.sections[first.section]!.i18n}.label`]! })
        .waitFor();
    } finally {
      await close();
    }
  });
});
