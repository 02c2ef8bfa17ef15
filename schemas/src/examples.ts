export type { ExpectedError, FormExample } from './FormDefinition';
export { formExamples } from './generated/examples';
