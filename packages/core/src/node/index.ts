export { type CompileRulePackOptions, compileRulePackSource } from '../rules/compile/compileRulePackSource';
export { checkExamples } from './checkExamples';
export { checkFormFolder, checkLoadedForm } from './checkFormFolder';
export { compileFormSchema, type NormalisedError, normaliseErrors, type SchemaCompilation } from './checkSchema';
export { type CreateAjvOptions, createAjv } from './createAjv';
export { type LoadedFormFolder, listFormFolders, loadFormFolder } from './loadFormFolder';
export { lineAndColumn, parseJsonText, readJsonFile } from './readJsonFile';
export { standaloneValidatorSource } from './standaloneValidator';
