export { DEFAULT_INPUT_LIMITS, type InputLimits } from './inputLimits';
export type { JudgeOptions, MigrationHooks } from './judgeOptions';
export {
  type JudgedRuleMessage,
  type JudgedSubmission,
  type Judgement,
  judgeSubmission,
  type MissingAnswer,
  type RefusedJudgement,
} from './judgeSubmission';
export type { MigrationNotes } from './openSubmission';
export { type RefusedCopy, type SharedCopy, type ShareOptions, shareCopy } from './shareCopy';
export type { SubmissionProblem, SubmissionProblemCode } from './submissionProblems';
