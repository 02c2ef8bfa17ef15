/** Base class for every error the kit throws on purpose. */
export class KitError extends Error {
  override name = 'KitError';
}

/** Where in which file a definition went wrong. */
export interface DefinitionLocation {
  /** The form's id (or folder name when the manifest cannot be read). */
  form: string;
  /** The file, relative to the form folder, e.g. `schema.json`. */
  file: string;
  /** JSON pointer inside the file, when known. */
  pointer?: string;
  /** 1-based line and column, for JSON syntax errors. */
  line?: number;
  column?: number;
}

/** A form definition that cannot be loaded: unreadable or not valid JSON. */
export class DefinitionLoadError extends KitError {
  override name = 'DefinitionLoadError';
  constructor(
    readonly location: DefinitionLocation,
    readonly reason: string,
    readonly fix: string,
  ) {
    const at = location.line ? `:${location.line}:${location.column ?? 1}` : '';
    super(`Form "${location.form}", ${location.file}${at}: ${reason} ${fix}`);
  }
}
