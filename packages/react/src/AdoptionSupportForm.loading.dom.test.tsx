import { type FormModule, forms } from '@adoption-support/schemas';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AdoptionSupportForm } from './AdoptionSupportForm';
import { loadedForm, loadForm } from './form/defaultValidators';

// test/preloadForms.ts loads every form before the tests. Here the component sees only the forms
// loaded through it, so it meets each form for the first time, as in an app.
// Each form's compiled rules are watched, to see the component run them.
const compiledRulesRuns = vi.hoisted(() => new Map<string, number>());
vi.mock('./form/defaultValidators', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./form/defaultValidators')>();
  const seen = new Map<string, FormModule>();
  const watched = (id: string, module: FormModule): FormModule => ({
    ...module,
    rules: (library) => {
      compiledRulesRuns.set(id, (compiledRulesRuns.get(id) ?? 0) + 1);
      return module.rules(library);
    },
  });
  return {
    ...actual,
    loadedForm: (id: string) => seen.get(id),
    loadForm: vi.fn(async (id: string) => {
      const module = await actual.loadForm(id);
      if (module && !seen.has(id)) seen.set(id, watched(id, module));
      return seen.get(id);
    }),
  };
});

describe('AdoptionSupportForm given a form id', () => {
  it('shows that it is busy, then draws the form once that form alone has loaded', async () => {
    expect(loadedForm('asp-wales')).toBeUndefined();
    const { container } = render(<AdoptionSupportForm form="asp-wales" audience="agency" />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    const title = forms['asp-wales'].locales.en!['form.title']!;
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    expect(vi.mocked(loadForm).mock.calls).toEqual([['asp-wales']]);
    expect(loadedForm('asp-wales')?.definition.manifest.id).toBe('asp-wales');
    // The form's packs run compiled (`rules` from its module), not on the interpreter.
    expect(compiledRulesRuns.get('asp-wales')).toBeGreaterThan(0);
  });

  it('draws a form it has loaded before at once', () => {
    render(<AdoptionSupportForm form="asp-wales" audience="agency" />);
    const title = forms['asp-wales'].locales.en!['form.title']!;
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });

  it('says so, and loads nothing, for an id the kit does not publish', () => {
    vi.mocked(loadForm).mockClear();
    render(<AdoptionSupportForm form={'no-such-form' as never} audience="agency" />);
    expect(screen.getByRole('alert')).toHaveTextContent('there is no form called "no-such-form"');
    expect(vi.mocked(loadForm)).not.toHaveBeenCalled();
  });

  it('says what a form id is, and loads nothing, for a form prop that is not text', () => {
    vi.mocked(loadForm).mockClear();
    let deep: unknown = 'asp-wales';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    for (const form of [deep, { id: 'asp-wales' }, 42, 'x'.repeat(1e7)]) {
      const { unmount } = render(<AdoptionSupportForm form={form as never} audience="agency" />);
      expect(screen.getByRole('alert')).toHaveTextContent(/form id|no form called/);
      expect(screen.getByRole('alert').textContent!.length).toBeLessThan(400);
      unmount();
    }
    expect(vi.mocked(loadForm)).not.toHaveBeenCalled();
  });

  it('draws a definition given with its validator at once, loading nothing', async () => {
    vi.mocked(loadForm).mockClear();
    const { form } = await import('@adoption-support/schemas/asp-review-wales');
    render(<AdoptionSupportForm definition={form.definition} validator={form.validator} audience="agency" />);
    const title = form.definition.locales.en!['form.title']!;
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(vi.mocked(loadForm)).not.toHaveBeenCalled();
  });
});
