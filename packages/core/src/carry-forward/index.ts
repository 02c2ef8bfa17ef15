export {
  type ApplyReviewOptions,
  type ApplyReviewResult,
  applyReview,
  type PlanEnvelope,
  type PlanRevision,
  type ReviewForm,
  ReviewNotValidError,
} from './applyReview';
export { CarryForwardError, formatCarryForwardProblem } from './CarryForwardError';
export type { CarriedValue, CarryForwardMapping, CarryForwardProblem, CarryForwardRule } from './CarryForwardMapping';
export { checkCarryForwardMapping, type MappingForms } from './checkCarryForwardMapping';
export { mappingFile, mappingShapeProblems } from './mappingShapeProblems';
export { type PrefillOptions, type PrefillResult, prefill } from './prefill';
export type { PlanChange } from './runMapping';
