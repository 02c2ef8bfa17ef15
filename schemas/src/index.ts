export type {
  Audience,
  ExpectedError,
  FormDefinitionData,
  FormEnvelope,
  FormExample,
  FormHistoryData,
  FormId,
  FormManifest,
  HiddenDataPolicy,
  KeptFormVersion,
  Locale,
  LocaleStrings,
  PublishedMigration,
} from './FormDefinition';
export type {
  CompiledLogic,
  CompiledRules,
  CompiledRulesFactory,
  CompiledRulesLibrary,
  FormModule,
  FormValidationError,
  FormValidator,
} from './FormModule';
export { formIds } from './formIds';
export {
  aspEngland,
  aspReviewEngland,
  aspReviewWales,
  aspWales,
  assessmentWales,
  forms,
} from './generated/registry';
export type {
  AspEnglandData,
  AspReviewEnglandData,
  AspReviewWalesData,
  AspWalesData,
  AssessmentWalesData,
  Contact,
  IsoDate,
  Person,
  Professional,
  SignOff,
  StayingInTouch,
  SupportItem,
} from './generated/types/index';
