import { formExamples } from '@adoption-support/schemas/examples';
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdoptionSupportFormElement, defineAdoptionSupportForm, TAG_NAME } from './AdoptionSupportFormElement';

defineAdoptionSupportForm();

afterEach(() => {
  document.body.replaceChildren();
});

/**
 * How long to wait for the form to appear: the first form loads its module. (Past testing-library's
 * default second, its timeout message cannot print a shadow root and throws outside the test.)
 */
const LOADING = { timeout: 20_000 };

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
      await shadow().findByRole('heading', { level: 1, name: 'Cynllun Cymorth Mabwysiadu Cymru Gyfan' }, LOADING),
    ).toBeTruthy();
    // Nothing of the form is in the page's own DOM, and its styles stay in the shadow root: in style
    // sheets the shadow root adopts (which a style-src policy does not govern), not <style> elements.
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(element.shadowRoot?.querySelectorAll('style')).toHaveLength(0);
    const rules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    expect(rules.some((rule) => rule.includes('.MuiButton-root') || rule.startsWith('.asf-'))).toBe(true);
  });

  it('puts its styles in <style nonce> elements when given a nonce', async () => {
    const { element, shadow } = mount({ form: 'asp-wales', audience: 'agency', nonce: 'n0nce' }, {});
    await shadow().findByRole('heading', { level: 1 }, LOADING);
    const styles = [...element.shadowRoot!.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((style) => style.nonce === 'n0nce' || style.getAttribute('nonce') === 'n0nce')).toBe(true);
    expect(element.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  });

  it('fires change with the whole document and keeps it in the data property', async () => {
    const { element, shadow } = mount(
      { form: 'asp-wales', audience: 'agency' },
      { header: { region: 'northWales' }, extra: 1 },
    );
    const changes: CustomEvent[] = [];
    element.addEventListener('change', (event) => changes.push(event as CustomEvent));
    const box = await shadow().findByRole('textbox', { name: /Placing authority's case reference/ }, LOADING);
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
    const button = await shadow().findByRole('button', { name: 'Submit' }, LOADING);
    button.click();
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(validity.mock.calls[0]![0]).toEqual({ valid: true, errors: [] });
    expect(submit.mock.calls[0]![0].data).toEqual(full);
  });

  it('says plainly when the form attribute names no form', async () => {
    const { shadow } = mount({ form: 'asp-scotland', audience: 'agency' });
    expect((await shadow().findByRole('alert', {}, LOADING)).textContent).toContain(
      'there is no form called "asp-scotland"',
    );
  });

  it('shows nothing to a reader who has not been named', async () => {
    const { shadow } = mount({ form: 'asp-england' }, formExamples['asp-england']['valid.full']!.data);
    expect((await shadow().findByRole('alert', {}, LOADING)).textContent).toContain(
      'the audience "" is not one the kit knows',
    );
    expect(shadow().queryByRole('textbox')).toBeNull();
  });
});
