// @vitest-environment jsdom
// jsdom, not the package's usual happy-dom: happy-dom gives a box the form around it even when the box's
// `form` attribute names another, which is what this file is about.
import { aspEngland } from '@adoption-support/schemas';
import { formExamples } from '@adoption-support/schemas/examples';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from '../AdoptionSupportForm';

const en = aspEngland.locales.en!;
const fullAsp = () => structuredClone(formExamples['asp-england']['valid.full']!.data) as Record<string, unknown>;

type Box = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Every input, text area and drop-down the kit shows in `container`. */
const boxesIn = (container: ParentNode) => [...container.querySelectorAll<Box>('input, textarea, select')];

/** What a form holds besides its own (disabled) submit button. */
const fieldsOf = (form: HTMLFormElement) => [...form.elements].filter((element) => element.tagName !== 'BUTTON');

/**
 * Each field's boxes belong to a form of their own, so the browser's autofill reads one field after a
 * keystroke, not the whole section (decision 0011), and a host's own form never takes them in.
 */
// Whole sections of the England plan drawn in jsdom take 15 s alone on a 2-core machine, so twice
// the package's 30 s under a full parallel run.
describe('each field has a form of its own', { timeout: 90_000 }, () => {
  it('puts every box of a field, and only those, in a form of their own', async () => {
    const user = userEvent.setup();
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} />);
    await screen.findByRole('textbox', { name: /Child's legal name/ });
    const checkSection = () => {
      const fields = [...document.querySelectorAll<HTMLElement>('.asf-field')];
      expect(fields.length).toBeGreaterThan(5);
      const forms = new Set<HTMLFormElement>();
      for (const field of fields) {
        const boxes = boxesIn(field);
        const form = boxes[0]?.form;
        expect(form, `a form for ${boxes[0]?.id}`).toBeInstanceOf(HTMLFormElement);
        expect(form!.hasAttribute('data-asf-own-form')).toBe(true);
        const held = fieldsOf(form!);
        expect(held.length).toBe(boxes.length);
        for (const [i, element] of held.entries()) {
          expect(element === boxes[i], `${boxes[i]?.id} in its field's form`).toBe(true);
        }
        expect(forms.has(form!)).toBe(false);
        forms.add(form!);
      }
      return fields;
    };
    // The first section: text boxes, date boxes (three in one form), radios.
    const first = checkSection();
    expect(first.some((field) => field.querySelectorAll('input[inputmode="numeric"]').length === 3)).toBe(true);
    // A section with rows and drop-downs.
    await user.click(screen.getByRole('link', { name: en['sections.network.label']! }));
    const role = (
      await screen.findAllByRole('combobox', { name: new RegExp(en['network.professionals.role.label']!) })
    )[0]!;
    expect(role.tagName).toBe('SELECT');
    checkSection();
  });

  it('lets a radio group still be one group, and keeps it out of a form the host wraps the kit in', async () => {
    const hostSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form aria-label="Host page" onSubmit={hostSubmit}>
        <AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} />
      </form>,
    );
    const name = await screen.findByRole('textbox', { name: /Child's legal name/ });
    const host = screen.getByRole('form', { name: 'Host page' }) as HTMLFormElement;
    expect(boxesIn(host).length).toBeGreaterThan(10);
    // The host's form takes in none of the kit's boxes: nothing of the child's is sent with it.
    expect([...host.elements].filter((element) => boxesIn(host).includes(element as Box))).toEqual([]);
    // Radios of one question are still one group (same name, same form): checking one in the page
    // unchecks the other, as the browser does it, not React.
    const group = screen.getAllByRole('radiogroup')[0]!;
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(new Set(radios.map((radio) => radio.form)).size).toBe(1);
    const checked = radios.find((radio) => radio.checked)!;
    const other = radios.find((radio) => !radio.checked)!;
    other.checked = true;
    expect(checked.checked).toBe(false);
    // A submit from the field's own form (as Enter could cause) is cancelled and goes no further.
    const submitted = new Event('submit', { bubbles: true, cancelable: true });
    (name as HTMLInputElement).form!.dispatchEvent(submitted);
    expect(submitted.defaultPrevented).toBe(true);
    expect(hostSubmit).not.toHaveBeenCalled();
    // Enter in a one-line box is stopped before the browser could submit its form; the form also holds
    // a disabled default button, which stops implicit submission in Chromium and Firefox.
    expect(fireEvent.keyDown(name, { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(name, { key: 'a' })).toBe(true);
    const button = (name as HTMLInputElement).form!.querySelector('button')!;
    expect(button.type).toBe('submit');
    expect(button.disabled).toBe(true);
  });

  it('leaves Enter to a text area, where it starts a new line', async () => {
    const user = userEvent.setup();
    render(<AdoptionSupportForm form="asp-england" audience="agency" data={fullAsp()} />);
    await screen.findByRole('textbox', { name: /Child's legal name/ });
    await user.click(screen.getByRole('link', { name: en['sections.supportItems.label']! }));
    const area = (await screen.findAllByRole('textbox', { name: new RegExp(en['supportItems.objective.label']!) }))[0]!;
    expect(area.tagName).toBe('TEXTAREA');
    expect(fireEvent.keyDown(area, { key: 'Enter' })).toBe(true);
  });
});
