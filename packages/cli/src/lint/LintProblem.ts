/** One thing wrong with a form folder, placed exactly and said in plain English with the fix. */
export interface LintProblem {
  /** Which check found it: a core check (`manifest`, `schema`, `locales`...) or `files`, `rules`, `migrations`, `versions`. */
  check: string;
  /** The form's id. */
  form: string;
  /** The file at fault, relative to the form folder. */
  file: string;
  /** JSON pointer inside that file ('' for the whole file). */
  pointer: string;
  /** 1-based line and column of the pointer in the file, when the file has one. */
  line?: number;
  column?: number;
  /** The label of the section (Category) the field is asked in. */
  section?: string;
  /** The field's English label. */
  field?: string;
  message: string;
  fix: string;
}
