// Types of `@adoption-support/element`. They stand alone: the bundle carries everything it needs,
// so a portal installs nothing else (for the React component's own types, see @adoption-support/react).

/** An error for a person: the field's label, its JSON pointer, and what to do. */
export interface FormFieldError {
  /** JSON pointer of the field (into what the reader sees). */
  pointer: string;
  /** The field's label in the reader's language. */
  field: string;
  /** The message, e.g. "Enter the date the child moved in". */
  message: string;
  /** The JSON Schema keyword that failed, or `rule` for a rule pack's message. */
  keyword: string;
  /** Index of the section the field is in. */
  section: number;
  /** For a date: the boxes at fault. */
  parts?: ('day' | 'month' | 'year')[];
  /** For a rule's message: its id and legal source. */
  ruleId?: string;
  source?: string;
  /** An answer the document's stage still needs, not a problem with an answer given (the task list: "needed at this stage"). */
  missing?: boolean;
}

/** A value the rules worked out, beside the answers (never written into them). */
export interface FormDerivedValue {
  pointer: string;
  value: unknown;
  ruleId?: string;
  source?: string;
}

/** `change`: after every edit. */
export interface FormChangeDetail {
  /** The whole document, the reader's edits carried into what the page gave. */
  data: Record<string, unknown>;
  valid: boolean;
  errors: FormFieldError[];
  derived: FormDerivedValue[];
}

/** `validity`: when the form turns valid or invalid, and once after it loads. */
export interface FormValidityDetail {
  valid: boolean;
  errors: FormFieldError[];
}

/** `submit`: the reader submitted a complete and correct form. */
export interface FormSubmitDetail {
  data: Record<string, unknown>;
  derived: FormDerivedValue[];
}

/** An agency's own wording, by locale and key. */
export type LabelPack = Partial<Record<'en' | 'cy', Readonly<Record<string, string>>>>;

/** The events `<adoption-support-form>` fires; each is a `CustomEvent` whose `detail` is shown. */
export interface AdoptionSupportFormEventMap {
  change: CustomEvent<FormChangeDetail>;
  validity: CustomEvent<FormValidityDetail>;
  submit: CustomEvent<FormSubmitDetail>;
  modechange: CustomEvent<{ mode: 'edit' | 'check' | 'print' }>;
}

/**
 * `<adoption-support-form form="asp-england" audience="agency" locale="en" mode="edit">`.
 * Attributes: form, audience, locale, mode, birth-family-recipient, today, nonce (the page's style
 * nonce, for a `style-src 'nonce-...'` policy; none is needed under `style-src 'self'`), data-capture
 * (every field drawn, for a full-page screenshot).
 */
export declare class AdoptionSupportFormElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The document: set it to load one; read it to get the reader's answers. */
  data: unknown;
  /** An agency's label pack. */
  labels: LabelPack | undefined;
  /** MUI theme options (palette, typography...), merged over the kit's own look, so the form matches the portal. */
  set theme(options: Record<string, unknown> | undefined);
  addEventListener<K extends keyof AdoptionSupportFormEventMap>(
    type: K,
    listener: (event: AdoptionSupportFormEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/** The element's tag name. */
export declare const TAG_NAME: 'adoption-support-form';

/** Registers the element (loading the bundle already does this). */
export declare function defineAdoptionSupportForm(): void;

declare global {
  interface HTMLElementTagNameMap {
    'adoption-support-form': AdoptionSupportFormElement;
  }
}
