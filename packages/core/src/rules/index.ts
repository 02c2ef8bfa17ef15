export {
  COMPILED_RULES_FORMAT,
  type CompiledLogic,
  type CompiledOperator,
  type CompiledRule,
  type CompiledRuleLibrary,
  type CompiledRuleSet,
  type CompiledRulesFactory,
  compiledRuleEngine,
  type DefinitionRules,
} from './compile/index';
export {
  createRuleEngine,
  type EvaluateOptions,
  type RuleDecision,
  type RuleEngine,
  type RuleEngineOptions,
  type RuleFailure,
  type RuleMessage,
  type RuleOutcome,
} from './createRuleEngine';
export { LogicError, type LogicErrorKind } from './LogicError';
export { FORBIDDEN_PATH_TOKENS } from './logicPath';
export { DEFAULT_LOGIC_LIMITS, type LogicLimits, OPERATORS, type OperatorSpec } from './operatorCatalog';
export {
  RULE_KINDS,
  type Rule,
  type RuleCase,
  type RuleCaseExpectation,
  type RuleCasesFile,
  type RuleKind,
  type RulePack,
  type RuleParam,
} from './RulePack';
export { RuleEvaluationError, type RuleLocation, RulePackError } from './RulePackError';
export { formatRuleProblem, type RuleProblem } from './RuleProblem';
export { formatRuleCasesReport, type RuleCaseResult, type RuleCasesReport, runRuleCases } from './runRuleCases';
export { ukToday } from './ukToday';
export { type ValidateRulePackOptions, validateRulePack } from './validateRulePack';
