export { AdoptionSupportForm } from './AdoptionSupportForm';
export { AdoptionSupportFormBase, FormProblem } from './AdoptionSupportFormBase';
export { type AudienceView, audienceView, mergeViewEdits } from './audience/audienceView';
export {
  type ControlModel,
  type FormModel,
  formModel,
  READER_AUDIENCES,
  type ReaderAudience,
  type SectionModel,
} from './definition/formModel';
export { loadForm, publishedFormIds } from './form/defaultValidators';
export { defaultModeFor, FORM_MODES, READ_ONLY_AUDIENCES } from './form/formModes';
export { GUIDANCE_AUDIENCES, mayReadGuidance } from './form/guidance';
export type { FormMode } from './form/KitContext';
export { chromeStrings, type KitLocale } from './i18n/chromeStrings';
export { type KitStrings, kitStrings, type LabelPack, labelPackGaps } from './i18n/kitStrings';
export { kitOwnRenderers, kitRenderers, materialFallbacks } from './renderers/kitRenderers';
export { KIT_CONTROL_RANK, KIT_DATE_RANK, KIT_LAYOUT_RANK, KIT_ROWS_RANK } from './renderers/ranks';
export type { RuleEnvironment } from './rules/createRuleEvaluator';
export type { DerivedValue, RuleEvaluator, RuleMessage, RuleResults } from './rules/ruleResults';
export { KitStyleScope } from './theme/KitStyles';
export { type KitStyleCacheOptions, kitStyleCache } from './theme/kitStyleCache';
export { createKitTheme, kitColours, kitTheme, kitThemeOptions } from './theme/kitTheme';
export type {
  AdoptionSupportFormBaseProps,
  AdoptionSupportFormProps,
  FormChange,
  FormOptions,
  FormSubmission,
  FormValidity,
} from './types';
export type { KitFieldError } from './validation/collectErrors';
export { type DatePart, type DateParts, dateProblem, partsFromValue, valueFromParts } from './validation/dateParts';
