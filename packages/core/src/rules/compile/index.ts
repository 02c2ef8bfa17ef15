export type {
  CompiledLogic,
  CompiledOperator,
  CompiledRule,
  CompiledRuleLibrary,
  CompiledRuleSet,
  CompiledRulesFactory,
} from './CompiledRules';
export { COMPILED_RULES_FORMAT } from './CompiledRules';
export { compiledRuleEngine, type DefinitionRules } from './compiledRuleEngine';
