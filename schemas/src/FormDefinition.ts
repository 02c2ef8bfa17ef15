/** Who may see a part of a form. Redaction denies anything not granted to the reader. */
export type Audience = 'professionals' | 'panel' | 'adopters' | 'child' | 'birthFamily';

/** What happens to an answer when a rule hides its field. */
export type HiddenDataPolicy = 'retain' | 'clear';

/** A locale the kit ships strings for. */
export type Locale = 'en' | 'cy';

/** The ids of the forms this package publishes. */
export type FormId = 'asp-england' | 'asp-review-england' | 'asp-wales' | 'asp-review-wales' | 'assessment-wales';

/** `form.json`: a form's identity and the files that make it up. */
export interface FormManifest {
  /** Kebab-case id; equals the folder name and never changes. */
  id: string;
  /** `YYYY.N`, bumped whenever the schema changes. */
  version: string;
  /** The i18n key of the form's title. */
  titleKey: string;
  jurisdiction: 'england' | 'wales';
  locales: string[];
  defaultLocale: string;
  audiences: Audience[];
  /** Rule pack names, each a file `rules/<name>.json`. */
  rulePacks: string[];
  /** Migration files in `migrations/`, oldest first. */
  migrations: string[];
}

/** A flat map of i18n key to text. */
export type LocaleStrings = Record<string, string>;

/** Everything that defines one version of a form. JSON values stay `unknown` until checked. */
export interface FormDefinitionData {
  manifest: FormManifest;
  /** JSON Schema (draft 2020-12) of the form's data. */
  schema: Record<string, unknown>;
  /** JSON Forms UI schema: a Categorization with one Category per section. */
  uischema: Record<string, unknown>;
  /** Strings per locale code. */
  locales: Record<string, LocaleStrings>;
  /** Rule packs by name (empty until the form has rules). */
  rulePacks: Record<string, unknown>;
  /**
   * The older versions documents may still be saved with, and the migrations that bring them to this
   * version, so a server or a browser can migrate a saved plan without the file system (core's
   * `formVersions(definition)`). Empty for a form that has never changed.
   */
  history?: FormHistoryData;
}

/** An older version of a form kept for migrating documents saved with it (`versions/<version>/`). */
export interface KeptFormVersion {
  /** The version's `schema.json`, exactly as it was published. */
  schema: Record<string, unknown>;
}

/** A migration file (`migrations/<name>.json`) as published: checked by core's `parseMigration`. */
export interface PublishedMigration {
  /** The file name without `.json`, e.g. `2025.1-to-2026.1`. */
  name: string;
  /** The file's content. */
  content: unknown;
}

/** A form's kept older versions and its migrations, oldest first. */
export interface FormHistoryData {
  /** Kept older versions, by version. */
  versions: Record<string, KeptFormVersion>;
  /** The migrations `form.json` lists, in its order. */
  migrations: PublishedMigration[];
}

/** A saved document: the form id and version travel with the data so it can always be migrated. */
export interface FormEnvelope<TData = Record<string, unknown>> {
  form: string;
  version: string;
  data: TData;
}

/** An error an invalid example must produce. */
export interface ExpectedError {
  /** JSON pointer into `data` of the field at fault. */
  pointer: string;
  /** The JSON Schema keyword that fails. */
  error: string;
}

/** An example document; invalid ones name the errors they must produce. */
export interface FormExample extends FormEnvelope {
  expect?: ExpectedError[];
}
