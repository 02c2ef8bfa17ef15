import {
  AdoptionSupportFormBase,
  createKitTheme,
  type FormChange,
  type FormMode,
  FormProblem,
  type FormSubmission,
  type FormValidity,
  kitStyleCache,
  kitTheme,
  type LabelPack,
  loadForm,
  publishedFormIds,
  type ReaderAudience,
} from '@adoption-support/react';
import type { FormModule } from '@adoption-support/schemas';
import type { EmotionCache } from '@emotion/cache';
import type { Theme, ThemeOptions } from '@mui/material/styles';
import { createRoot, type Root } from 'react-dom/client';
import { ShadowBoundary } from './ShadowBoundary';

/** The element's tag name. */
export const TAG_NAME = 'adoption-support-form';

/** The events the element fires (each a `CustomEvent` whose `detail` is shown). */
export interface AdoptionSupportFormEventMap {
  change: CustomEvent<FormChange>;
  validity: CustomEvent<FormValidity>;
  submit: CustomEvent<FormSubmission>;
  modechange: CustomEvent<{ mode: FormMode }>;
}

// In Node (a server importing the package, a test runner) there is no DOM: the class still loads.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<adoption-support-form>`: the kit's React form as a custom element.
 *
 * Attributes: `form` (a form id), `locale` (`en` or `cy`), `audience` (who is reading; required),
 * `mode` (`edit`, `check`, `print` or `view`; without it, `view` for adopters, the child and the birth
 * family and `edit` for the rest), `birth-family-recipient` (a row number, for the birth-family
 * view), `today` (a fixed date, `YYYY-MM-DD`, for the rules; today in the UK by default). Properties: `data` (the document; read it back at any time), `labels` (a label pack),
 * `theme` (MUI theme options). Events: `change`, `validity`, `submit` and `modechange`, each a
 * `CustomEvent` with the details in `detail`, bubbling out of the element.
 *
 * The form renders in the element's shadow root with its styles kept there, so the page's CSS and
 * the form's do not touch each other; what the page's styles pass down (font, line height, spacing,
 * colour) is reset at the shadow root. The styles go in a style sheet the shadow root adopts, which
 * a Content-Security-Policy of `style-src 'self'` allows. A `nonce` attribute (read when the element
 * is first added to the page) puts them in `<style nonce>` elements instead.
 */
export class AdoptionSupportFormElement extends Base {
  static readonly observedAttributes = ['form', 'locale', 'audience', 'mode', 'birth-family-recipient', 'today'];

  #root: Root | undefined;
  #cache: EmotionCache | undefined;
  #data: unknown;
  #labels: LabelPack | undefined;
  #theme: Theme = kitTheme;
  #renderScheduled = false;
  #form: { id: string; loaded: FormModule | undefined | 'loading' } | undefined;

  /** The document: set it to load one; read it to get the reader's answers. */
  get data(): unknown {
    return this.#data;
  }

  set data(value: unknown) {
    this.#data = value;
    this.#schedule();
  }

  /** An agency's label pack (`{ en: {...}, cy: {...} }`). */
  get labels(): LabelPack | undefined {
    return this.#labels;
  }

  set labels(value: LabelPack | undefined) {
    this.#labels = value;
    this.#schedule();
  }

  /** MUI theme options (palette, typography...), merged over the kit's own, so the form matches the portal. */
  set theme(options: ThemeOptions | undefined) {
    this.#theme = createKitTheme(options ?? {});
    this.#schedule();
  }

  connectedCallback(): void {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const styles = document.createElement('div');
      const mount = document.createElement('div');
      shadow.append(styles, mount);
      // Styles go in a style sheet the shadow root adopts, which `style-src 'self'` allows; given a
      // nonce (read once, when first connected), in `<style nonce>` elements. The browser hides the
      // attribute's value once the page is loaded, so the property is read first.
      const nonce = this.nonce || this.getAttribute('nonce');
      this.#cache = kitStyleCache({ container: styles, ...(nonce ? { nonce } : {}) });
      this.#root = createRoot(mount);
    }
    this.#render();
  }

  disconnectedCallback(): void {
    const root = this.#root;
    const cache = this.#cache;
    this.#root = undefined;
    // Unmount after the current task, so moving the element in the page does not lose its state.
    queueMicrotask(() => {
      if (!this.isConnected) {
        root?.unmount();
        cache?.sheet.flush();
        this.shadowRoot?.replaceChildren();
      } else if (root) {
        this.#root = root;
      }
    });
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  #schedule(): void {
    if (this.#renderScheduled || !this.#root) return;
    this.#renderScheduled = true;
    queueMicrotask(() => {
      this.#renderScheduled = false;
      this.#render();
    });
  }

  #fire<K extends keyof AdoptionSupportFormEventMap>(type: K, detail: AdoptionSupportFormEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The form the `form` attribute names, loading it (once) if it is not here yet. */
  #currentForm(): FormModule | undefined | 'loading' {
    const id = this.getAttribute('form') ?? '';
    if (this.#form?.id === id) return this.#form.loaded;
    const entry: { id: string; loaded: FormModule | undefined | 'loading' } = { id, loaded: 'loading' };
    this.#form = entry;
    loadForm(id).then(
      (loaded) => {
        entry.loaded = loaded;
        if (this.#form === entry) this.#schedule();
      },
      () => {
        entry.loaded = undefined;
        if (this.#form === entry) this.#schedule();
      },
    );
    return 'loading';
  }

  #render(): void {
    if (!this.#root || !this.#cache) return;
    const form = this.#currentForm();
    if (form === 'loading') return;
    const locale = this.getAttribute('locale') ?? undefined;
    const recipient = this.getAttribute('birth-family-recipient');
    const today = this.getAttribute('today');
    // No mode attribute: the component's default for the audience (`view` for adopters, the child and
    // the birth family, `edit` for the rest).
    const mode = this.getAttribute('mode');
    this.#root.render(
      <ShadowBoundary cache={this.#cache} theme={this.#theme}>
        {form ? (
          <AdoptionSupportFormBase
            definition={form.definition}
            validator={form.validator}
            compiledRules={form.rules}
            locale={locale}
            audience={(this.getAttribute('audience') ?? '') as ReaderAudience}
            {...(mode === null ? {} : { mode: mode as FormMode })}
            {...(recipient !== null && /^\d+$/.test(recipient) ? { birthFamilyRecipient: Number(recipient) } : {})}
            {...(today ? { today } : {})}
            data={this.#data}
            labels={this.#labels}
            theme={this.#theme}
            onChange={(change) => {
              this.#data = change.data;
              this.#fire('change', change);
            }}
            onValidityChange={(validity) => this.#fire('validity', validity)}
            onSubmit={(submission) => this.#fire('submit', submission)}
            onModeChange={(next) => {
              this.setAttribute('mode', next);
              this.#fire('modechange', { mode: next });
            }}
          />
        ) : (
          <FormProblem
            problem={`there is no form called "${this.getAttribute('form') ?? ''}". Set the form attribute to one of ${publishedFormIds.join(', ')}.`}
            locale={locale}
          />
        )}
      </ShadowBoundary>,
    );
  }
}

/** Registers `<adoption-support-form>` (once; a second call does nothing). */
export function defineAdoptionSupportForm(): void {
  if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
    customElements.define(TAG_NAME, AdoptionSupportFormElement);
  }
}
