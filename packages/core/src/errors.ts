/** Where a caller's input went wrong: which function, where in the input, and what to do. */
export interface InputProblem {
  /** The public function that refused the input, e.g. `applyHiddenData`. */
  function: string;
  /** JSON pointer into the argument at fault (`""` for the whole argument). */
  pointer: string;
  /** Which argument, when the function takes several, e.g. `data`. */
  argument?: string;
  /** What is wrong, in plain words. */
  problem: string;
  /** What to do about it. */
  fix: string;
  /** The form concerned, when known. */
  form?: string;
  /** The field's English label, when the pointer names a field of a form. */
  label?: string;
}

/** Base class for every error the kit throws on purpose. */
export class KitError extends Error {
  override name = 'KitError';
}

/**
 * An input a public function cannot work with: a wrong type, a value too deep or too large, a key
 * that could reach a prototype. It names the function, the pointer into the input and the fix.
 */
export class KitInputError extends KitError {
  override name = 'KitInputError';
  constructor(readonly details: InputProblem) {
    const where = [
      details.form ? `form "${details.form}"` : '',
      details.argument ? `argument "${details.argument}"` : '',
      `at "${details.pointer}"`,
      details.label ? `("${details.label}")` : '',
    ]
      .filter(Boolean)
      .join(' ');
    super(`${details.function}: ${where}: ${details.problem} ${details.fix}`);
  }
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
