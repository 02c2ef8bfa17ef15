// The per-form modules the build makes (build/formChunks.mjs) and the tests stand in for.
declare module 'asf-form:*' {
  import type { LoadedForm } from './loadForm';
  export const form: LoadedForm;
}
