import { formExamples } from '@adoption-support/schemas/examples';
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdoptionSupportFormElement, defineAdoptionSupportForm, TAG_NAME } from './AdoptionSupportFormElement';

defineAdoptionSupportForm();

afterEach(() => {
  document.body.replaceChildren();
});

function mount(attributes: Record<string, string>, data?: unknown) {
  const element = document.createElement(TAG_NAME) as AdoptionSupportFormElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  document.body.append(element);
  const shadow = () => within(element.shadowRoot as unknown as HTMLElement);
  return { element, shadow };
}

describe('<adoption-support-form>', () => {
  it('registers once and renders the form its attributes name, inside its shadow root', async () => {
    defineAdoptionSupportForm();
    expect(customElements.get(TAG_NAME)).toBe(AdoptionSupportFormElement);
    const { element, shadow } = mount({ form: 'asp-wales', audience: 'agency', locale: 'cy' }, {});
    expect(
      await shadow().findByRole('heading', { level: 1, name: 'Cynllun Cymorth Mabwysiadu Cymru Gyfan' }),
    ).toBeTruthy();
    // Nothing of the form is in the page's own DOM, and its styles stay in the shadow root.
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(document.head.querySelectorAll('style[data-emotion]')).toHaveLength(0);
    expect(element.shadowRoot?.querySelectorAll('style[data-emotion]').length).toBeGreaterThan(0);
  });

  it('fires change with the whole document and keeps it in the data property', async () => {
    const { element, shadow } = mount(
      { form: 'asp-wales', audience: 'agency' },
      { header: { region: 'northWales' }, extra: 1 },
    );
    const changes: CustomEvent[] = [];
    element.addEventListener('change', (event) => changes.push(event as CustomEvent));
    const box = await shadow().findByRole('textbox', { name: /Placing authority's case reference/ });
    // React tracks the value it set; a person typing goes through the input's own setter.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'PA-1');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(changes.length).toBeGreaterThan(0));
    const detail = changes.at(-1)!.detail as { data: Record<string, unknown>; valid: boolean; errors: unknown[] };
    expect(detail.data).toMatchObject({
      header: { region: 'northWales', placingAuthorityReference: 'PA-1' },
      extra: 1,
    });
    expect(detail.valid).toBe(false);
    expect(changes.at(-1)!.bubbles).toBe(true);
    expect(changes.at(-1)!.composed).toBe(true);
    expect(element.data).toBe(detail.data);
  });

  it('fires validity after loading, and submit from the check answers view', async () => {
    const full = formExamples['asp-review-wales']['valid.full']!.data;
    const { element, shadow } = mount({
      form: 'asp-review-wales',
      audience: 'agency',
      mode: 'check',
      today: '2026-01-15',
    });
    const validity = vi.fn();
    const submit = vi.fn();
    element.addEventListener('validity', (event) => validity((event as CustomEvent).detail));
    element.addEventListener('submit', (event) => submit((event as unknown as CustomEvent).detail));
    element.data = full;
    await vi.waitFor(() => expect(validity).toHaveBeenCalled(), { timeout: 20_000 });
    const button = await shadow().findByRole('button', { name: 'Submit' });
    button.click();
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(validity.mock.calls[0]![0]).toEqual({ valid: true, errors: [] });
    expect(submit.mock.calls[0]![0].data).toEqual(full);
  });

  it('says plainly when the form attribute names no form', async () => {
    const { shadow } = mount({ form: 'asp-scotland', audience: 'agency' });
    expect((await shadow().findByRole('alert')).textContent).toContain('there is no form called "asp-scotland"');
  });

  it('shows nothing to a reader who has not been named', async () => {
    const { shadow } = mount({ form: 'asp-england' }, formExamples['asp-england']['valid.full']!.data);
    expect((await shadow().findByRole('alert')).textContent).toContain('the audience "" is not one the kit knows');
    expect(shadow().queryByRole('textbox')).toBeNull();
  });
});
