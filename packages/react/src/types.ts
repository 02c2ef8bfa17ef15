import type { StandaloneValidator } from '@adoption-support/core';
import type { FormDefinitionData, FormId } from '@adoption-support/schemas';
import type { Theme } from '@mui/material/styles';
import type { ReaderAudience } from './definition/formModel';
import type { FormMode } from './form/KitContext';
import type { LabelPack } from './i18n/kitStrings';
import type { RuleEnvironment } from './rules/createRuleEvaluator';
import type { DerivedValue, RuleEvaluator } from './rules/ruleResults';
import type { KitFieldError } from './validation/collectErrors';

/** What `onChange` receives after every edit. */
export interface FormChange {
  /** The whole document: the reader's edits carried into what the host gave, nothing else dropped. */
  data: Record<string, unknown>;
  /** Whether what the reader can see and change is complete and correct. */
  valid: boolean;
  /** Every problem, as the error summary would list it (pointers into the reader's view). */
  errors: KitFieldError[];
  /** Values the rules worked out (pointers into the whole document). */
  derived: DerivedValue[];
}

/** What `onValidityChange` receives when the form turns valid or invalid (and once after it mounts). */
export interface FormValidity {
  valid: boolean;
  errors: KitFieldError[];
}

/** What `onSubmit` receives when the reader submits a valid form. */
export interface FormSubmission {
  data: Record<string, unknown>;
  derived: DerivedValue[];
}

/** Props of `AdoptionSupportForm`. */
export interface AdoptionSupportFormProps extends FormOptions {
  /** The form to show: a definition (yours, or one from `@adoption-support/schemas`)... */
  definition?: FormDefinitionData;
  /** ...or the id of a form the kit publishes. */
  form?: FormId;
  /** Validates the data; defaults to the form's precompiled validator (`@adoption-support/schemas/<id>`). */
  validator?: StandaloneValidator;
}

/** Props of `AdoptionSupportFormBase`: a definition and its validator, with no lookup by id. */
export interface AdoptionSupportFormBaseProps extends FormOptions {
  definition: FormDefinitionData;
  /** The form's validator, e.g. `validator` from `@adoption-support/schemas/<form-id>`. */
  validator: StandaloneValidator;
}

/** What both form components take besides the form itself. */
export interface FormOptions extends RuleEnvironment {
  /** The document's data (the envelope's `data`). The host owns it; the form never stores it. */
  data?: unknown;
  /** Who is reading. Required: nothing is shown to a reader who has not been named. */
  audience: ReaderAudience;
  /** For the `birthFamily` view: the position of the relative's own row (see core's `redact`). */
  birthFamilyRecipient?: number;
  /**
   * `edit` (fill in), `check` (check answers before submitting), `print`, or `view` (read only: the
   * task list and every section's answers, nothing to change). Without it, adopters, the child and the
   * birth family get `view` and everyone else `edit`; pass `edit` to let such a reader change answers.
   */
  mode?: FormMode;
  /**
   * The section (0-based position in the reader's task list) to open on when the form is first drawn;
   * the form moves between sections itself afterwards. Out-of-range numbers open the nearest section.
   */
  initialSection?: number;
  /** `en` (the default) or `cy`. Switching keeps every answer. */
  locale?: string;
  /** An agency's own wording, by locale and key, over the form's and the component's. */
  labels?: LabelPack;
  /**
   * A MUI theme; without one the form uses the host's surrounding theme, or the kit's own public-service
   * look (`kitTheme`) when there is none.
   */
  theme?: Theme;
  /**
   * The nonce of the page's `style-src` policy. Without it the form's styles go in a constructed style
   * sheet, which `style-src 'self'` allows; with it they go in `<style nonce>` elements.
   */
  nonce?: string;
  /** Runs the form's rules; defaults to the form's own rule packs. */
  rules?: RuleEvaluator;
  onChange?: (change: FormChange) => void;
  onValidityChange?: (validity: FormValidity) => void;
  onSubmit?: (submission: FormSubmission) => void;
  /** Called when the reader moves between modes (Continue to check answers, Change). */
  onModeChange?: (mode: FormMode) => void;
  /** Called with the section's position when the reader moves to another section. */
  onSectionChange?: (section: number) => void;
}
