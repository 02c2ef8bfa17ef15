export { type Redaction, type RedactOptions, redact } from './audience/redact';
export {
  AUDIENCE_KEYWORD,
  AUDIENCES,
  annotationKeywords,
  HIDDEN_DATA_KEYWORD,
  HIDDEN_DATA_POLICIES,
} from './definition/annotations';
export { checkAnnotations } from './definition/checkAnnotations';
export { checkDefinition } from './definition/checkDefinition';
export { checkLocales, type FormStringKeys, formStringKeys } from './definition/checkLocales';
export { checkManifest } from './definition/checkManifest';
export { checkUiSchema } from './definition/checkUiSchema';
export { type DefinitionCheck, type DefinitionProblem, formatProblem } from './definition/DefinitionProblem';
export { getAtPointer, parsePointer, toPointer } from './definition/jsonPointer';
export { ANY_ITEM, i18nPrefix, type SchemaField, type SchemaNode, schemaFields } from './definition/schemaFields';
export { type UiControl, type UiSchemaWalk, type UiSection, walkUiSchema } from './definition/uiSchemaControls';
export { DefinitionLoadError, type DefinitionLocation, KitError } from './errors';
export { type AnswerKind, errorTemplates, type TemplateValues } from './validation/errorTemplates';
export {
  type FieldError,
  type FieldErrorOptions,
  type SchemaError,
  type StandaloneValidator,
  toFieldErrors,
} from './validation/toFieldErrors';
